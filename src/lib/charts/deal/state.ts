/**
 * The Scale AI deal chart at one step: a pure function of (data, step settings, size, language).
 * Everything is drawn in a SQUARE box (the layers keep it square with CSS), in percent of its
 * side, so a square in the state is a square on screen, and an area in the state is an area on
 * screen: money is drawn as the AREA of squares (side ∝ √value), never their side.
 *
 * One set of 100 cells morphs through the steps: the stake (49 of 100 filled), the whole
 * company at its new valuation next to its 2024 one, the 49 filled cells regrouped as a 7 × 7
 * square for the $14.3 billion stake beside Facebook's acquisitions, and a birth-year line.
 */
import { scaleLinear } from 'd3-scale';
import { formatScore, parseIsoDate, type Lang } from '$lib/format';
import { r2, type Size } from '../shared/size';
import type { AcquisitionKey, DealData, DealLabels, DealStep, DealView } from './types';

/** One square: top-left corner and side, in percent of the box. */
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
	key: string;
	/** First line is drawn bold. */
	lines: string[];
	/** Anchor point in percent of the box. */
	x: number;
	y: number;
	align: 'start' | 'middle' | 'end';
	/** `top`: the block hangs below y; `bottom`: it sits on y. */
	valign: 'top' | 'bottom';
	tone: 'ink' | 'muted' | 'highlight';
	/** Lines to move the block up by (text-sized, so it stays next to what it labels). */
	lift?: number;
}

export interface AgesState {
	axisY: number;
	ticks: { at: number; label: string }[];
	people: { key: 'lecun' | 'wang'; x: number }[];
	/** The bracket spanning the gap between the two birth dates. */
	bracketY: number;
}

export interface DealState {
	view: DealView;
	note: string;
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
const ACQ_ORDER: AcquisitionKey[] = ['instagram', 'oculus', 'whatsapp'];

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

/** A grid of cells: `cols` × `rows` with the given pitch, top-left at (x0, y0). */
function gridCell(i: number, x0: number, y0: number, pitch: number, rows: number) {
	const col = Math.floor(i / rows);
	// Fill each column from the bottom up, so a partial column rests on the baseline.
	const row = rows - 1 - (i % rows);
	return { x: x0 + col * pitch, y: y0 + row * pitch, s: pitch * (1 - GUTTER) };
}

/** The 100 cells laid out as a 10 × 10 waffle of side `side`, top-left at (x0, y0). */
function waffle(filled: number, x0: number, y0: number, side: number): Cell[] {
	const pitch = side / (10 - GUTTER);
	return Array.from({ length: CELLS }, (_, i) => {
		const c = gridCell(i, x0, y0, pitch, 10);
		return { x: r2(c.x), y: r2(c.y), s: r2(c.s), visible: true, filled: i < filled };
	});
}

/** Label lines for a square: name, value and (if given) year. */
function lines(...parts: (string | undefined)[]): string[] {
	return parts.filter((p): p is string => !!p);
}

export function dealState(
	data: DealData,
	step: DealStep,
	size: Size,
	lang: Lang,
	labels: DealLabels
): DealState {
	const filled = Math.round(data.stake);
	const base: Omit<DealState, 'cells' | 'squares' | 'labels'> = {
		view: step.view,
		note: step.note,
		ages: agesState(data, size),
		showAges: step.view === 'ages'
	};
	// Every value square keeps its place in every step and only fades in or out.
	const squares = allSquares(data, step.view);

	if (step.view === 'stake') {
		const { side, x0, y0 } = STAKE;
		return {
			...base,
			cells: stakeWaffle(filled),
			squares,
			labels: [
				{
					key: 'meta',
					lines: [labels.stake_meta],
					x: x0,
					y: y0 - 1.5,
					align: 'start',
					valign: 'bottom',
					tone: 'highlight',
					lift: 1.2
				},
				{
					key: 'rest',
					lines: [labels.stake_rest],
					x: x0 + side,
					y: y0 - 1.5,
					align: 'end',
					valign: 'bottom',
					tone: 'muted'
				},
				{
					key: 'key',
					lines: [labels.stake_key],
					x: x0,
					y: y0 + side + 2,
					align: 'start',
					valign: 'top',
					tone: 'muted'
				}
			]
		};
	}

	if (step.view === 'valuation') {
		// The whole company at its new valuation is the waffle; the 2024 valuation a square of
		// the matching area beside it, both on one baseline.
		const { baseline, side, prevSide, x0, wx } = valuationLayout(data);
		return {
			...base,
			cells: waffle(filled, wx, baseline - side, side),
			squares,
			labels: [
				{
					key: 'prev',
					lines: [labels.valuation_prev, labels.valuation_prev_value],
					x: r2(x0),
					y: r2(baseline - prevSide - 2),
					align: 'start',
					valign: 'bottom',
					tone: 'ink'
				},
				{
					key: 'now',
					lines: [labels.valuation_now, labels.valuation_now_value],
					x: r2(wx + side),
					y: r2(baseline - side - 2),
					align: 'end',
					valign: 'bottom',
					tone: 'ink'
				}
			]
		};
	}

	if (step.view === 'acquisitions') {
		// The stake is the 49 filled cells regrouped 7 × 7 inside its square.
		const { baseline } = ACQ;
		const stake = squares.find((s) => s.key === 'scale')!;
		const block = Math.ceil(Math.sqrt(filled));
		const pitch = stake.s / (block - GUTTER);
		let k = 0;
		const cells: Cell[] = Array.from({ length: CELLS }, (_, i) => {
			if (i >= filled) {
				// The rest of Scale AI is not part of the stake: it fades where it stood.
				const v = valuationLayout(data);
				const w = waffle(filled, v.wx, v.baseline - v.side, v.side)[i]!;
				return { ...w, visible: false };
			}
			const j = k++;
			const col = j % block;
			const row = Math.floor(j / block);
			return {
				x: r2(stake.x + col * pitch),
				y: r2(stake.y + row * pitch),
				s: r2(pitch * (1 - GUTTER)),
				visible: true,
				filled: true
			};
		});
		const byKey = Object.fromEntries(squares.map((s) => [s.key, s]));
		const year = (key: AcquisitionKey) => {
			const a = data.acquisitions.find((q) => q.key === key)!;
			return yearLabel(a.date, lang);
		};
		const sq = (key: string) => byKey[key]!;
		const labelsOut: Label[] = [
			// Instagram is tiny: its label hangs below the baseline.
			{
				key: 'instagram',
				lines: lines(labels.acq_instagram, labels.acq_instagram_value, year('instagram')),
				x: sq('instagram').x,
				y: baseline + 2,
				align: 'start',
				valign: 'top',
				tone: 'ink'
			},
			// Oculus: above its square, right-aligned so it stays clear of WhatsApp.
			{
				key: 'oculus',
				lines: lines(labels.acq_oculus, labels.acq_oculus_value, year('oculus')),
				x: r2(sq('oculus').x + sq('oculus').s),
				y: r2(sq('oculus').y - 2),
				align: 'end',
				valign: 'bottom',
				tone: 'ink'
			},
			{
				key: 'whatsapp',
				lines: lines(labels.acq_whatsapp, labels.acq_whatsapp_value, year('whatsapp')),
				x: sq('whatsapp').x,
				y: r2(sq('whatsapp').y - 2),
				align: 'start',
				valign: 'bottom',
				tone: 'ink'
			},
			{
				key: 'scale',
				lines: lines(labels.acq_scale, labels.acq_scale_value, yearLabel(data.date, lang)),
				x: r2(sq('scale').x + sq('scale').s),
				// Level with WhatsApp's label, clear of WhatsApp's (taller) square.
				y: r2(Math.min(sq('scale').y, sq('whatsapp').y) - 2),
				align: 'end',
				valign: 'bottom',
				tone: 'highlight'
			}
		];
		return { ...base, cells, squares, labels: labelsOut };
	}

	// Ages: the squares give way to a line of birth years.
	const a = base.ages;
	const lecun = a.people.find((p) => p.key === 'lecun')!;
	const wang = a.people.find((p) => p.key === 'wang')!;
	return {
		...base,
		cells: stakeWaffle(filled).map((c) => ({ ...c, visible: false })),
		squares,
		labels: [
			{
				key: 'gap',
				lines: [labels.gap],
				x: r2((lecun.x + wang.x) / 2),
				y: r2(a.bracketY - 2),
				align: 'middle',
				valign: 'bottom',
				tone: 'highlight'
			},
			{
				key: 'lecun',
				lines: [labels.lecun, labels.lecun_born],
				x: lecun.x,
				y: r2(a.axisY + 9),
				align: 'start',
				valign: 'top',
				tone: 'ink'
			},
			{
				key: 'wang',
				lines: [labels.wang, labels.wang_born],
				// Above the line, left of Wang's guide: clear of LeCun's label below at any width.
				x: r2(wang.x - 1.5),
				y: r2(a.axisY - 2.5),
				align: 'end',
				valign: 'bottom',
				tone: 'ink'
			},
			...a.ticks.map((t): Label => ({
				key: `tick-${t.label}`,
				lines: [t.label],
				x: t.at,
				y: r2(a.axisY + 2),
				align: 'middle',
				valign: 'top',
				tone: 'muted'
			}))
		]
	};
}

const STAKE = { side: 74, x0: 13, y0: 17 };

function stakeWaffle(filled: number): Cell[] {
	return waffle(filled, STAKE.x0, STAKE.y0, STAKE.side);
}

/** Step 2: the 2024 valuation's square and the waffle (the company now), on one baseline. */
function valuationLayout(data: DealData) {
	const baseline = 88;
	const side = 47;
	const prevSide = side * Math.sqrt(data.prevValuation.value / data.valuation.value);
	const gap = 7;
	const x0 = (100 - (prevSide + gap + side)) / 2;
	return { baseline, side, prevSide, x0, wx: x0 + prevSide + gap };
}

/**
 * Step 3: the acquisitions, small to large, then the stake, side by side on one baseline.
 * The gap after Instagram is wider: Oculus's label is right-aligned above its square.
 */
const ACQ = { baseline: 68, margin: 1, gaps: [6, 3, 3] };

/** All value squares at their own places; visible only in the step that shows them. */
function allSquares(data: DealData, view: DealView): ValueSquare[] {
	const { margin, gaps, baseline } = ACQ;
	const rel = (v: number) => Math.sqrt(v / data.price.value);
	const total = data.acquisitions.reduce((sum, a) => sum + rel(a.value.value), 0) + 1;
	const scaleSide = (100 - 2 * margin - gaps.reduce((a, b) => a + b, 0)) / total;
	const v = valuationLayout(data);
	const prev: ValueSquare = {
		key: 'prev',
		value: data.prevValuation.value,
		x: r2(v.x0),
		y: r2(v.baseline - v.prevSide),
		s: r2(v.prevSide),
		visible: view === 'valuation',
		highlight: false
	};
	return [
		...valueSquares(data, scaleSide, baseline, margin, gaps).map((q) => ({
			...q,
			visible: view === 'acquisitions'
		})),
		prev
	];
}

/** Squares for the acquisitions and the stake, area ∝ value (the stake's side is `scaleSide`). */
function valueSquares(
	data: DealData,
	scaleSide: number,
	baseline: number,
	margin: number,
	gaps: number[]
): ValueSquare[] {
	const items = [
		...ACQ_ORDER.map((key) => {
			const a = data.acquisitions.find((q) => q.key === key);
			if (!a) throw new Error(`deal data: no acquisition "${key}"`);
			return { key, value: a.value.value, highlight: false };
		}),
		{ key: 'scale' as const, value: data.price.value, highlight: true }
	];
	let x = margin;
	const out: ValueSquare[] = items.map((it, i) => {
		const s = scaleSide * Math.sqrt(it.value / data.price.value);
		const sq: ValueSquare = {
			key: it.key,
			value: it.value,
			x: r2(x),
			y: r2(baseline - s),
			s: r2(s),
			visible: true,
			highlight: it.highlight
		};
		x += s + (gaps[i] ?? 0);
		return sq;
	});
	return out;
}

function agesState(data: DealData, size: Size): AgesState {
	const x = scaleLinear().domain([1955, 2005]).range([0, 100]);
	const step = size.width < 240 ? 20 : 10;
	const ticks = x
		.ticks(50 / step)
		.filter((t) => t % step === 0)
		.map((t) => ({ at: r2(x(t)), label: formatScore(t, 'en') }));
	return {
		axisY: 52,
		ticks,
		people: [
			{ key: 'lecun', x: r2(x(decimalYear(data.births.lecun))) },
			{ key: 'wang', x: r2(x(decimalYear(data.births.wang))) }
		],
		bracketY: 30
	};
}

/** A year as a chart label: en "2014", zh "2014年". */
export function yearLabel(date: string, lang: Lang): string {
	const y = formatScore(parseIsoDate(date).date.getUTCFullYear(), lang);
	return lang === 'zh' ? `${y}年` : y;
}

/**
 * Estimated boxes of the labels, in percent of a `box`-pixel square, for overlap tests:
 * CJK characters 1em wide, others 0.62em (generous for the UI sans), lines 1.25em tall.
 */
export function labelBoxes(
	labels: Label[],
	box: number,
	fontPx = 12
): { key: string; x0: number; x1: number; y0: number; y1: number }[] {
	const toPct = (px: number) => (px / box) * 100;
	return labels.map((l) => {
		const widthPx = Math.max(...l.lines.map((t) => textWidth(t, fontPx)));
		const w = toPct(widthPx);
		const h = toPct(l.lines.length * fontPx * 1.25);
		const x0 = l.align === 'start' ? l.x : l.align === 'end' ? l.x - w : l.x - w / 2;
		const y0 = (l.valign === 'top' ? l.y : l.y - h) - toPct((l.lift ?? 0) * fontPx * 1.25);
		return { key: l.key, x0, x1: x0 + w, y0, y1: y0 + h };
	});
}

export function textWidth(text: string, fontPx: number): number {
	let em = 0;
	for (const ch of text) em += /[\u2E80-\uFFEF]/.test(ch) ? 1 : 0.62;
	return em * fontPx;
}
