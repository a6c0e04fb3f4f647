/**
 * The embed page's side of auto height: tells the parent page how tall the embed is whenever
 * that changes (step change, resize, orientation, fonts), in pym.js's format and AMP's.
 */
import { CHILD_ID_PARAM, ampEmbedSize, encodeHeight } from './protocol';

/** The id a pym.js parent (or our loader) gave this frame in `?childId=`. */
function childIdFrom(search: string): string {
	return new URLSearchParams(search).get(CHILD_ID_PARAM) || 'lecun-embed';
}

/**
 * Reports `root`'s height (rounded up, margins included) to the parent window until the returned
 * function is called. Does nothing outside a frame.
 */
export function reportHeight(root: HTMLElement, win: Window = window): () => void {
	if (win.parent === win) return () => {};
	const id = childIdFrom(win.location.search);
	let last = -1;
	const send = () => {
		const style = win.getComputedStyle(root);
		const height = Math.ceil(
			root.getBoundingClientRect().height +
				parseFloat(style.marginTop || '0') +
				parseFloat(style.marginBottom || '0')
		);
		if (height === last || height <= 0) return;
		last = height;
		win.parent.postMessage(encodeHeight(id, height), '*');
		win.parent.postMessage(ampEmbedSize(height), '*');
	};
	const observer = new ResizeObserver(send);
	observer.observe(root);
	const onResize = () => send();
	win.addEventListener('resize', onResize);
	win.addEventListener('orientationchange', onResize);
	win.addEventListener('load', onResize);
	void win.document.fonts?.ready.then(send);
	send();
	return () => {
		observer.disconnect();
		win.removeEventListener('resize', onResize);
		win.removeEventListener('orientationchange', onResize);
		win.removeEventListener('load', onResize);
	};
}
