/**
 * The layoffs chart at one step: a pure function of (data, step settings, size, language).
 * Everything is placed in a 4:5 box, 100 units across and `LAYOFFS_H` down (the chart keeps
 * that shape, so the 600 squares stay square and the box fills a phone's chart area): marks,
 * bars and the arrow in units; labels and team chips in percent of the box's width and height.
 * Each step's note is a label set by the marks it is about.
 *
 * The 600 marks are one undivided group in every view: no source gives a count per team, so
 * the teams are drawn as equal-sized labelled chips marked "hit" or "spared", never as areas.
 */
import type { Lang } from '$lib/format';
import { toHundredths, type Size } from '../shared/size';
import type { LayoffsLabels, LayoffsStep, LayoffsView } from './chart';
import type { LayoffsData } from './types';

/** One role: its top-left corner and side, in units of the box. */
interface Mark {
	x: number;
	y: number;
	s: number;
}

/**
 * The marks never move relative to each other: every view draws the same grid of
 * `MARK_COLS` columns, only placed and scaled as a whole. So a step change animates one
 * transform on one layer (cheap enough for a phone), not 600.
 */
interface Block {
	/** Top-left of the grid and the pitch of one cell, in units of the box. */
	x: number;
	y: number;
	pitch: number;
	cols: number;
	rows: number;
}

type LabelSize = 'title' | 'note' | 'body' | 'small';

/** The box is 100 units wide and this many tall (4:5). */
export const LAYOFFS_H = 125;
const pctY = (y: number) => toHundredths((y / LAYOFFS_H) * 100);

interface Label {
	key: string;
	text: string;
	/** Left, y and width of the text box, in percent of the chart box's width, height, width. */
	x: number;
	y: number;
	w: number;
	/** Whether y is the box's top edge or its bottom edge (labels sitting on a bar). */
	anchor: 'top' | 'middle' | 'bottom';
	/** A smaller line under the text (who reported it), or ''. */
	sub: string;
	size: LabelSize;
	visible: boolean;
}

interface Chip {
	key: 'tbd' | 'fair' | 'product' | 'infra';
	name: string;
	/** "hit" or "spared" in words, so colour never carries the meaning alone. */
	status: string;
	hit: boolean;
	x: number;
	y: number;
	w: number;
	h: number;
	showStatus: boolean;
	visible: boolean;
}

interface Rect {
	x: number;
	y: number;
	w: number;
	h: number;
}

export interface LayoffsState {
	view: LayoffsView;
	/** The step's note, drawn by the marks it is about, or at the end of the label `in`. */
	note: Label & { in: string | undefined };
	marks: Mark[];
	block: Block;
	marksVisible: boolean;
	labels: Label[];
	chips: Chip[];
	/** The reported review rule: an arrow from TBD Lab to FAIR (rule view only). */
	arrow: { x: number; y1: number; y2: number; visible: boolean };
	/** Part-to-whole bars (context view only). */
	bars: {
		visible: boolean;
		meta: Rect;
		/** The cut's share of Meta's headcount, same height as the bar. */
		metaCut: Rect;
		/** MSL before the cuts (estimate): the cut segment (filled by the marks) and the rest. */
		mslCut: Rect;
		mslRest: Rect;
	};
}

/** Share of a cell a mark fills (the rest is the gap between marks). */
export const MARK_FILL = 0.8;
const MARK_COLS = 24;

/** Where each of the `n` marks of a block lands (for tests and the prerendered layout). */
function marksOf(n: number, b: Block): Mark[] {
	const gap = (b.pitch * (1 - MARK_FILL)) / 2;
	return Array.from({ length: n }, (_, i) => ({
		x: toHundredths(b.x + (i % b.cols) * b.pitch + gap),
		y: toHundredths(b.y + Math.floor(i / b.cols) * b.pitch + gap),
		s: toHundredths(b.pitch * MARK_FILL)
	}));
}

/**
 * Grid layout per view (units): the cut view's block centred, the teams view's at the left,
 * below room for a title that wraps to two lines in a 320 px phone's box.
 */
const CUT_GRID = { pitch: 3.4, top: 24 };
const TEAMS_GRID = { pitch: 1.6, top: 20, left: 1 };
/** The largest pitch: the block's SVG is laid out at it and scaled down in other views. */
export const MARK_REF_PITCH = CUT_GRID.pitch;
/** Rule view: TBD Lab's chip on top, the reported rule beside the arrow down to FAIR's. */
const RULE_TBD_Y = 9;
const RULE_FAIR_Y = 80;
/** Context view: the MSL bar, cut segment first; the marks fill the cut segment exactly. */
const MSL_BAR_TOP = 72;
const META_BAR = { y: 13, h: 13 };

/** Chips, in units. */
const CHIP_W = 48;
const CHIP_H = 13;
/**
 * A box narrower than this (px) stands the teams' chips in one column, each nearly the box's
 * width: the chart's words keep a legible floor as the box shrinks (Box.svelte), so two chips to
 * a row no longer hold the English names and statuses (on a 360 px phone the English page, whose
 * taller step cards leave the chart less height, draws the box 187 px wide).
 */
export const ONE_COLUMN_BELOW = 260;
// Taller too: in the smallest boxes the name and status need the chip's full height.
const ONE_COLUMN = { w: 98, h: 14.5, top: 60.5, gap: 1.5 };

export function layoffsState(
	data: LayoffsData,
	step: LayoffsStep,
	size: Size,
	_lang: Lang,
	labels: LayoffsLabels
): LayoffsState {
	const view = step.view;
	const n = data.cut;
	const metaShare = n / data.metaHeadcount;
	// Before the cuts MSL had about cut + "just under" mslAfter: an estimate, labelled as one.
	const mslShare = n / (n + data.mslAfter);

	// The cut segment of the MSL bar is mslShare of the width; the marks fill it in `cols`
	// columns, so the bar's height follows from the number of rows.
	const segW = 100 * mslShare;
	const rows = Math.ceil(n / MARK_COLS);
	const ctxPitch = segW / MARK_COLS;
	const ctxH = rows * ctxPitch;

	const centred = (pitch: number, top: number): Block => ({
		x: toHundredths((100 - MARK_COLS * pitch) / 2),
		y: top,
		pitch,
		cols: MARK_COLS,
		rows
	});
	const block: Block =
		view === 'teams'
			? { x: TEAMS_GRID.left, y: TEAMS_GRID.top, pitch: TEAMS_GRID.pitch, cols: MARK_COLS, rows }
			: view === 'context'
				? { x: 0, y: MSL_BAR_TOP, pitch: ctxPitch, cols: MARK_COLS, rows }
				: centred(CUT_GRID.pitch, CUT_GRID.top);
	const marks = marksOf(n, block);

	const oneColumn = view === 'teams' && size.width < ONE_COLUMN_BELOW;
	const chipAt: Record<Chip['key'], { x: number; y: number }> =
		view === 'rule'
			? {
					tbd: { x: 1, y: RULE_TBD_Y },
					fair: { x: 1, y: RULE_FAIR_Y },
					product: { x: 1, y: RULE_FAIR_Y + 14.5 },
					infra: { x: 1, y: RULE_FAIR_Y + 29 }
				}
			: oneColumn
				? {
						fair: { x: 1, y: ONE_COLUMN.top },
						product: { x: 1, y: ONE_COLUMN.top + ONE_COLUMN.h + ONE_COLUMN.gap },
						infra: { x: 1, y: ONE_COLUMN.top + 2 * (ONE_COLUMN.h + ONE_COLUMN.gap) },
						tbd: { x: 1, y: ONE_COLUMN.top + 3 * (ONE_COLUMN.h + ONE_COLUMN.gap) }
					}
				: {
						fair: { x: 1, y: 62 },
						product: { x: 51, y: 62 },
						infra: { x: 1, y: 79 },
						tbd: { x: 51, y: 96 }
					};
	const chipShown = view === 'rule' || view === 'teams';
	const chips: Chip[] = (
		[
			['tbd', labels.team_tbd, false],
			['fair', labels.team_fair, true],
			['product', labels.team_product, true],
			['infra', labels.team_infra, true]
		] as const
	).map(([key, name, hit]) => ({
		key,
		name,
		status: hit ? labels.hit : labels.spared,
		hit,
		x: chipAt[key].x,
		y: pctY(chipAt[key].y),
		w: oneColumn ? ONE_COLUMN.w : CHIP_W,
		h: pctY(oneColumn ? ONE_COLUMN.h : CHIP_H),
		showStatus: view === 'teams',
		visible: chipShown
	}));

	/** A label, shown in `views` only; `y` in units (placed in percent of the box's height). */
	const label = ({
		views,
		y,
		anchor = 'top',
		sub = '',
		...rest
	}: Omit<Label, 'y' | 'anchor' | 'sub' | 'visible'> & {
		y: number;
		views: LayoffsView[];
		anchor?: Label['anchor'];
		sub?: string;
	}): Label => ({ ...rest, y: pctY(y), anchor, sub, visible: views.includes(view) });
	const restX = toHundredths(segW + 2);
	const cutBlock = centred(CUT_GRID.pitch, CUT_GRID.top);
	const ruleX = 1 + CHIP_W / 2 + 4;
	const labelList: Label[] = [
		label({
			key: 'msl_title',
			text: labels.msl_title,
			x: 0,
			y: 0,
			w: 100,
			size: 'body',
			views: ['rule']
		}),
		// Centred on the arrow, whatever the number of lines; the step's note closes the block.
		label({
			key: 'rule',
			text: labels.rule,
			sub: labels.rule_source,
			x: ruleX,
			y: toHundredths((RULE_TBD_Y + CHIP_H + RULE_FAIR_Y) / 2),
			w: toHundredths(100 - ruleX),
			anchor: 'middle',
			size: 'body',
			views: ['rule']
		}),
		label({
			key: 'cut_title',
			text: labels.cut_title,
			x: 0,
			y: 0,
			w: 100,
			size: 'title',
			views: ['cut', 'teams']
		}),
		label({
			key: 'legend',
			text: labels.legend,
			x: cutBlock.x,
			y: CUT_GRID.top - 1,
			w: 100,
			anchor: 'bottom',
			size: 'small',
			views: ['cut']
		}),
		label({
			key: 'meta_bar',
			text: labels.meta_bar,
			x: 0,
			y: META_BAR.y - 1.5,
			w: 100,
			anchor: 'bottom',
			size: 'body',
			views: ['context']
		}),
		label({
			key: 'meta_share',
			text: labels.meta_share,
			x: 0,
			y: META_BAR.y + META_BAR.h + 2.5,
			w: 100,
			size: 'small',
			views: ['context']
		}),
		label({
			key: 'msl_bar',
			text: labels.msl_bar,
			x: 0,
			y: MSL_BAR_TOP - 13,
			w: 100,
			anchor: 'bottom',
			size: 'body',
			views: ['context']
		}),
		label({
			key: 'msl_cut',
			text: labels.msl_cut,
			x: 0,
			y: MSL_BAR_TOP - 1.5,
			w: toHundredths(segW + 1),
			anchor: 'bottom',
			size: 'small',
			views: ['context']
		}),
		label({
			key: 'msl_rest',
			text: labels.msl_rest,
			x: restX,
			y: MSL_BAR_TOP - 1.5,
			w: toHundredths(100 - restX),
			anchor: 'bottom',
			size: 'small',
			views: ['context']
		}),
		label({
			key: 'msl_share',
			text: labels.msl_share,
			x: 0,
			y: toHundredths(MSL_BAR_TOP + ctxH + 3),
			w: 100,
			size: 'body',
			views: ['context']
		})
	];
	// The step's note, set by the marks it is about; keyed by step, so one fades into the next.
	const teamsRight = TEAMS_GRID.left + MARK_COLS * TEAMS_GRID.pitch + 4;
	const notePlace: Record<LayoffsView, { x: number; y: number; w: number }> = {
		rule: { x: ruleX, y: 0, w: toHundredths(100 - ruleX) },
		cut: {
			x: cutBlock.x,
			y: toHundredths(CUT_GRID.top + rows * CUT_GRID.pitch + 2),
			w: toHundredths(100 - 2 * cutBlock.x)
		},
		teams: { x: toHundredths(teamsRight), y: TEAMS_GRID.top, w: toHundredths(100 - teamsRight) },
		context: { x: 0, y: toHundredths(MSL_BAR_TOP + ctxH + 12), w: 100 }
	};
	const note = {
		...label({ key: 'note', text: step.note, ...notePlace[view], size: 'note', views: [view] }),
		key: `note-${view}`,
		in: view === 'rule' ? 'rule' : undefined
	};

	return {
		view,
		note,
		marks,
		block,
		marksVisible: view !== 'rule',
		labels: labelList,
		chips,
		arrow: {
			x: 1 + CHIP_W / 2,
			y1: RULE_TBD_Y + CHIP_H + 1,
			y2: RULE_FAIR_Y - 1,
			visible: view === 'rule'
		},
		bars: {
			visible: view === 'context',
			meta: { x: 0, y: META_BAR.y, w: 100, h: META_BAR.h },
			metaCut: { x: 0, y: META_BAR.y, w: toHundredths(100 * metaShare), h: META_BAR.h },
			mslCut: { x: 0, y: MSL_BAR_TOP, w: toHundredths(segW), h: toHundredths(ctxH) },
			mslRest: {
				x: toHundredths(segW),
				y: MSL_BAR_TOP,
				w: toHundredths(100 - segW),
				h: toHundredths(ctxH)
			}
		}
	};
}
