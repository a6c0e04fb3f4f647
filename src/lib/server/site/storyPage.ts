import type { Lang } from '$lib/format';
import { loadStory } from '$lib/server/content/load';
import { pageStory } from './pageStory';
import { SITE_URL, absolute, articlePath, storyPath } from './urls';
import { base } from '$app/paths';

/** The story and the URLs around it, for the scrolly page and (with `article`) article mode. */
export function storyPage(langParam: string | undefined, article: boolean) {
	const lang: Lang = langParam === 'en' ? 'en' : 'zh';
	const other: Lang = lang === 'zh' ? 'en' : 'zh';
	const path = article ? articlePath : storyPath;
	return {
		story: pageStory(loadStory(lang)),
		article,
		otherLanguageHref: path(other),
		otherModeHref: article ? storyPath(lang) : articlePath(lang),
		urls: {
			// The site's root (where /embed/ lives), whichever page this is.
			root: absolute(`${base}/`),
			// Article mode is the same story: search engines are pointed at the scrolly page.
			canonical: absolute(storyPath(lang)),
			zh: absolute(path('zh')),
			en: absolute(path('en')),
			shareImage: `${SITE_URL}${base}/share/${lang}.png`
		}
	};
}

export type StoryPageData = ReturnType<typeof storyPage>;
