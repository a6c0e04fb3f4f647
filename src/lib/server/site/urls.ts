import { base } from '$app/paths';
import type { Lang } from '$lib/format';

/**
 * The public origin (SITE_URL, set at build time) for absolute canonical, hreflang and share
 * URLs. The default is the local preview server, so a plain build still links to itself.
 */
export const SITE_URL = (process.env.SITE_URL ?? 'http://127.0.0.1:4173').replace(/\/+$/, '');
if (!/^https?:\/\/[^/\s]+$/.test(SITE_URL)) {
	throw new Error(
		`SITE_URL must be an origin such as https://graphics.example.com (got "${SITE_URL}")`
	);
}

/** Path of a language's story, inside the site (with the base path). */
export function storyPath(lang: Lang): string {
	return lang === 'zh' ? `${base}/` : `${base}/en/`;
}

/** Path of a language's article mode (the stacked static view of the whole story). */
export function articlePath(lang: Lang): string {
	return `${storyPath(lang)}article/`;
}

export function absolute(path: string): string {
	return `${SITE_URL}${path}`;
}
