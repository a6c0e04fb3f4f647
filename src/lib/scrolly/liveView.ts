/**
 * The switch from the stacked view to the live one (the story's scrolly, an embed's stepper),
 * shared with the head script in src/app.html: it puts `js` on <html> before first paint where
 * the live view can work (scripts run, IntersectionObserver exists) and takes it off again if
 * the app fails to start or is late (the stacked view, every step's chart or a link to it).
 * The app calls this when it starts; `ready` then tells the head script to leave the page be.
 */
import { reader } from './reader.svelte';

/**
 * Shows the live view from now on, if this browser can, and says whether it did. If the head
 * script had fallen back to the stacked view, the reader's place is kept: the heading or
 * paragraph they were reading stays where it was on the screen.
 */
export function startLiveView(): boolean {
	const html = document.documentElement;
	if (!('IntersectionObserver' in window)) return false;
	if (!html.classList.contains('js')) {
		const place = readingPlace();
		html.classList.add('js');
		const now = place?.el.getBoundingClientRect();
		if (now && now.height > 1) {
			window.scrollBy({ top: now.top - place!.top, behavior: 'instant' });
			// The page moved itself, not the reader.
			reader.standing(window.scrollY);
		}
	}
	html.classList.add('ready');
	return true;
}

/**
 * The first heading or paragraph of the text not yet read past (its bottom below a quarter of
 * the screen); not a chart's words, nor the stacked view's links in the charts' place.
 */
function readingPlace() {
	if (window.scrollY === 0) return undefined;
	const line = window.innerHeight / 4;
	for (const el of document.querySelectorAll('main h2, main p')) {
		if (el.closest('.static-chart, [aria-hidden="true"]')) continue;
		const box = el.getBoundingClientRect();
		if (box.height > 1 && box.bottom > line) return { el, top: box.top };
	}
	return undefined;
}
