/**
 * Every number, date, ordinal and currency the reader sees is formatted here, for the loader
 * (copy placeholders) and the charts alike. Precision travels with the figure, never guessed.
 */

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'] as const;

/** BCP 47 tags for `<html lang>` and Intl. Simplified Chinese is the piece's first language. */
const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** Units a figure can carry. Money units name currency and scale, as in the fact sheet. */
export type Unit =
	| 'count'
	| 'score'
	| 'points'
	| 'rank'
	| 'position'
	| 'percent'
	| 'years'
	| 'date'
	| 'month'
	| 'year'
	| 'USD billion'
	| 'USD million'
	| 'EUR billion'
	| 'EUR million';

export const UNITS: readonly Unit[] = [
	'count',
	'score',
	'points',
	'rank',
	'position',
	'percent',
	'years',
	'date',
	'month',
	'year',
	'USD billion',
	'USD million',
	'EUR billion',
	'EUR million'
];

const MONEY: Record<string, { currency: 'USD' | 'EUR'; scale: number }> = {
	'USD billion': { currency: 'USD', scale: 1e9 },
	'USD million': { currency: 'USD', scale: 1e6 },
	'EUR billion': { currency: 'EUR', scale: 1e9 },
	'EUR million': { currency: 'EUR', scale: 1e6 }
};

function isMoney(unit: Unit): boolean {
	return unit in MONEY;
}

/**
 * Intl formatters are slow to build (a millisecond or more each on a phone, and the page formats
 * dozens of dates and numbers while it starts): each one is built once per locale and options.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(
	key: string,
	make: () => T
): T {
	let f = formatters.get(key) as T | undefined;
	if (!f) formatters.set(key, (f = make()));
	return f;
}

/** Plain number with grouping, exactly `precision` decimals at most (trailing zeros dropped). */
export function formatNumber(value: number, lang: Lang, precision = 0, grouping = true): string {
	return cached(
		`n|${lang}|${precision}|${grouping}`,
		() =>
			new Intl.NumberFormat(LOCALE[lang], {
				maximumFractionDigits: precision,
				minimumFractionDigits: 0,
				useGrouping: grouping
			})
	).format(value);
}

/** Arena scores, points and ranks are written as bare numbers (1417), as the leaderboard does. */
export function formatScore(value: number, lang: Lang): string {
	return formatNumber(value, lang, 0, false);
}

/** Decimal places of a number as written, so 13.79 keeps both digits after a change of scale. */
function decimalsOf(value: number): number {
	const s = String(value);
	const dot = s.indexOf('.');
	return dot < 0 ? 0 : s.length - dot - 1;
}

/**
 * Significant digits of a value written with `decimals` places (14.3 with 1 → 3, 500 with 0 → 3,
 * 0.05 with 2 → 1): the same count in any scale, so 14.3 billion is 143亿 and never rounded to 140亿.
 */
function significantDigits(value: number, decimals: number): number {
	if (value === 0) return 1;
	return Math.min(21, Math.max(1, Math.floor(Math.log10(Math.abs(value))) + 1 + decimals));
}

/**
 * Large amounts in the language's own words, by Intl's compact notation: en "14.3 billion",
 * "500 million" (long form, never "14.3B"); zh "143亿", "2000万", or with `currency` "143亿美元".
 * `digits`: significant digits kept, so nothing is rounded away from the source.
 */
function compact(amount: number, lang: Lang, digits: number, currency?: 'USD' | 'EUR'): string {
	return cached(
		`c|${lang}|${digits}|${currency}`,
		() =>
			new Intl.NumberFormat(LOCALE[lang], {
				notation: 'compact',
				compactDisplay: 'long',
				maximumSignificantDigits: digits,
				// Grouped as plain numbers are ("1,234.5678万"), but not money: "2000万美元".
				useGrouping: !currency,
				...(currency && { style: 'currency', currency, currencyDisplay: 'name' })
			})
	).format(amount);
}

/**
 * Money in words a reader (and a screen reader) says right:
 * en "$14.3 billion", "€500 million"; zh "143亿美元", "5亿欧元", "1.05亿欧元".
 * `precision` is the number of decimals the source gives in `unit` (13.79 → 2).
 */
export function formatMoney(value: number, unit: Unit, lang: Lang, precision?: number): string {
	const money = MONEY[unit];
	if (!money) throw new Error(`formatMoney: "${unit}" is not a money unit`);
	const digits = significantDigits(value, precision ?? decimalsOf(value));
	const amount = value * money.scale;
	// Intl's English compact currency is "$14B" only; the house writes the word, after the symbol.
	if (lang === 'en')
		return `${money.currency === 'USD' ? '$' : '€'}${compact(amount, 'en', digits)}`;
	return compact(amount, 'zh', digits, money.currency);
}

/** Percent of a whole, given in percent units: 49 → "49%" (both languages write it so). */
function formatPercent(value: number, lang: Lang, precision = 0): string {
	return `${formatNumber(value, lang, precision)}%`;
}

const EN_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const EN_ORDINALS = [
	'first',
	'second',
	'third',
	'fourth',
	'fifth',
	'sixth',
	'seventh',
	'eighth',
	'ninth'
];
// 零 rather than 〇 for zero: 〇 is a digit in written-out years, 零 is the word for a count of none.
const ZH_NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

const isWhole = (n: number, below: number) => Number.isInteger(n) && n >= 0 && n < below;

/**
 * A count in house style (the `|words` placeholder format): en words under ten ("four"), digits
 * from 10 ("13"); zh 零 to 十 up to ten ("四"), digits beyond ("13").
 */
export function formatWords(n: number, lang: Lang): string {
	if (lang === 'zh') return isWhole(n, 11) ? ZH_NUMERALS[n]! : formatNumber(n, 'zh', decimalsOf(n));
	return isWhole(n, 10) ? EN_WORDS[n]! : formatNumber(n, 'en', decimalsOf(n));
}

/**
 * Ordinal in house style: en "first" … "ninth", then "10th", "13th", "32nd"; zh "第二" … "第十",
 * then "第13".
 */
export function formatOrdinal(n: number, lang: Lang): string {
	if (lang === 'zh') return `第${formatWords(n, 'zh')}`;
	if (n >= 1 && isWhole(n, 10)) return EN_ORDINALS[n - 1]!;
	const rule = cached('p|en', () => new Intl.PluralRules('en', { type: 'ordinal' })).select(n);
	const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th' }[rule as string] ?? 'th';
	return `${n}${suffix}`;
}

/**
 * An age or span in years (the `|age` placeholder format). Chinese always carries 岁, because a
 * half year is said 36岁半: "65岁", "36岁半". English is the number alone, the copy adds "years"
 * or "aged": "65", "36 and a half". Other fractions stay decimals ("36.3" / "36.3岁").
 */
export function formatAge(years: number, lang: Lang): string {
	const whole = Math.floor(years);
	const half = years - whole === 0.5;
	const number = formatNumber(half ? whole : years, lang, half ? 0 : decimalsOf(years));
	if (lang === 'zh') return `${number}岁${half ? '半' : ''}`;
	return half ? `${number} and a half` : number;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

/** Parses YYYY, YYYY-MM or YYYY-MM-DD as a UTC date; throws on anything else. */
export function parseIsoDate(text: string): { date: Date; granularity: 'year' | 'month' | 'day' } {
	const m = ISO_DATE.exec(text.trim());
	if (!m) throw new Error(`"${text}" is not a date in the form YYYY-MM-DD, YYYY-MM or YYYY`);
	const [, y, mo, d] = m;
	const date = new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1));
	if (Number.isNaN(date.getTime())) throw new Error(`"${text}" is not a real date`);
	return { date, granularity: d ? 'day' : mo ? 'month' : 'year' };
}

/**
 * Dates in UTC, so no reader's time zone moves a day:
 * en "6 April 2025", "April 2012", zh "2025年4月6日", "2012年4月".
 */
export function formatDate(text: string, lang: Lang, style: 'long' | 'short' = 'long'): string {
	const { date, granularity } = parseIsoDate(text);
	const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
	// Short months: en "Apr", zh "4月" (not "四月").
	if (granularity !== 'year') {
		options.month = style === 'long' ? 'long' : lang === 'en' ? 'short' : 'numeric';
	}
	if (granularity === 'day') options.day = 'numeric';
	if (style === 'short') delete options.year;
	const locale = lang === 'en' ? 'en-GB' : 'zh-CN';
	return cached(
		`d|${locale}|${JSON.stringify(options)}`,
		() => new Intl.DateTimeFormat(locale, options)
	).format(date);
}

/** A date known only roughly: en "about 2 January 2026", zh "2026年1月2日前后". */
export function formatApproximateDate(text: string, lang: Lang): string {
	return lang === 'zh' ? `${formatDate(text, 'zh')}前后` : `about ${formatDate(text, 'en')}`;
}

/** A figure's value as prose, by its unit. */
export function formatValue(
	value: number | string,
	unit: Unit,
	lang: Lang,
	precision?: number
): string {
	if (unit === 'date' || unit === 'month' || unit === 'year')
		return formatDate(String(value), lang);
	if (typeof value !== 'number') throw new Error(`formatValue: ${unit} needs a number`);
	if (isMoney(unit)) return formatMoney(value, unit, lang, precision);
	if (unit === 'percent') return formatPercent(value, lang, precision ?? decimalsOf(value));
	if (unit === 'position') return formatOrdinal(value, lang);
	if (unit === 'score' || unit === 'points' || unit === 'rank') return formatScore(value, lang);
	return formatNumber(value, lang, precision ?? decimalsOf(value));
}

/** "No. 32 of 185" / "第32名（共185个）": a leaderboard rank with the size of the board. */
export function formatRankOf(rank: number, total: number, lang: Lang): string {
	return lang === 'zh'
		? `第${formatNumber(rank, 'zh')}名（共${formatNumber(total, 'zh')}个）`
		: `No. ${formatNumber(rank, 'en')} of ${formatNumber(total, 'en')}`;
}

/**
 * A large count in words: en "1.2 billion", "1 million"; zh "12亿", "100万" (the `|large`
 * placeholder format), every digit kept. Below a million (en) or ten thousand (zh): digits, "78,450".
 */
export function formatLargeCount(n: number, lang: Lang): string {
	if (n < (lang === 'zh' ? 1e4 : 1e6)) return formatNumber(n, lang, decimalsOf(n));
	return compact(n, lang, significantDigits(n, decimalsOf(n)));
}
