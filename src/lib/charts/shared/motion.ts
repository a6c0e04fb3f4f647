import type { TransitionConfig } from 'svelte/transition';

/**
 * `transition:fade` for a chart's words that come and go with a step, in time with the CSS
 * transitions of the marks: the page's `--chart-duration` (app.css: 700 ms; zero under reduced
 * motion, in print, and while an embed opens at its `?step=`).
 *
 * The opacity is written on each frame by `tick`, on Svelte's own clock, so a fade and the
 * element's removal never part when the reader reverses mid-way. A `css` fade would have Svelte
 * build a keyframe per 16 ms for each element as its fade starts and again as it turns (~43
 * parsed keyframes each; a board that swaps rows fades about a hundred elements at once): that
 * was most of the long tasks at the ends of step changes (docs/performance.md). The inline
 * opacity is cleared once an element is fully in, so the stylesheet decides again. An element
 * faded here must not have a CSS transition on opacity: it would trail each frame's value.
 *
 * Unlike `svelte/transition`'s fade, it reads no style as a fade starts: that one reads the
 * element's computed opacity (every faded element here is opaque when shown) and ours read the
 * duration each time, and each read, just after Svelte's writes, cost a style recalculation of
 * 5–50 ms at 4× CPU, one per faded element per step (docs/performance.md). The duration is read
 * once, and again only after something that sets it may have changed.
 */
export function fade(node: Element): TransitionConfig {
	const style = (node as HTMLElement | SVGElement).style;
	return {
		duration: chartDuration(),
		tick: (t) => (style.opacity = t === 1 ? '' : String(t))
	};
}

let known: number | null = null;
let changes: MutationObserver | null = null;

function chartDuration(): number {
	if (typeof window === 'undefined') return 0;
	if (!changes) {
		// What sets it: <html>'s classes and style, the system's motion setting, printing.
		changes = new MutationObserver(() => (known = null));
		changes.observe(document.documentElement, { attributeFilter: ['class', 'style'] });
		const forget = () => (known = null);
		matchMedia('(prefers-reduced-motion: reduce)').addEventListener('change', forget);
		addEventListener('beforeprint', forget);
		addEventListener('afterprint', forget);
	}
	// Changes made in this same task have not reached the observer's callback yet.
	if (changes.takeRecords().length > 0) known = null;
	known ??= readDuration();
	return known;
}

function readDuration(): number {
	const value = getComputedStyle(document.documentElement).getPropertyValue('--chart-duration');
	// In seconds or milliseconds: the build's CSS minifier writes 700ms as .7s.
	const [, amount, unit] = /([\d.]+)(m?s)/.exec(value) ?? [];
	return amount ? Number(amount) * (unit === 's' ? 1000 : 1) : 0;
}
