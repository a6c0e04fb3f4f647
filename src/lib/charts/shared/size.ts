/** A chart's drawing box in CSS pixels. */
export interface Size {
	width: number;
	height: number;
}

/**
 * The size a chart's state is computed for before the browser has measured it (prerender).
 * Positions are in percent of the box, so the prerendered chart fits any screen; only choices
 * such as the number of axis ticks depend on it, and a phone's are the safe ones.
 */
export const PRERENDER_SIZE: Size = { width: 360, height: 600 };

/** Rounds to 0.01 so prerendered markup and tests do not carry float noise. */
export function toHundredths(n: number): number {
	return Math.round(n * 100) / 100;
}
