let known: number | null = null;
let changes: MutationObserver | null = null;

/**
 * The page's `--chart-duration` in ms (app.css: 700 ms; zero under reduced motion, in print, and
 * while an embed opens at its `?step=`), read once and again only after something that sets it
 * may have changed: each read just after a step's writes cost a style recalculation of 5–50 ms
 * at 4× CPU (docs/performance.md).
 */
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

/**
 * Moves marks laid out in normal flow from where they stood to where a step's new layout puts
 * them, on the compositor ("FLIP"). An eased `height` moved them as smoothly, but the browser laid
 * the whole chart out again on every frame of it (AMI: 33 frames in a 900 ms transition at 4×
 * CPU, against 50 with no layout animated; docs/performance.md). Here the new layout is made
 * once, and each mark is drawn from its old place to its new one by its `translate` (and a
 * growing part by its `scale`), which leaves the `transform` a chart's CSS transitions own.
 *
 * Call `before()` as the step's change is about to reach the page (`$effect.pre`) and `after()`
 * once it has (`$effect`). A mark still moving when the next change comes starts from where it
 * is seen.
 */
export function flip(
	root: () => HTMLElement | undefined,
	{
		marks,
		grows = '',
		still = ''
	}: {
		/** The marks that move, none inside another. */
		marks: string;
		/** Parts of a mark that take its change of height as a vertical scale (bars). */
		grows?: string;
		/** Where marks do not move, before or after the change (a hidden panel: it fades). */
		still?: string;
	}
) {
	const moves = (el: Element) => !still || !el.closest(still);
	let seen: Map<Element, DOMRect> | null = null;
	const moving = new WeakMap<Element, Animation[]>();
	return {
		before() {
			const el = root();
			seen =
				el && chartDuration() > 0 ? rects([...el.querySelectorAll(marks)].filter(moves)) : null;
		},
		after() {
			const el = root();
			const from = seen;
			seen = null;
			if (!el || !from) return;
			const duration = chartDuration();
			const options = { duration, easing: 'cubic-bezier(0.4, 0, 0.2, 1)' };
			const found = [...el.querySelectorAll(marks)].filter(moves);
			for (const mark of found) for (const a of moving.get(mark) ?? []) a.cancel();
			const to = rects(found);
			for (const [mark, now] of to) {
				const was = from.get(mark);
				if (!was || now.height === 0 || was.height === 0) continue;
				const grow = was.height / now.height;
				const dx = was.left - now.left;
				// Centre to centre: a part that grows does so about the mark's middle.
				const dy = was.top + was.height / 2 - (now.top + now.height / 2);
				const started: Animation[] = [];
				if (Math.abs(dx) >= 0.5 || Math.abs(dy) >= 0.5)
					started.push(
						mark.animate([{ translate: `${dx}px ${dy}px` }, { translate: '0 0' }], options)
					);
				if (grows && Math.abs(grow - 1) > 0.01)
					for (const part of mark.querySelectorAll(grows))
						started.push(part.animate([{ scale: `1 ${grow}` }, { scale: '1 1' }], options));
				moving.set(mark, started);
			}
		}
	};
}

function rects(els: Iterable<Element>): Map<Element, DOMRect> {
	const out = new Map<Element, DOMRect>();
	for (const el of els) out.set(el, el.getBoundingClientRect());
	return out;
}
