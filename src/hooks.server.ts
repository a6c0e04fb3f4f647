import { base } from '$app/paths';
import type { Handle } from '@sveltejs/kit';

const MODULE_PRELOAD = /<link href="[^"]+" rel="modulepreload">/g;

/**
 * The page as prerendered, with two changes:
 * - `<html lang>` per route: /en/… is English, everything else Simplified Chinese;
 * - the scripts' preload links move from the head to the end of the body. The text and the
 *   prerendered charts need no script to be read, so on a slow network the page's own bytes
 *   come first; the scripts are still all requested at once (no waterfall), as the parser
 *   reaches the end of the page, where the script that starts them sits anyway.
 */
export const handle: Handle = ({ event, resolve }) => {
	const path = event.url.pathname.slice(base.length);
	const lang = path === '/en' || path.startsWith('/en/') ? 'en' : 'zh-CN';
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%lang%', lang);
			if (!page.includes('</body>')) return page;
			const preloads = page.match(MODULE_PRELOAD) ?? [];
			return page.replace(MODULE_PRELOAD, '').replace('</body>', `${preloads.join('')}</body>`);
		}
	});
};
