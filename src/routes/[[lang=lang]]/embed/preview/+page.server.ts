import type { Lang } from '$lib/format';
import { loadStory } from '$lib/server/content/load';
import type { EntryGenerator, PageServerLoad } from './$types';

/** For editors, not linked from the story: every embed in a stand-in host article. */
export const entries: EntryGenerator = () => [{}, { lang: 'en' }];

export const load: PageServerLoad = ({ params }) => {
	const lang: Lang = params.lang === 'en' ? 'en' : 'zh';
	const story = loadStory(lang);
	return {
		lang,
		ui: story.meta.ui,
		sections: story.sections.map((s) => ({ id: s.id, title: s.title }))
	};
};
