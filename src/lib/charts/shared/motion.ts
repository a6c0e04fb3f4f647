/**
 * How long a chart's Svelte fades (`transition:fade`, for words that come and go with a step)
 * take: the page's `--chart-duration` (app.css: 700 ms; zero under reduced motion, in print, and
 * while an embed opens at its `?step=`), so they keep time with the CSS transitions of the marks.
 */
export function transitionDuration(): number {
	if (typeof window === 'undefined') return 0;
	const value = getComputedStyle(document.documentElement).getPropertyValue('--chart-duration');
	// In seconds or milliseconds: the build's CSS minifier writes 700ms as .7s.
	const [, amount, unit] = /([\d.]+)(m?s)/.exec(value) ?? [];
	return amount ? Number(amount) * (unit === 's' ? 1000 : 1) : 0;
}
