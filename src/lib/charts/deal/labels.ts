/**
 * The deal chart's words at one step, each placed by the marks it is about (in percent of the
 * box), the step's note among them.
 */
import { formatScore, parseIsoDate, type Lang } from '$lib/format';
import { toHundredths } from '../shared/size';
import type { DealLabels, DealView } from './chart';
import {
	ACQ,
	STAKE,
	VALUATION,
	acquisitionSquares,
	pctY,
	valuationLayout,
	type AgesState,
	type Person
} from './layout';
import type { AcquisitionKey, DealData } from './types';

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

/** A year as a chart label: en "2014", zh "2014年". */
function yearLabel(date: string, lang: Lang): string {
	const y = formatScore(parseIsoDate(date).date.getUTCFullYear(), lang);
	return lang === 'zh' ? `${y}年` : y;
}

/** The labels of one step, placed for that step. */
export function viewLabels(
	view: DealView,
	data: DealData,
	note: string,
	labels: DealLabels,
	lang: Lang,
	ages: AgesState
): Label[] {
	const x = (u: number) => toHundredths(u);
	if (view === 'stake') {
		const { x: x0, y: y0, side } = STAKE;
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
				width: toHundredths(x(v.wx - 3) - x(v.px))
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
			// As wide as the room left of the stake's squares (it wraps rather than runs into them),
			// and set on its square's bottom edge, the box's, so extra lines grow upward.
			{
				...beside('instagram', [
					labels.acq_instagram,
					...priced(labels.acq_instagram_value, 'instagram')
				]),
				y: pctY(sq.instagram!.y + sq.instagram!.s),
				valign: 'bottom',
				width: toHundredths(scale.x - 1.5 - (sq.instagram!.x + sq.instagram!.s + 2.5))
			},
			{
				key: 'scale',
				lines: [labels.acq_scale, labels.acq_scale_value, yearLabel(data.date, lang)],
				x: x(scale.x - 2.5),
				y: pctY(scale.y),
				align: 'end',
				valign: 'top',
				tone: 'highlight'
			},
			// Under Oculus, above the stake: the room the small squares leave. Set on the stake's top
			// edge, so however many lines it wraps to on a narrow phone, it grows away from the stake.
			{
				key: 'note',
				lines: [note],
				x: sq.oculus!.x,
				y: pctY(scale.y - 1.5),
				align: 'start',
				valign: 'bottom',
				tone: 'note',
				width: toHundredths(ACQ.right - sq.oculus!.x)
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
			width: toHundredths(100 - ages.reorg.x0 - 2)
		}
	];
}
