/**
 * Where the deal chart's marks sit, in the units of its 4:5 box (100 across, `DEAL_H` down, the
 * SVG's units): the 100 cells as a waffle, the value squares (money as the AREA of a square,
 * side ∝ √value, never its side) and the two lifelines on a line of years.
 */
import { scaleLinear } from 'd3-scale';
import { formatScore, parseIsoDate } from '$lib/format';
import { toHundredths, type Size } from '../shared/size';
import type { AcquisitionKey, DealData } from './types';

/** The box is 100 units wide and this many tall (4:5). */
export const DEAL_H = 125;
/** The birth dots' diameter in CSS pixels. */
export const BIRTH_DOT = 11;

/** One square: top-left corner and side, in SVG units. */
interface Square {
	x: number;
	y: number;
	s: number;
	visible: boolean;
}

export interface Cell extends Square {
	filled: boolean;
	/**
	 * The same square in the step's grid (`Grid`), in units of a grid 100 wide: the same at
	 * every step whose waffle is only moved and resized, so then only the grid moves.
	 */
	at: { x: number; y: number; s: number };
}

/** Where the cells' grid stands at a step: a waffle's top left and side, in units. */
export interface Grid {
	x: number;
	y: number;
	side: number;
}

export interface ValueSquare extends Square {
	key: AcquisitionKey | 'scale' | 'prev';
	/** Value in USD billion, for tests and titles. */
	value: number;
	highlight: boolean;
}

export interface Person {
	key: 'lecun' | 'wang';
	/** Column, in units across. */
	x: number;
	/** Birth and the August 2025 reorganisation, in units down. */
	born: number;
	until: number;
}

export interface AgesState {
	/** The year axis: a vertical line at `x`, years running down. */
	axis: { x: number; y0: number; y1: number };
	ticks: { y: number; label: string }[];
	people: Person[];
	/** The bracket from LeCun's birth year down to Wang's, drawn in Wang's column. */
	gap: { x: number; y0: number; y1: number };
	/** The reorganisation: a line across both lifelines. */
	reorg: { y: number; x0: number; x1: number };
	/** The birth dots' diameter in CSS pixels (drawn in HTML: a dot stays round at any size). */
	dot: number;
}

const CELLS = 100;
/** Gap between waffle cells, as a share of the cell pitch. */
export const GUTTER = 0.12;

/** Decimal year of a YYYY, YYYY-MM or YYYY-MM-DD date (month-only dates sit mid-month). */
function decimalYear(text: string): number {
	const { date, granularity } = parseIsoDate(text);
	const y = date.getUTCFullYear();
	const start = Date.UTC(y, 0, 1);
	const end = Date.UTC(y + 1, 0, 1);
	let t = date.getTime();
	if (granularity === 'month') {
		const next = Date.UTC(y, date.getUTCMonth() + 1, 1);
		t = (t + next) / 2;
	} else if (granularity === 'year') {
		t = (start + end) / 2;
	}
	return y + (t - start) / (end - start);
}

/** Percent of the box's height for a y in units. */
export const pctY = (y: number) => toHundredths((y / DEAL_H) * 100);

/** The 100 cells laid out as a 10 × 10 waffle of side `side`, top-left at (x0, y0). */
export function waffle(filled: number, { x, y, side }: Grid): Cell[] {
	const pitch = side / (10 - GUTTER);
	const unit = 100 / (10 - GUTTER);
	return Array.from({ length: CELLS }, (_, i) => {
		// Column by column, each from the bottom up, so a partial column rests on the baseline.
		const col = Math.floor(i / 10);
		const row = 9 - (i % 10);
		return {
			x: toHundredths(x + col * pitch),
			y: toHundredths(y + row * pitch),
			s: toHundredths(pitch * (1 - GUTTER)),
			visible: true,
			filled: i < filled,
			at: {
				x: toHundredths(col * unit),
				y: toHundredths(row * unit),
				s: toHundredths(unit * (1 - GUTTER))
			}
		};
	});
}

/** Layouts per step, in units (see the module comment). */
export const STAKE: Grid = { x: 9, y: 26, side: 82 };
/** The 2024 square top left, the company now bottom right, staggered to fill a tall box. */
export const VALUATION = { side: 60, top: 4, bottom: 117, left: 1, right: 99 };
/** The stake's square bottom right, WhatsApp top left, the small two in the corners. */
export const ACQ = { scaleSide: 46, top: 6, bottom: 119, left: 1, right: 99 };

export function valuationLayout(data: DealData) {
	const { side, top, bottom, left, right } = VALUATION;
	const prevSide = side * Math.sqrt(data.prevValuation.value / data.valuation.value);
	return { side, prevSide, px: left, py: top, wx: right - side, wy: bottom - side };
}

export function acquisitionSquares(data: DealData): ValueSquare[] {
	const { scaleSide, top, bottom, left, right } = ACQ;
	const side = (v: number) => scaleSide * Math.sqrt(v / data.price.value);
	const value = (key: AcquisitionKey) => {
		const a = data.acquisitions.find((q) => q.key === key);
		if (!a) throw new Error(`deal data: no acquisition "${key}"`);
		return a.value.value;
	};
	const whatsapp = side(value('whatsapp'));
	const oculus = side(value('oculus'));
	const instagram = side(value('instagram'));
	const sq = (key: ValueSquare['key'], v: number, x: number, y: number, s: number) => ({
		key,
		value: v,
		x: toHundredths(x),
		y: toHundredths(y),
		s: toHundredths(s),
		visible: true,
		highlight: key === 'scale'
	});
	return [
		sq('whatsapp', value('whatsapp'), left, top, whatsapp),
		sq('oculus', value('oculus'), left + whatsapp + 3, top + 17, oculus),
		sq('instagram', value('instagram'), left, bottom - instagram, instagram),
		sq('scale', data.price.value, right - scaleSide, bottom - scaleSide, scaleSide)
	];
}

export function agesState(data: DealData, size: Size): AgesState {
	const y = scaleLinear().domain([1955, 2030]).range([6, 112]);
	const step = size.width < 240 ? 20 : 10;
	const ticks = y
		.ticks(75 / step)
		.filter((t) => t % step === 0 && t > 1955 && t < 2030)
		.map((t) => ({ y: toHundredths(y(t)), label: formatScore(t, 'en') }));
	const until = toHundredths(y(decimalYear(data.reorg)));
	const lecun = toHundredths(y(decimalYear(data.births.lecun)));
	const wang = toHundredths(y(decimalYear(data.births.wang)));
	return {
		axis: { x: 13, y0: toHundredths(y(1955)), y1: toHundredths(y(2030)) },
		ticks,
		people: [
			{ key: 'lecun', x: 22, born: lecun, until },
			{ key: 'wang', x: 56, born: wang, until }
		],
		gap: { x: 56, y0: lecun, y1: wang },
		reorg: { y: until, x0: 13, x1: 100 },
		dot: BIRTH_DOT
	};
}
