import { base } from '$app/paths';
import type { Handle } from '@sveltejs/kit';

/** `<html lang>` per route: /en/… is English, everything else Simplified Chinese. */
export const handle: Handle = ({ event, resolve }) => {
	const path = event.url.pathname.slice(base.length);
	const lang = path === '/en' || path.startsWith('/en/') ? 'en' : 'zh-CN';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
