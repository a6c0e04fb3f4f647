/**
 * The leaderboard chart at one step: a pure function of (data, step settings, size, language).
 * Positions are percentages of the boxes the layers draw in (rows: of the rows box; x: of the
 * score track), so the same state draws at any size and prerenders without a browser.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import { max, min } from 'd3-array';
import { formatDate, formatNumber, formatRankOf, formatScore, type Lang } from '$lib/format';
import { toHundredths, type Size } from '../shared/size';
import { DOT } from './sizes';
import type { LeaderboardLabels, LeaderboardStep } from './chart';
import type { BoardId, BoardRow, LeaderboardData, TimelinePoint } from './types';

interface RowMark {
	key: string;
	name: string;
	rank: string;
	score: string;
	/** Top of the row's slot and its height, in percent of the rows box (marks sit at its middle). */
	y: number;
	h: number;
	/** Dot and interval ends, in percent of the score track. */
	x: number;
	lo: number;
	hi: number;
	highlight: boolean;
	/** Dot diameter in px (drawn in the HTML layer, so it stays round in a stretched box). */
	d: number;
}

interface Tick {
	/** Percent along the axis. */
	at: number;
	label: string;
	/** Where the label sits on its tick: centred, or inside the axis near an end. */
	align?: 'start' | 'middle' | 'end';
}

interface TimelineLabel {
	text: string;
	x: number;
	y: number;
	/** Which side of the point the text sits on. */
	anchor: 'start' | 'end';
	below: boolean;
	highlight: boolean;
	/** The step's note (the latest point's label). */
	note: boolean;
}

export interface TimelineState {
	/** SVG path in a 0–100 box. */
	path: string;
	/** Dots: position in percent of the plot, diameter `d` in px. */
	points: { key: string; x: number; y: number; highlight: boolean; d: number }[];
	/** The last one is the step's note, by the released model's latest point. */
	labels: TimelineLabel[];
	xTicks: Tick[];
	yTicks: Tick[];
}

export interface LeaderboardState {
	view: LeaderboardStep['board'];
	axisTitle: string;
	/** What the step shows, written on the chart: under the highlighted row, or by the last point. */
	note: string;
	/**
	 * The board's rows, ordered by key (not by place), so that a model keeps its element, and
	 * the elements their order, from board to board: a row moves to its new place instead of
	 * being re-inserted (empty in the timeline view).
	 */
	rows: RowMark[];
	/**
	 * Every model of the other boards that is not on this one, where it stands on the nearest
	 * board that has it (the one before, else the one after): drawn unseen, so a row that comes or
	 * goes with a step fades where it stands and no mark is added or removed (by key; empty in the
	 * timeline view).
	 */
	resting: RowMark[];
	/** The slot under the highlighted row that holds the note (percent of the rows box). */
	callout: { y: number; h: number } | null;
	/** Marker for rows left out of a long board. */
	gap: { y: number; h: number; text: string } | null;
	xTicks: Tick[];
	timeline: TimelineState | null;
}

/**
 * The box width (px) from which the board is laid out wide: a wider score track, denser rows,
 * more ticks (Board.html.svelte and Box.svelte switch at the same width, by container query).
 */
export const WIDE_FROM = 520;

/**
 * The height of the note's slot and of the gap marker, in row heights: shorter than a row,
 * except in a phone's dense rows, where one line of their text is taller than a row.
 */
const shortSlot = (size: Size) => (size.width < WIDE_FROM ? 1.2 : 0.75);
/**
 * A phone's name column (Board.html.svelte: the box left of the track, less the rank and a
 * gap) and its type: a name wider than the column wraps to a second line, so its row gets two
 * row heights and the one-line rows can be dense. The glyph width is a generous average for
 * the sans-serif at 10 px, so a name is never given one line and drawn on two.
 */
const NAME_COLUMN_REM = 1.6 + 0.4;
const NAME_GLYPH_PX = 10 * 0.62;
/** Room right of the widest interval for its score label, in px (gap and four digits). */
const LABEL_ROOM_PX = 40;
/** Half a tick label's width, in px: closer than this to an end of the axis, a label is set
 * inside it (centred, it would be cut by the chart's edge or run into the column headers). */
const TICK_HALF_PX = 18;

/**
 * The score track's width in px for a chart box `width` wide: the share the layers give it
 * (Chart.svelte's container query: 34% of the box on a phone, so most names fit on one line
 * and the rows can be dense; 56% from 520 px).
 */
export function trackWidth(width: number): number {
	return width * (width < WIDE_FROM ? 0.34 : 0.56);
}

export function leaderboardState(
	data: LeaderboardData,
	step: LeaderboardStep,
	size: Size,
	lang: Lang,
	labels: LeaderboardLabels
): LeaderboardState {
	const axisTitle = {
		default: labels.axis_default,
		style: labels.axis_style,
		public: labels.axis_public,
		timeline: labels.axis_timeline
	}[step.board];
	if (step.board === 'timeline') {
		return {
			view: 'timeline',
			axisTitle,
			note: step.note,
			rows: [],
			resting: [],
			callout: null,
			gap: null,
			xTicks: [],
			timeline: timelineState(data, step.note, size, lang, labels)
		};
	}
	const id = step.board;
	const board = boardState(data, id, size, lang, labels);
	const here = new Set(board.rows.map((r) => r.key));
	const others = BOARDS.filter((b) => b !== id).sort((a, b) => nearness(id, a) - nearness(id, b));
	const resting = new Map<string, RowMark>();
	for (const other of others) {
		for (const r of boardState(data, other, size, lang, labels).rows) {
			if (!here.has(r.key) && !resting.has(r.key)) resting.set(r.key, r);
		}
	}
	return {
		view: id,
		axisTitle,
		note: step.note,
		...board,
		resting: [...resting.values()].sort(byKey)
	};
}

/** The boards in the story's order. */
const BOARDS: BoardId[] = ['default', 'style', 'public'];
/** How far `other` is from `board` in the story, the one before first at equal distance. */
const nearness = (board: BoardId, other: BoardId) => {
	const d = BOARDS.indexOf(other) - BOARDS.indexOf(board);
	return Math.abs(d) * 2 + (d > 0 ? 1 : 0);
};
/** Rows in one fixed order, by model key (so a model keeps its element from step to step). */
export const byKey = (a: { key: string }, b: { key: string }) =>
	a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

function boardState(
	data: LeaderboardData,
	board: BoardId,
	size: Size,
	lang: Lang,
	labels: LeaderboardLabels
): Pick<LeaderboardState, 'rows' | 'callout' | 'gap' | 'xTicks' | 'timeline'> {
	const rows = data.boards[board];
	const highlightKey = board === 'public' ? data.keys.public : data.keys.experimental;
	const hl = rows.findIndex((r) => r.key === highlightKey);
	// A gap marker stands where the board skips places (the long 13 April board), and the note
	// takes a slot under the highlighted row; both are shorter than a row (one line of text).
	const gapAfter = rows.findIndex((r, i) => i > 0 && r.position - rows[i - 1]!.position > 1) - 1;
	const SHORT_SLOT = shortSlot(size);
	const column = size.width - trackWidth(size.width) - 16 * NAME_COLUMN_REM;
	/** A row's height in row heights: two where its name wraps (phones only). */
	const tall = (r: BoardRow) =>
		size.width < WIDE_FROM && r.name.length * NAME_GLYPH_PX > column ? 2 : 1;
	/** Top of row i, in row heights. */
	const slotOf = (i: number) =>
		rows.slice(0, i).reduce((sum, r) => sum + tall(r), 0) +
		(gapAfter >= 0 && i > gapAfter ? SHORT_SLOT : 0) +
		(hl >= 0 && i > hl ? SHORT_SLOT : 0);
	const h = 100 / slotOf(rows.length);

	const track = trackWidth(size.width);
	const room = Math.min(0.4, LABEL_ROOM_PX / track);
	const lo = min(rows, (r) => r.lo) ?? 0;
	const hi = max(rows, (r) => r.hi) ?? 1;
	const x = scaleLinear()
		.domain([lo, hi + ((hi - lo) * room) / (1 - room)])
		.range([0, 100]);
	// The fewest round ticks (from three on a phone, five wider) with room between their
	// labels, else the outer two of three; a label near an end of the axis is set inside it rather than centred on its tick.
	const inside = (n: number) => x.ticks(n).filter((t) => x(t) >= 0 && x(t) <= 100);
	const roomy = (ts: number[]) => ts.length >= 2 && ((x(ts[1]!) - x(ts[0]!)) / 100) * track >= 48;
	const ticks = [3, 4, 5, 6, 8, 10]
		.filter((n) => n >= (size.width < WIDE_FROM ? 3 : 5))
		.map(inside)
		.find(roomy) ?? [inside(3)[0]!, inside(3).at(-1)!];
	const edge = (100 * TICK_HALF_PX) / track;
	const xTicks = ticks.map((t): Tick => ({
		at: toHundredths(x(t)),
		label: formatScore(t, lang),
		align: x(t) < edge ? 'start' : x(t) > 100 - edge ? 'end' : 'middle'
	}));

	const hiddenCount =
		gapAfter >= 0 ? rows[gapAfter + 1]!.position - rows[gapAfter]!.position - 1 : 0;
	return {
		rows: rows
			.map((r: BoardRow, i): RowMark => ({
				key: r.key,
				name: r.name,
				rank: formatNumber(r.rank, lang),
				score: formatScore(r.score, lang),
				y: toHundredths(slotOf(i) * h),
				h: toHundredths(tall(r) * h),
				x: toHundredths(x(r.score)),
				lo: toHundredths(x(r.lo)),
				hi: toHundredths(x(r.hi)),
				highlight: i === hl,
				d: i === hl ? DOT.boardHighlight : DOT.board
			}))
			.sort(byKey),
		callout:
			hl >= 0
				? { y: toHundredths((slotOf(hl) + tall(rows[hl]!)) * h), h: toHundredths(SHORT_SLOT * h) }
				: null,
		gap:
			gapAfter >= 0 && hiddenCount > 0
				? {
						y: toHundredths((slotOf(gapAfter + 1) - SHORT_SLOT) * h),
						h: toHundredths(SHORT_SLOT * h),
						text: labels.hidden_rows
					}
				: null,
		xTicks,
		timeline: null
	};
}

function timelineState(
	data: LeaderboardData,
	note: string,
	size: Size,
	lang: Lang,
	labels: LeaderboardLabels
): TimelineState {
	const pub = data.timeline.public;
	const exp = data.timeline.experimental;
	const all: TimelinePoint[] = [...exp, ...pub];
	const date = (p: TimelinePoint) => new Date(`${p.date}T00:00:00Z`);
	const first = min(all, date)!;
	const last = max(all, date)!;
	const x = scaleUtc().domain([first, last]).range([0, 100]);
	const worst = max(pub, (p) => p.rank) ?? 60;
	// Rank 1 at the top; room below the worst rank for its label.
	const y = scaleLinear()
		.domain([1, Math.ceil((worst * 1.18) / 10) * 10])
		.range([0, 100]);
	const path =
		line<TimelinePoint>()
			.x((p) => toHundredths(x(date(p))))
			.y((p) => toHundredths(y(p.rank)))(pub) ?? '';

	const firstPublic = pub.find((p) => p.date === data.publicDate) ?? pub[0]!;
	const lastPublic = pub.at(-1)!;
	const firstExp = exp[0]!;
	const sep = lang === 'zh' ? '：' : ': ';
	const texts: TimelineLabel[] = [
		{
			text: `${labels.series_experimental}${sep}${formatRankOf(firstExp.rank, firstExp.models, lang)}`,
			x: toHundredths(x(date(firstExp))),
			y: toHundredths(y(firstExp.rank)),
			anchor: 'start',
			below: true,
			highlight: false,
			note: false
		},
		{
			text: `${labels.series_public}${sep}${formatRankOf(firstPublic.rank, firstPublic.models, lang)}`,
			x: toHundredths(x(date(firstPublic))),
			y: toHundredths(y(firstPublic.rank)),
			anchor: 'start',
			below: false,
			highlight: true,
			note: false
		},
		{
			text: note,
			x: toHundredths(x(date(lastPublic))),
			y: toHundredths(y(lastPublic.rank)),
			anchor: 'end',
			below: true,
			highlight: true,
			note: true
		}
	];
	const months = x.ticks(size.width < WIDE_FROM ? 4 : 5).filter((d) => d.getUTCDate() === 1);
	return {
		path,
		points: [
			...exp.map((p, i) => ({
				key: `e${i}`,
				x: toHundredths(x(date(p))),
				y: toHundredths(y(p.rank)),
				highlight: false,
				d: DOT.timeline
			})),
			...pub.map((p, i) => ({
				key: `p${i}`,
				x: toHundredths(x(date(p))),
				y: toHundredths(y(p.rank)),
				highlight: true,
				d: DOT.timelineLine
			}))
		],
		labels: texts,
		xTicks: months.map((d) => ({
			at: toHundredths(x(d)),
			label: formatDate(d.toISOString().slice(0, 7), lang, 'short')
		})),
		yTicks: y
			.ticks(size.height < 360 ? 4 : 6)
			.filter((t) => t >= 1)
			.concat([1])
			.filter((t, i, a) => a.indexOf(t) === i)
			.sort((a, b) => a - b)
			.map((t) => ({ at: toHundredths(y(t)), label: formatNumber(t, lang) }))
	};
}
