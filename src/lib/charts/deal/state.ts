/**
 * The Scale AI deal chart at one step: a pure function of (data, step settings, size, language).
 * Everything is drawn in a 4:5 box (the layers keep that shape with CSS, so it fills a phone's
 * chart area as well as a desktop's): marks in SVG units, 100 across and `DEAL_H` down, so a
 * square in the state is a square on screen and an area in the state is an area on screen.
 * Money is drawn as the AREA of squares (side ∝ √value), never their side.
 *
 * One set of 100 cells morphs through the steps: the stake (49 of 100 filled), the whole company
 * at its new valuation beside its 2024 one, the 49 filled cells regrouped as a 7 × 7 square for
 * the stake beside Facebook's acquisitions, then the two men's lifelines on a line of years.
 * Marks keep their identity across steps (cells by index, squares and people by key), so a step
 * change moves, grows or fades them; a step's words fade out and the next step's fade in.
 */
import { scaleLinear } from 'd3-scale';
import { formatScore, parseIsoDate, type Lang } from '$lib/format';
import { r2, type Size } from '../shared/size';
import type { DealLabels, DealStep, DealView } from './chart';
import type { AcquisitionKey, DealData } from './types';

/** The box is 100 units wide and this many tall (4:5). */
export const DEAL_H = 125;
/** The birth dots' diameter in CSS pixels. */
export const BIRTH_DOT = 11;

/** One square: top-left corner and side, in SVG units. */
export interface Square {
	x: number;
	y: number;
	s: number;
	visible: boolean;
}

export interface Cell extends Square {
	filled: boolean;
}

export interface ValueSquare extends Square {
	key: AcquisitionKey | 'scale' | 'prev';
	/** Value in USD billion, for tests and titles. */
	value: number;
	highlight: boolean;
}

export interface Label {
	/** The step it belongs to and its role there: stable across states. */
	key: string;
	/** First line is drawn bold (a note is one line that wraps). */
	lines: string[];
	/** Anchor point in percent of the box's width and height. */
	x: number;
	y: number;
	align: 'start' | 'middle' | 'end';
	/** `top`: the block hangs below y; `middle`: centred on it; `bottom`: it sits on y. */
	valign: 'top' | 'middle' | 'bottom';
	tone: 'ink' | 'muted' | 'highlight' | 'note';
	/** Lines of text to move the block up by (down if negative), to stack it by another label. */
	lift?: number;
	/** Width to wrap in, in percent of the box (notes); others never wrap. */
	width?: number;
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

export interface DealState {
	view: DealView;
	cells: Cell[];
	/** The 2024 valuation and the acquisitions (drawn as single squares). */
	squares: ValueSquare[];
	labels: Label[];
	ages: AgesState;
	showAges: boolean;
}

export const CELLS = 100;
/** Gap between waffle cells, as a share of the cell pitch. */
const GUTTER = 0.12;

/** Decimal year of a YYYY, YYYY-MM or YYYY-MM-DD date (month-only dates sit mid-month). */
export function decimalYear(text: string): number {
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
const pctY = (y: number) => r2((y / DEAL_H) * 100);

/** The 100 cells laid out as a 10 × 10 waffle of side `side`, top-left at (x0, y0). */
function waffle(filled: number, x0: number, y0: number, side: number): Cell[] {
	const pitch = side / (10 - GUTTER);
	return Array.from({ length: CELLS }, (_, i) => {
		// Column by column, each from the bottom up, so a partial column rests on the baseline.
		const col = Math.floor(i / 10);
		const row = 9 - (i % 10);
		return {
			x: r2(x0 + col * pitch),
			y: r2(y0 + row * pitch),
			s: r2(pitch * (1 - GUTTER)),
			visible: true,
			filled: i < filled
		};
	});
}

/** Layouts per step, in units (see the module comment). */
const STAKE = { x0: 9, y0: 26, side: 82 };
/** The 2024 square top left, the company now bottom right, staggered to fill a tall box. */
const VALUATION = { side: 60, top: 4, bottom: 117, left: 1, right: 99 };
/** The stake's square bottom right, WhatsApp top left, the small two in the corners. */
const ACQ = { scaleSide: 46, top: 6, bottom: 119, left: 1, right: 99 };

function valuationLayout(data: DealData) {
	const { side, top, bottom, left, right } = VALUATION;
	const prevSide = side * Math.sqrt(data.prevValuation.value / data.valuation.value);
	return { side, prevSide, px: left, py: top, wx: right - side, wy: bottom - side };
}

function acquisitionSquares(data: DealData): ValueSquare[] {
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
		x: r2(x),
		y: r2(y),
		s: r2(s),
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

function agesState(data: DealData, size: Size): AgesState {
	const y = scaleLinear().domain([1955, 2030]).range([6, 112]);
	const step = size.width < 240 ? 20 : 10;
	const ticks = y
		.ticks(75 / step)
		.filter((t) => t % step === 0 && t > 1955 && t < 2030)
		.map((t) => ({ y: r2(y(t)), label: formatScore(t, 'en') }));
	const until = r2(y(decimalYear(data.reorg)));
	const lecun = r2(y(decimalYear(data.births.lecun)));
	const wang = r2(y(decimalYear(data.births.wang)));
	return {
		axis: { x: 13, y0: r2(y(1955)), y1: r2(y(2030)) },
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

/** A year as a chart label: en "2014", zh "2014年". */
export function yearLabel(date: string, lang: Lang): string {
	const y = formatScore(parseIsoDate(date).date.getUTCFullYear(), lang);
	return lang === 'zh' ? `${y}年` : y;
}

/** The labels of one step, placed for that step. */
function viewLabels(
	view: DealView,
	data: DealData,
	note: string,
	labels: DealLabels,
	lang: Lang,
	ages: AgesState
): Label[] {
	const x = (u: number) => r2(u);
	if (view === 'stake') {
		const { x0, y0, side } = STAKE;
		return [
			{
				key: 'note',
				lines: [note],
				x: x0,
				y: pctY(y0 - 1.5),
				align: 'start',
				valign: 'bottom',
				tone: 'note',
				lift: 1.3,
				width: side
			},
			{
				key: 'meta',
				lines: [labels.stake_meta],
				x: x0,
				y: pctY(y0 - 1.5),
				align: 'start',
				valign: 'bottom',
				tone: 'highlight'
			},
			// Below the waffle, one above the other: side by side they would not fit a phone.
			{
				key: 'rest',
				lines: [labels.stake_rest],
				x: x0 + side,
				y: pctY(y0 + side + 1.5),
				align: 'end',
				valign: 'top',
				tone: 'muted'
			},
			{
				key: 'key',
				lines: [labels.stake_key],
				x: x0,
				y: pctY(y0 + side + 1.5),
				align: 'start',
				valign: 'top',
				tone: 'muted',
				lift: -1.1
			}
		];
	}
	if (view === 'valuation') {
		const v = valuationLayout(data);
		const right = x(v.px + v.prevSide + 3);
		return [
			{
				key: 'prev',
				lines: [labels.valuation_prev, labels.valuation_prev_value],
				x: right,
				y: pctY(v.py),
				align: 'start',
				valign: 'top',
				tone: 'ink'
			},
			// Under the 2024 square, beside the company now: the tallest free column, so a long
			// note wraps clear of the labels on a phone's short box.
			{
				key: 'note',
				lines: [note],
				x: x(v.px),
				y: pctY(v.py + v.prevSide + 3),
				align: 'start',
				valign: 'top',
				tone: 'note',
				width: r2(x(v.wx - 3) - x(v.px))
			},
			{
				key: 'now',
				lines: [labels.valuation_now, labels.valuation_now_value],
				x: VALUATION.right,
				y: pctY(v.wy - 1.5),
				align: 'end',
				valign: 'bottom',
				tone: 'ink'
			}
		];
	}
	if (view === 'acquisitions') {
		const sq = Object.fromEntries(acquisitionSquares(data).map((s) => [s.key, s]));
		const year = (key: AcquisitionKey) =>
			yearLabel(data.acquisitions.find((q) => q.key === key)!.date, lang);
		const beside = (key: string, lines: string[]): Label => ({
			key,
			lines,
			x: x(sq[key]!.x + sq[key]!.s + 2.5),
			y: pctY(sq[key]!.y),
			align: 'start',
			valign: 'top',
			tone: 'ink'
		});
		const scale = sq.scale!;
		// English: price and year on one line, as three-line labels beside the small squares run
		// into each other in its shorter box on a phone (the Chinese box is taller, and a joined
		// Chinese line is too wide beside Oculus at 320 px).
		const priced = (value: string, key: AcquisitionKey) =>
			lang === 'zh' ? [value, year(key)] : [`${value}, ${year(key)}`];
		return [
			beside('whatsapp', [labels.acq_whatsapp, ...priced(labels.acq_whatsapp_value, 'whatsapp')]),
			beside('oculus', [labels.acq_oculus, ...priced(labels.acq_oculus_value, 'oculus')]),
			beside('instagram', [
				labels.acq_instagram,
				...priced(labels.acq_instagram_value, 'instagram')
			]),
			{
				key: 'scale',
				lines: [labels.acq_scale, labels.acq_scale_value, yearLabel(data.date, lang)],
				x: x(scale.x - 2.5),
				y: pctY(scale.y),
				align: 'end',
				valign: 'top',
				tone: 'highlight'
			},
			// Under Oculus, above the stake: the room the small squares leave.
			{
				key: 'note',
				lines: [note],
				x: sq.oculus!.x,
				y: pctY(sq.oculus!.y + sq.oculus!.s + 3),
				align: 'start',
				valign: 'top',
				tone: 'note',
				width: r2(ACQ.right - sq.oculus!.x)
			}
		];
	}
	const [lecun, wang] = ages.people as [Person, Person];
	const dotGap = 3;
	return [
		...ages.ticks.map((t): Label => ({
			key: `tick-${t.label}`,
			lines: [t.label],
			x: ages.axis.x - 2,
			y: pctY(t.y),
			align: 'end',
			valign: 'middle',
			tone: 'muted'
		})),
		// Above the guide that runs from LeCun's dot to the bracket.
		{
			key: 'lecun',
			lines: [labels.lecun, labels.lecun_born],
			x: lecun.x + dotGap,
			y: pctY(lecun.born - 1),
			align: 'start',
			valign: 'bottom',
			tone: 'ink'
		},
		{
			key: 'wang',
			lines: [labels.wang, labels.wang_born],
			x: wang.x + dotGap,
			y: pctY(wang.born),
			align: 'start',
			valign: 'middle',
			tone: 'ink'
		},
		{
			key: 'gap',
			lines: [labels.gap],
			x: ages.gap.x + dotGap,
			y: pctY((ages.gap.y0 + ages.gap.y1) / 2),
			align: 'start',
			valign: 'middle',
			tone: 'highlight',
			width: 100 - ages.gap.x - dotGap
		},
		{
			key: 'note',
			lines: [note],
			x: ages.reorg.x0 + 2,
			y: pctY(ages.reorg.y + 1.5),
			align: 'start',
			valign: 'top',
			tone: 'note',
			width: r2(100 - ages.reorg.x0 - 2)
		}
	];
}

export function dealState(
	data: DealData,
	step: DealStep,
	size: Size,
	lang: Lang,
	labels: DealLabels
): DealState {
	const view = step.view;
	const filled = Math.round(data.stake);
	const ages = agesState(data, size);
	const squares: ValueSquare[] = [
		...acquisitionSquares(data).map((q) => ({ ...q, visible: view === 'acquisitions' })),
		(() => {
			const v = valuationLayout(data);
			return {
				key: 'prev' as const,
				value: data.prevValuation.value,
				x: r2(v.px),
				y: r2(v.py),
				s: r2(v.prevSide),
				visible: view === 'valuation',
				highlight: false
			};
		})()
	];

	let cells: Cell[];
	if (view === 'valuation') {
		const v = valuationLayout(data);
		cells = waffle(filled, v.wx, v.wy, v.side);
	} else if (view === 'acquisitions' || view === 'ages') {
		// The stake is the 49 filled cells regrouped 7 × 7 inside its square; the rest of Scale AI
		// is not part of it and fades where it stood at the step before. At the last step the
		// stake fades where it stands.
		const v = valuationLayout(data);
		const before = waffle(filled, v.wx, v.wy, v.side);
		const stake = squares.find((s) => s.key === 'scale')!;
		const block = Math.ceil(Math.sqrt(filled));
		const pitch = stake.s / (block - GUTTER);
		cells = before.map((c, i) =>
			i >= filled
				? { ...c, visible: false }
				: {
						x: r2(stake.x + (i % block) * pitch),
						y: r2(stake.y + Math.floor(i / block) * pitch),
						s: r2(pitch * (1 - GUTTER)),
						visible: view === 'acquisitions',
						filled: true
					}
		);
	} else {
		cells = waffle(filled, STAKE.x0, STAKE.y0, STAKE.side);
	}

	return {
		view,
		cells,
		squares,
		// Keyed by step and role: a step change fades one step's words out and the next one's in.
		labels: viewLabels(view, data, step.note, labels, lang, ages).map((l) => ({
			...l,
			key: `${view}-${l.key}`
		})),
		ages,
		showAges: view === 'ages'
	};
}
