/**
 * Words and marks that come and go with a step, kept in the page: a chart's component draws
 * what the step's state holds and, unseen, what earlier steps held that this one does not, so a
 * step change adds no element it has drawn before and removes none. What leaves fades out by CSS
 * (the `lingers` and `gone` classes, src/app.css) and is then hidden; what comes fades in from
 * nothing (`enters`, by `@starting-style`). Only opacity is animated, which the compositor runs:
 * a step's transition then needs six to eight main-thread frames, not one per vsync at 4× CPU.
 * Svelte's `transition:fade` did this by adding and removing elements, with a clock of its own
 * per element that ran on every frame (docs/performance.md, change 34).
 *
 * Kept by the component, not the state: which words a reader saw before is the drawing's memory,
 * not the step's. A word gone keeps its last words and place, as it did while Svelte faded it.
 */
export interface Lingering<T> {
	item: T;
	/** In this step's state: drawn; otherwise faded out, then hidden. */
	present: boolean;
	/**
	 * Fades in when drawn: it came after the chart's first drawing, or has been gone since. What
	 * the first drawing shows does not fade in: the live chart takes its prerendered twin's place.
	 */
	enters: boolean;
}

/** Whether an item is drawn and fades in: what a component passes to a child that fades as one. */
export type Presence = Omit<Lingering<unknown>, 'item'>;

/** A drawing's memory of the items (keyed by `key`) its steps have had, in first-seen order. */
export function lingering<T>(key: (item: T) => string): (items: readonly T[]) => Lingering<T>[] {
	const kept = new Map<string, { item: T; enters: boolean }>();
	let drawn = false;
	return (items) => {
		const now = new Set<string>();
		for (const item of items) {
			const k = key(item);
			now.add(k);
			kept.set(k, { item, enters: kept.get(k)?.enters ?? drawn });
		}
		for (const [k, seen] of kept) if (!now.has(k)) seen.enters = true;
		drawn = true;
		return [...kept].map(([k, { item, enters }]) => ({ item, present: now.has(k), enters }));
	};
}

/**
 * The classes (src/app.css) that fade an item in and out; none in prerendered markup, which
 * never changes (the live chart replaces it).
 */
export const lingerClass = ({ present, enters }: Presence) =>
	import.meta.env.SSR ? '' : `lingers${present ? '' : ' gone'}${enters ? ' enters' : ''}`;
