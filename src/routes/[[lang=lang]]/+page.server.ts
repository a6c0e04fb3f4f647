import type { Lang } from '$lib/format';
import { loadStory } from '$lib/server/content/load';
import { absolute, storyPath } from '$lib/server/site/urls';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const lang: Lang = params.lang === 'en' ? 'en' : 'zh';
	const other: Lang = lang === 'zh' ? 'en' : 'zh';
	return {
		story: loadStory(lang),
		otherLanguageHref: storyPath(other),
		urls: {
			canonical: absolute(storyPath(lang)),
			zh: absolute(storyPath('zh')),
			en: absolute(storyPath('en'))
		}
	};
};
