/**
 * When a chart's code is fetched and its live drawing replaces the prerendered markup.
 *
 * Until then the prerendered chart stays in the page as static HTML (it is not hydrated: a
 * component cannot hydrate markup without its code). Never mounted off screen: there a browser
 * skips laying out `content-visibility: auto` content, and a chart mounted in it is measured at
 * 0×0 (Layer Cake warns).
 * - Before the reader scrolls, a chart goes live only if it is in view and its step is no
 *   longer the one prerendered (a link into the middle): otherwise the markup is already right.
 * - From the first scroll on, its code is fetched a screen ahead of the reader, its first state
 *   computed once in idle time (the result dropped: the Intl formatters and code paths a mount
 *   would otherwise build first are ready), and the live chart mounts while its box is in view
 *   (if the reader has passed it by the time the code arrives, when the reader is back).
 * - In an embed (no box to watch: the chart is in view from the start), at once: the app starts
 *   only when the reader reaches for the embed (src/hooks.server.ts), so the stepper is about to
 *   move.
 */
import { reader } from '$lib/scrolly/reader.svelte';

interface Plan {
	/** The element whose approach brings the live chart; none in an embed. */
	box: Element | null;
	/** The step to show is not the one prerendered. */
	stale: boolean;
	/** Fetches the chart's code (once, however often it is called). */
	fetch(): Promise<unknown>;
	/** Computes the chart's state once, its code fetched, to warm what its mount uses. */
	warm(): void;
	/** Mounts the live chart once its code is there, if `wanted()` still holds by then. */
	mount(wanted?: () => boolean): void;
}

/** Starts watching; returns what stops it. */
export function goLiveWhenNear(plan: Plan): () => void {
	const { box, stale, fetch, warm, mount } = plan;
	if (!('IntersectionObserver' in window) || !box) {
		mount();
		return () => {};
	}
	let inView = false;
	const seen = new IntersectionObserver((entries) => {
		inView = entries.at(-1)!.isIntersecting;
		if (inView) mount(() => inView);
	});
	const ahead = new IntersectionObserver(
		(entries) => {
			if (entries.some((e) => e.isIntersecting)) {
				ahead.disconnect();
				// A failure is the mount's: it asks again.
				void fetch().then(
					() => whenIdle(warm),
					() => {}
				);
			}
		},
		{ rootMargin: '100% 0px' }
	);
	if (stale) seen.observe(box);
	const stopWaiting = reader.whenScrolled(() => {
		seen.observe(box);
		ahead.observe(box);
	});
	return () => {
		seen.disconnect();
		ahead.disconnect();
		stopWaiting();
	};
}

/** Runs `work` when the page is idle (Safari has no requestIdleCallback: soon after, there). */
function whenIdle(work: () => void) {
	if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 2000 });
	else setTimeout(work, 200);
}
