import type { TransitionConfig } from 'svelte/transition';

/**
 * `transition:fade` for a chart's words and marks that come and go with a step, in time with the
 * CSS transitions of the marks: the page's `--chart-duration` (app.css: 700 ms; zero under
 * reduced motion, in print, and while an embed opens at its `?step=`).
 *
 * Svelte keeps the element for the fade's duration (and reverses it when the step comes back
 * mid-way); the fade itself is one two-keyframe Web Animation started here. Svelte's own `css`
 * fades sample the curve 60 times a second and build an animation of ~43 keyframes per element
 * as each fade begins: at 4× CPU, 50–150 ms tasks when a step swaps a board's rows
 * (docs/performance.md). Nor does it read a style as it starts (`svelte/transition`'s fade reads
 * the computed opacity, a style recalculation right after Svelte's writes): the duration is read
 * once, and again only after something that sets it may have changed.
 */
export function fade(node: Element): (options?: { direction?: 'in' | 'out' }) => TransitionConfig {
	// Called by Svelte once the DOM is updated, before the next paint, per intro or outro.
	return ({ direction = 'in' } = {}) => {
		const duration = chartDuration();
		const to = direction === 'in' ? 1 : 0;
		// Reversed before the last fade ended: on from where that one stands.
		const last = fading.get(node);
		let from = 1 - to;
		if (last) {
			const done = Math.min(1, Number(last.animation.currentTime ?? 0) / last.duration);
			from = last.from + (last.to - last.from) * done;
			last.animation.cancel();
			fading.delete(node);
		}
		const time = duration * Math.abs(to - from);
		if (time > 0) {
			// An outro holds its end (opacity 0) until Svelte removes the element.
			const animation = node.animate([{ opacity: from }, { opacity: to }], {
				duration: time,
				fill: to === 0 ? 'forwards' : 'none'
			});
			fading.set(node, { animation, from, to, duration: time });
			animation.onfinish = () => {
				if (to === 1 && fading.get(node)?.animation === animation) fading.delete(node);
			};
		}
		return { duration };
	};
}

/** The fade each element is in, if any. */
const fading = new WeakMap<
	Element,
	{ animation: Animation; from: number; to: number; duration: number }
>();

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
