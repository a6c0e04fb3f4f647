import { loadStory } from '$lib/server/content/load';
import { storyPath } from '$lib/server/site/urls';
import type { PageServerLoad } from './$types';

// One bilingual 404 page for static hosts, written as build/404.html. A host serves it at any
// unknown address, so it runs no JavaScript (no client router to misread that address) and
// links only by absolute paths.
export const trailingSlash = 'never';
export const csr = false;

export const load: PageServerLoad = () => {
	const words = (lang: 'zh' | 'en') => {
		const { ui } = loadStory(lang).meta;
		return {
			title: ui.not_found_title,
			text: ui.not_found_text,
			link: ui.not_found_link,
			href: storyPath(lang)
		};
	};
	return { zh: words('zh'), en: words('en') };
};
