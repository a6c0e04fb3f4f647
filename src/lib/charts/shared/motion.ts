/**
 * How long chart transitions take. CSS reads `--chart-duration` (set in app.css, zero under
 * prefers-reduced-motion); Svelte's enter/leave transitions read the same preference here.
 */
export const CHART_DURATION_MS = 700;

export function transitionDuration(): number {
	if (typeof window === 'undefined') return 0;
	const reduce =
		window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ||
		document.documentElement.classList.contains('reduce-motion');
	return reduce ? 0 : CHART_DURATION_MS;
}
