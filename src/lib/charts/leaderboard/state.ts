/**
 * The leaderboard chart at one step: a pure function of (data, step settings, size, language).
 * Positions are percentages of the boxes the layers draw in (rows: of the rows box; x: of the
 * score track), so the same state draws at any size and prerenders without a browser.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import { max, min } from 'd3-array';
import { formatDate, formatNumber, formatRankOf, formatScore, type Lang } from '$lib/format';
import { r2, type Size } from '../shared/size';
import { DOT } from './sizes';
import type {
	BoardId,
	BoardRow,
	LeaderboardData,
	LeaderboardLabels,
	LeaderboardStep,
	TimelinePoint
} from './types';

export interface RowMark {
	key: string;
	name: string;
	rank: string;
	score: string;
	/** Top of the row and its height, in percent of the rows box. */
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

export interface Tick {
	/** Percent along the axis. */
	at: number;
	label: string;
}

export interface TimelineLabel {
	text: string;
	x: number;
	y: number;
	/** Which side of the point the text sits on. */
	anchor: 'start' | 'end';
	below: boolean;
	highlight: boolean;
}

export interface TimelineState {
	/** SVG path in a 0–100 box. */
	path: string;
	/** Dots: position in percent of the plot, diameter `d` in px. */
	points: { key: string; x: number; y: number; highlight: boolean; d: number }[];
	labels: TimelineLabel[];
	xTicks: Tick[];
	yTicks: Tick[];
}

export interface LeaderboardState {
	view: LeaderboardStep['board'];
	axisTitle: string;
	note: string;
	/** The board's rows in order of their place on it (empty in the timeline view). */
	rows: RowMark[];
	/** Marker for rows left out of a long board. */
	gap: { y: number; h: number; text: string } | null;
	xTicks: Tick[];
	timeline: TimelineState | null;
}

/** Room kept right of the widest interval for its score label, as a share of the track. */
const LABEL_ROOM = 0.16;

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
			gap: null,
			xTicks: [],
			timeline: timelineState(data, size, lang, labels)
		};
	}
	return {
		view: step.board,
		axisTitle,
		note: step.note,
		...boardState(data, step.board, size, lang, labels)
	};
}

function boardState(
	data: LeaderboardData,
	board: BoardId,
	size: Size,
	lang: Lang,
	labels: LeaderboardLabels
): Pick<LeaderboardState, 'rows' | 'gap' | 'xTicks' | 'timeline'> {
	const rows = data.boards[board];
	const highlightKey = board === 'public' ? data.keys.public : data.keys.experimental;
	// A gap marker stands where the board skips places (the long 13 April board).
	const gapAfter = rows.findIndex((r, i) => i > 0 && r.position - rows[i - 1]!.position > 1) - 1;
	const slots = rows.length + (gapAfter >= 0 ? 1 : 0);
	const h = 100 / slots;
	const slotOf = (i: number) => (gapAfter >= 0 && i > gapAfter ? i + 1 : i);

	const lo = min(rows, (r) => r.lo) ?? 0;
	const hi = max(rows, (r) => r.hi) ?? 1;
	const x = scaleLinear()
		.domain([lo, hi + ((hi - lo) * LABEL_ROOM) / (1 - LABEL_ROOM)])
		.range([0, 100]);
	const tickCount = size.width < 520 ? 3 : 5;
	const xTicks = x
		.ticks(tickCount)
		.filter((t) => x(t) >= 0 && x(t) <= 100 * (1 - LABEL_ROOM / 2))
		.map((t) => ({ at: r2(x(t)), label: formatScore(t, lang) }));

	const hiddenCount =
		gapAfter >= 0 ? rows[gapAfter + 1]!.position - rows[gapAfter]!.position - 1 : 0;
	return {
		rows: rows.map((r: BoardRow, i): RowMark => ({
			key: r.key,
			name: r.name,
			rank: formatNumber(r.rank, lang),
			score: formatScore(r.score, lang),
			y: r2(slotOf(i) * h),
			h: r2(h),
			x: r2(x(r.score)),
			lo: r2(x(r.lo)),
			hi: r2(x(r.hi)),
			highlight: r.key === highlightKey,
			d: r.key === highlightKey ? DOT.boardHighlight : DOT.board
		})),
		gap:
			gapAfter >= 0 && hiddenCount > 0
				? { y: r2((gapAfter + 1) * h), h: r2(h), text: labels.hidden_rows }
				: null,
		xTicks,
		timeline: null
	};
}

function timelineState(
	data: LeaderboardData,
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
			.x((p) => r2(x(date(p))))
			.y((p) => r2(y(p.rank)))(pub) ?? '';

	const firstPublic = pub.find((p) => p.date === '2025-04-13') ?? pub[0]!;
	const lastPublic = pub.at(-1)!;
	const firstExp = exp[0]!;
	const sep = lang === 'zh' ? '：' : ': ';
	const texts: TimelineLabel[] = [
		{
			text: `${labels.series_experimental}${sep}${formatRankOf(firstExp.rank, firstExp.models, lang)}`,
			x: r2(x(date(firstExp))),
			y: r2(y(firstExp.rank)),
			anchor: 'start',
			below: true,
			highlight: false
		},
		{
			text: `${labels.series_public}${sep}${formatRankOf(firstPublic.rank, firstPublic.models, lang)}`,
			x: r2(x(date(firstPublic))),
			y: r2(y(firstPublic.rank)),
			anchor: 'start',
			below: false,
			highlight: true
		},
		{
			text: formatRankOf(lastPublic.rank, lastPublic.models, lang),
			x: r2(x(date(lastPublic))),
			y: r2(y(lastPublic.rank)),
			anchor: 'end',
			below: true,
			highlight: true
		}
	];
	const months = x.ticks(size.width < 520 ? 4 : 5).filter((d) => d.getUTCDate() === 1);
	return {
		path,
		points: [
			...exp.map((p, i) => ({
				key: `e${i}`,
				x: r2(x(date(p))),
				y: r2(y(p.rank)),
				highlight: false,
				d: DOT.timeline
			})),
			...pub.map((p, i) => ({
				key: `p${i}`,
				x: r2(x(date(p))),
				y: r2(y(p.rank)),
				highlight: true,
				d: DOT.timelineLine
			}))
		],
		labels: texts,
		xTicks: months.map((d) => ({
			at: r2(x(d)),
			label: formatDate(d.toISOString().slice(0, 7), lang, 'short')
		})),
		yTicks: y
			.ticks(size.height < 360 ? 4 : 6)
			.filter((t) => t >= 1)
			.concat([1])
			.filter((t, i, a) => a.indexOf(t) === i)
			.sort((a, b) => a - b)
			.map((t) => ({ at: r2(y(t)), label: formatNumber(t, lang) }))
	};
}
