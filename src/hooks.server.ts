import { base } from '$app/paths';
import type { Handle } from '@sveltejs/kit';
import { withDrawnChartsCss } from '$lib/server/site/chartCss';
import { compactScript, sha256 } from '../scripts/csp.js';

const MODULE_PRELOAD = /<link href="([^"]+)" rel="modulepreload">/g;
/** SvelteKit's inline start script (it sets `__sveltekit_…` and imports its entries). */
const KIT_START = /<script>(\s*\{\s*__sveltekit_\w+ = [\s\S]*?)<\/script>/;

/**
 * The events that count as a reader reaching for a page: a pointer over it, a touch, focus, a
 * key. A click counts too (below).
 */
const REACH = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'];
/** A page read by scrolling is reached for by scrolling as well, however it scrolls. */
const REACH_OR_SCROLL = [...REACH, 'wheel', 'scroll'];

/**
 * What starts a page's app (see deferStart): in an embed, the reader reaching for it; on the
 * story and article pages, reaching for it or scrolling; on the pages made for editors (the
 * embed preview, which frames every embed at once, and the proof) and the 404, the first paint.
 */
function startOf(path: string): readonly string[] | 'first-paint' {
	if (/^(\/en)?\/embed\/(?!preview\/)[^/]+\/$/.test(path)) return REACH;
	if (/^(\/en)?(\/article)?\/?$/.test(path)) return REACH_OR_SCROLL;
	return 'first-paint';
}

/**
 * When SvelteKit's scripts start: at the first of the `start` events, the reader reaching for
 * the page (or after the first paint, below). The text and the prerendered charts need no script
 * to be read, and nothing on a page moves until the reader scrolls (the story, an article) or
 * presses a stepper (an embed). So until then a page runs no script of its own and fetches none:
 * nothing competes with its first paint or with the reader reading its top, and a reader who
 * reads the opening and leaves costs nothing. SvelteKit's preload links are taken out, and its
 * start script adds them back and imports its entries (all at once, no waterfall) at the first
 * reach:
 * - on a story or article page, `REACH_OR_SCROLL`: whatever moves the page (a swipe, the wheel,
 *   a key, a scroll bar, the browser putting the reader back in place on reload) starts the app,
 *   which then reads where the page stands (src/lib/charts/lazy.ts brings the charts in view to
 *   their step);
 * - in an embed, `REACH`: not a scroll, since most readers of a host's article scroll past an
 *   embed (the wheel over its frame included) without touching it; its height is reported
 *   without the app, by the page's own head script.
 * A click counts as reaching too (one with no pointer or key before it, from assistive
 * technology or a script), and is not lost: the button it hit is pressed again once the app is
 * ready. An address that asks for another place than the one prerendered (`?step=` in an embed,
 * a `#section` link) starts the app after the first paint instead (its paint timing entry:
 * presented, not just drawn on the main thread; where paint timing is missing, the first
 * animation frame; after a second at most, for a frame that never paints).
 * Measured in docs/performance.md. The script's hash in the page's CSP is replaced with the new
 * one's. Throws if SvelteKit's script no longer looks as expected, so an upgrade that changes it
 * fails the build instead of a page.
 */
function deferStart(page: string, start: readonly string[] | 'first-paint'): string {
	const kit = KIT_START.exec(page)?.[1];
	if (!kit) return page;
	const from = kit.indexOf('Promise.all([');
	const to = kit.lastIndexOf('});') + 3;
	if (from < 0 || to < from || !page.includes(sha256(kit))) {
		throw new Error("SvelteKit's start script is not as src/hooks.server.ts expects");
	}
	const hrefs = [...page.matchAll(MODULE_PRELOAD)].map((m) => m[1]);
	const afterPaint =
		"if (PerformanceObserver.supportedEntryTypes?.includes('paint')) new PerformanceObserver((_, o) => { o.disconnect(); setTimeout(once); }).observe({ type: 'paint', buffered: true }); else requestAnimationFrame(() => setTimeout(once)); setTimeout(once, 1000);";
	// `data-start="reach"` tells src/app.html's script to count its four seconds from the start,
	// not from `load`; the `app-start` event starts that count.
	const onReach =
		"const h = document.documentElement; if (new URLSearchParams(location.search).get('step') || location.hash) { " +
		afterPaint +
		` } else { h.setAttribute('data-start', 'reach'); const reach = ${JSON.stringify(start)}; ` +
		"let tapped = null; const go = () => { if (started) return; for (const type of reach) removeEventListener(type, go, true); dispatchEvent(new Event('app-start')); once(); }; const hold = (e) => { if (h.classList.contains('ready')) return; if (e.target instanceof Element) tapped = e.target.closest('button'); go(); }; for (const type of reach) addEventListener(type, go, { capture: true, passive: true }); addEventListener('click', hold, true); new MutationObserver((_, o) => { if (!h.classList.contains('ready')) return; o.disconnect(); removeEventListener('click', hold, true); if (tapped?.isConnected) tapped.click(); }).observe(h, { attributeFilter: ['class'] }); }";
	const deferred =
		kit.slice(0, from) +
		`const start = () => { for (const href of ${JSON.stringify(hrefs)}) document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href })); ` +
		kit.slice(from, to) +
		' }; let started = false; const once = () => { if (!started) { started = true; start(); } }; ' +
		(start === 'first-paint' ? afterPaint : onReach) +
		kit.slice(to);
	return page
		.replace(MODULE_PRELOAD, '')
		.replace(kit, () => deferred)
		.replace(sha256(kit), sha256(deferred));
}

/** An inline script that runs (not JSON-LD), with its body. */
const INLINE_SCRIPT = /(<script(?:\s+type="module")?>)([\s\S]*?)(<\/script>)/g;

/**
 * Inline scripts without their comment lines and indentation (scripts/csp.js; the boot script's
 * comments were 0.5 KB gzip on every page, enough to take an embed past the 14 KB a server sends
 * in its first round trip), each one's hash in the page's CSP replaced.
 */
function compactInlineScripts(page: string): string {
	let out = page;
	for (const [, , body] of page.matchAll(INLINE_SCRIPT)) {
		const compact = compactScript(body!);
		if (compact === body || !out.includes(sha256(body!))) continue;
		out = out.replace(body!, () => compact).replace(sha256(body!), sha256(compact));
	}
	return out;
}

/**
 * The page as prerendered, with four changes: `<html lang>` per route (/en/… is English, everything
 * else Simplified Chinese), the stylesheet kept to the charts the page draws (./lib/server/site/
 * chartCss.ts), the scripts started when the reader reaches for the page (above), and inline
 * scripts compacted (above).
 */
export const handle: Handle = ({ event, resolve }) => {
	const path = event.url.pathname.slice(base.length);
	const lang = path === '/en' || path.startsWith('/en/') ? 'en' : 'zh-CN';
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%lang%', lang);
			if (!page.includes('</body>')) return page;
			return compactInlineScripts(deferStart(withDrawnChartsCss(page), startOf(path)));
		}
	});
};
