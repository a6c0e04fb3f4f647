/**
 * Chart dots as painted, for any driver (the Playwright spec and the engine tours):
 * where the page says each dot is, then its painted box measured on a screenshot (paint.ts).
 */
import { DOT } from '../../src/lib/charts/leaderboard/sizes';
import { paintedBox, parseRgb, type Rgb } from './paint';

export interface Dot {
	/** Centre in CSS px from the viewport's top left. */
	x: number;
	y: number;
	hl: boolean;
}

/**
 * Runs in the page: the colours of CSS custom properties as the browser paints them
 * (`getComputedStyle` strings, for parseRgb).
 */
export function cssColours(names: string[]): string[] {
	return names.map((n) => {
		const probe = document.createElement('span');
		probe.style.color = `var(${n})`;
		document.body.append(probe);
		const c = getComputedStyle(probe).color;
		probe.remove();
		return c;
	});
}

/**
 * Runs in the page: the centres of the dots under `selector` well inside the viewport, of those
 * drawn (a leaderboard model not on the step's board is in the page, hidden).
 */
export function dotCentres(selector: string): Dot[] {
	return [...document.querySelectorAll(selector)]
		.filter((el) => getComputedStyle(el).visibility !== 'hidden')
		.map((el) => {
			const r = el.getBoundingClientRect();
			return {
				x: r.left + r.width / 2,
				y: r.top + r.height / 2,
				hl: el.classList.contains('hl') || !!el.closest('.hl')
			};
		})
		.filter((d) => d.y > 60 && d.y < innerHeight - 8 && d.x > 8 && d.x < innerWidth - 8);
}

/**
 * Dots of the same kind that may touch (close dates on the timeline) paint one shape, measured
 * as one: its box spans their centres plus a diameter. A shape in which two dots about touch
 * (centres a diameter apart, ±2 px) is neither one clear shape nor two, and is skipped.
 */
function shapes<T extends { x: number; y: number; hl: boolean }>(
	dots: T[],
	diameter: (d: T) => number
): { groups: T[][]; skipped: T[] } {
	const apart = (a: T, b: T) => Math.hypot(a.x - b.x, a.y - b.y);
	const groups: T[][] = [];
	for (const d of dots) {
		const near = groups.filter((g) =>
			g.some((o) => o.hl === d.hl && apart(o, d) <= diameter(d) + 2)
		);
		for (const g of near) groups.splice(groups.indexOf(g), 1);
		groups.push([d, ...near.flat()]);
	}
	const unclear = (g: T[]) =>
		g.some((a) => g.some((b) => a !== b && Math.abs(apart(a, b) - diameter(a)) <= 2));
	return {
		groups: groups.filter((g) => !unclear(g)),
		skipped: groups.filter(unclear).flat()
	};
}

/** The diameter the leaderboard's state gives a dot, on a board or on the timeline. */
export const leaderboardDot = (timeline: boolean) => (d: Dot) =>
	timeline ? (d.hl ? DOT.timelineLine : DOT.timeline) : d.hl ? DOT.boardHighlight : DOT.board;

/**
 * Each shape of dots whose painted box is not its diameter (±2 px), as readable lines, with how
 * many dots were measured and skipped. Colours as parseRgb reads `cssColours`' strings.
 */
export function paintedDots(
	png: Uint8Array,
	dots: Dot[],
	paint: {
		colour: (d: Dot) => Rgb;
		background: Rgb;
		diameter: (d: Dot) => number;
		/** Device pixels per CSS pixel in the screenshot. */
		scale?: number;
		/** Same-coloured strokes through a dot up to this thickness (CSS px) are not counted. */
		ignoreStrokesUpTo?: number;
	}
) {
	const { colour, background, diameter, scale = 1, ignoreStrokesUpTo = 0 } = paint;
	const { groups, skipped } = shapes(dots, diameter);
	const wrong: string[] = [];
	for (const group of groups) {
		const d = group[0]!;
		const xs = group.map((g) => g.x);
		const ys = group.map((g) => g.y);
		const wantW = diameter(d) + Math.max(...xs) - Math.min(...xs);
		const wantH = diameter(d) + Math.max(...ys) - Math.min(...ys);
		const box = paintedBox(png, {
			centre: d,
			colour: colour(d),
			background,
			scale,
			ignoreStrokesUpTo
		});
		if (Math.abs(box.width - wantW) > 2 || Math.abs(box.height - wantH) > 2) {
			wrong.push(
				`${d.hl ? 'highlighted ' : ''}dot at ${d.x.toFixed(0)},${d.y.toFixed(0)}: ` +
					`painted ${box.width.toFixed(1)}×${box.height.toFixed(1)}, ` +
					`want ${wantW.toFixed(1)}×${wantH.toFixed(1)}`
			);
		}
	}
	const measured = groups.flat();
	return {
		wrong,
		measured: measured.length,
		highlighted: measured.filter((d) => d.hl).length,
		skipped: skipped.length
	};
}

export { parseRgb };
