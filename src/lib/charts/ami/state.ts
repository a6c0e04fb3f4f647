/**
 * The AMI chart at one step: a pure function of (data, step settings, size, language).
 * Lengths are percentages of the track they sit in, so the same state draws at any size and
 * prerenders without a browser. Euros and dollars live in separate panels with separate scales:
 * no state ever puts a euro and a dollar amount on one axis, and nothing is converted.
 */
import { scaleLinear } from 'd3-scale';
import { formatLargeCount, formatMoney, formatNumber, type Lang, type Unit } from '$lib/format';
import { toHundredths, type Size } from '../shared/size';
import type { AmiLabels, AmiStep, AmiView } from './chart';
import type { AmiData, Round } from './types';

interface Tick {
	/** Percent along the track. */
	at: number;
	label: string;
	/** Where the label hangs from its tick, so the end labels stay inside the track. */
	anchor: 'start' | 'middle' | 'end';
}

interface BarRow {
	key: string;
	name: string;
	/** Bar lengths in percent of the track (0 while the panel is hidden, so bars grow in). */
	raised: number;
	valuation: number;
	raisedText: string;
	valuationText: string;
	/** Whether each bar's words sit beside its end (a short bar) rather than above it. */
	raisedBeside: boolean;
	valuationBeside: boolean;
	highlight: boolean;
}

export interface Panel {
	currency: 'EUR' | 'USD';
	title: string;
	visible: boolean;
	ticks: Tick[];
	rows: BarRow[];
}

interface YearCell {
	key: string;
	group: 'fair' | 'chief';
	/** Top edge and height, in percent of the column (years run down, to fill a tall box). */
	y: number;
	h: number;
}

interface YearGroup {
	key: 'fair' | 'chief' | 'next';
	/** Short text inside the block ("5 years"); empty for the next step. */
	count: string;
	label: string;
	y: number;
	h: number;
}

export interface AmiState {
	view: AmiView;
	/**
	 * The step's note and the marks it is drawn by: the next step after the years, AMI's euro
	 * row, the dollar row, or the closing figures. Keyed by step, so one fades into the next.
	 */
	note: { key: string; text: string; at: AmiView };
	years: { visible: boolean; caption: string; cells: YearCell[]; groups: YearGroup[] };
	euros: Panel;
	dollars: Panel;
	/** True when the panels step back for the closing figures. */
	dim: boolean;
	bet: {
		visible: boolean;
		title: string;
		numbers: { key: string; prefix: string; value: string; label: string }[];
	};
}

/** Share of the column the twelve year blocks take; the rest holds the gap and the next step. */
const YEARS_SHARE = 74;
/** A bar at most this long (percent of its track) has its words beside its end, on its line. */
const BESIDE = 45;
const NEXT_GAP = 4;

export function amiState(
	data: AmiData,
	step: AmiStep,
	size: Size,
	lang: Lang,
	labels: AmiLabels
): AmiState {
	const view = step.view;
	const showEuros = view === 'euros' || view === 'dollars' || view === 'bet';
	const showDollars = view === 'dollars' || view === 'bet';
	const sep = lang === 'zh' ? '：' : ': ';

	// Euros: one scale for both rounds, from zero.
	const eurMax = Math.max(data.euros.mistral.valuation, data.euros.ami.valuation);
	const eur = scaleLinear().domain([0, eurMax]).range([0, 100]).nice();
	const eurRow = (round: Round, name: string, highlight: boolean): BarRow => ({
		key: round.key,
		raisedBeside: eur(round.raised) <= BESIDE,
		valuationBeside: eur(round.valuation) <= BESIDE,
		name,
		raised: showEuros ? toHundredths(eur(round.raised)) : 0,
		valuation: showEuros ? toHundredths(eur(round.valuation)) : 0,
		raisedText: `${labels.key_raised}${sep}${euroText(round.raised, lang)}`,
		valuationText: `${labels.key_valuation}${sep}${euroText(round.valuation, lang)}`,
		highlight
	});

	// Dollars: a scale of their own, in their own panel.
	// Rounded up to a whole billion so the longest bar does not fill the track and invite a
	// length comparison with the euro panel's longest bar.
	const usd = scaleLinear()
		.domain([0, Math.ceil(Math.max(data.dollars.raised, data.dollars.valuation))])
		.range([0, 100]);
	const d = data.dollars;

	const narrow = size.width < 520;
	return {
		view,
		note: { key: `note-${view}`, text: step.note, at: view },
		years: yearsState(data, view === 'exit', lang, labels),
		euros: {
			currency: 'EUR',
			title: labels.euro_title,
			visible: showEuros,
			ticks: ticks(eur, narrow ? 3 : 6, (v, last) => compactMoney(v, 'EUR million', lang, last)),
			rows: [
				eurRow(data.euros.mistral, labels.row_mistral, false),
				eurRow(data.euros.ami, labels.row_ami, true)
			]
		},
		dollars: {
			currency: 'USD',
			title: labels.dollar_title,
			visible: showDollars,
			ticks: ticks(usd, narrow ? 2 : 8, (v, last) => compactMoney(v, 'USD billion', lang, last)),
			rows: [
				{
					key: d.key,
					name: labels.row_close,
					raisedBeside: usd(d.raised) <= BESIDE,
					valuationBeside: usd(d.valuation) <= BESIDE,
					raised: showDollars ? toHundredths(usd(d.raised)) : 0,
					valuation: showDollars ? toHundredths(usd(d.valuation)) : 0,
					raisedText: `${labels.key_raised}${sep}${formatMoney(d.raised, 'USD billion', lang)}`,
					valuationText: `${labels.key_premoney}${sep}${formatMoney(d.valuation, 'USD billion', lang)}`,
					highlight: true
				}
			]
		},
		dim: view === 'bet',
		bet: {
			visible: view === 'bet',
			title: labels.bet_title,
			numbers: [
				{
					key: 'params',
					prefix: '',
					value: formatLargeCount(data.vjepa2.params, lang),
					label: labels.bet_params
				},
				{
					key: 'hours',
					prefix: labels.bet_more,
					value: formatLargeCount(data.vjepa2.hours, lang),
					label: labels.bet_hours
				}
			]
		}
	};
}

function yearsState(
	data: AmiData,
	visible: boolean,
	lang: Lang,
	labels: AmiLabels
): AmiState['years'] {
	const total = data.years.fair + data.years.chief;
	const w = YEARS_SHARE / total;
	const cells: YearCell[] = Array.from({ length: total }, (_, i) => ({
		key: `y${i}`,
		group: i < data.years.fair ? 'fair' : 'chief',
		y: toHundredths(i * w),
		h: toHundredths(w)
	}));
	const yearsText = (n: number) => (lang === 'zh' ? `${formatNumber(n, lang)}年` : `${n} years`);
	return {
		visible,
		caption: labels.years_caption,
		cells,
		groups: [
			{
				key: 'fair',
				count: yearsText(data.years.fair),
				label: labels.years_fair,
				y: 0,
				h: toHundredths(data.years.fair * w)
			},
			{
				key: 'chief',
				count: yearsText(data.years.chief),
				label: labels.years_chief,
				y: toHundredths(data.years.fair * w),
				h: toHundredths(data.years.chief * w)
			},
			{
				key: 'next',
				count: '',
				label: labels.years_next,
				y: YEARS_SHARE + NEXT_GAP,
				h: 100 - YEARS_SHARE - NEXT_GAP
			}
		]
	};
}

function ticks(
	scale: ReturnType<typeof scaleLinear<number, number>>,
	count: number,
	format: (v: number, last: boolean) => string
): Tick[] {
	const values = scale.ticks(count);
	return values.map((v, i) => ({
		at: toHundredths(scale(v)),
		label: format(v, i === values.length - 1),
		anchor: i === 0 ? 'start' : i === values.length - 1 && scale(v) > 90 ? 'end' : 'middle'
	}));
}

/** Euro amounts held in millions, written in billions from €1,000 million up ("€3 billion"). */
export function euroText(millions: number, lang: Lang): string {
	return millions >= 1000
		? formatMoney(Number(`${millions}e-3`), 'EUR billion', lang)
		: formatMoney(millions, 'EUR million', lang);
}

/**
 * Axis ticks, short: en "€1bn", "$500m"; zh "10亿", "5亿", the last one with its currency
 * ("30亿欧元"), so each axis names its own currency where a reader looks first.
 */
function compactMoney(value: number, unit: Unit, lang: Lang, last = false): string {
	const perBillion = unit === 'EUR million' || unit === 'USD million' ? 1000 : 1;
	const symbol = unit.startsWith('EUR') ? '€' : '$';
	const billions = Number(`${value}e0`) / perBillion;
	if (value === 0) return lang === 'zh' ? '0' : `${symbol}0`;
	if (lang === 'zh') {
		const yi = Number(`${billions}e1`);
		const currency = last ? (unit.startsWith('EUR') ? '欧元' : '美元') : '';
		return yi >= 1
			? `${formatNumber(yi, lang, 2)}亿${currency}`
			: `${formatNumber(Number(`${yi}e4`), lang)}万${currency}`;
	}
	return billions >= 1
		? `${symbol}${formatNumber(billions, lang, 2)}bn`
		: `${symbol}${formatNumber(Number(`${billions}e3`), lang)}m`;
}
