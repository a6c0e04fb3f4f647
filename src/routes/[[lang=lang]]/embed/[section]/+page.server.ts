import { error } from '@sveltejs/kit';
import type { Lang } from '$lib/format';
import { loadStory } from '$lib/server/content/load';
import { embedLiveWords, pickWords } from '$lib/server/content/ui';
import { pageSection } from '$lib/server/site/pageStory';
import { absolute, storyPath } from '$lib/server/site/urls';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One embed page per section and language (the crawler finds no link to them). */
export const entries: EntryGenerator = () =>
	loadStory('zh').sections.flatMap((s) => [{ section: s.id }, { lang: 'en', section: s.id }]);

export const load: PageServerLoad = ({ params }) => {
	const lang: Lang = params.lang === 'en' ? 'en' : 'zh';
	const story = loadStory(lang);
	const section = story.sections.find((s) => s.id === params.section);
	if (!section) error(404, `No section "${params.section}"`);
	return {
		lang,
		section: pageSection(section),
		storyTitle: story.meta.title,
		ui: pickWords(story.meta.ui, embedLiveWords),
		/** The section in the full piece: the canonical URL and the credit's link. */
		sectionUrl: `${absolute(storyPath(lang))}#${section.id}`
	};
};
