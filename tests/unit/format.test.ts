import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { loadAll } from '$lib/server/content/load';
import {
	formatAge,
	formatDate,
	formatLargeCount,
	formatMoney,
	formatNumber,
	formatOrdinal,
	formatRankOf,
	formatScore,
	formatValue,
	formatWords
} from '$lib/format';

describe('money', () => {
	it('says billion in words in English and keeps the source precision', () => {
		expect(formatMoney(14.3, 'USD billion', 'en')).toBe('$14.3 billion');
		expect(formatMoney(13.79, 'USD billion', 'en')).toBe('$13.79 billion');
		expect(formatMoney(500, 'EUR million', 'en')).toBe('€500 million');
		expect(formatMoney(3, 'EUR billion', 'en')).toBe('€3 billion');
	});
	it('counts in 亿 in Chinese without losing digits', () => {
		expect(formatMoney(14.3, 'USD billion', 'zh')).toBe('143亿美元');
		expect(formatMoney(13.79, 'USD billion', 'zh')).toBe('137.9亿美元');
		expect(formatMoney(1.03, 'USD billion', 'zh')).toBe('10.3亿美元');
		expect(formatMoney(500, 'EUR million', 'zh')).toBe('5亿欧元');
		expect(formatMoney(105, 'EUR million', 'zh')).toBe('1.05亿欧元');
		expect(formatMoney(3, 'EUR billion', 'zh')).toBe('30亿欧元');
	});
	it('uses 万 below one 亿', () => {
		expect(formatMoney(20, 'USD million', 'zh')).toBe('2000万美元');
	});
	it('never says 14.3G or $14.3B', () => {
		expect(formatValue(14.3, 'USD billion', 'en')).not.toMatch(/G|B/);
	});
	it('keeps the digits a precision asks for, where Intl alone would round (10亿, 1.1亿)', () => {
		expect(formatMoney(1.03, 'USD billion', 'zh', 2)).toBe('10.3亿美元');
		expect(formatMoney(1.03, 'USD billion', 'en', 2)).toBe('$1.03 billion');
		expect(formatMoney(105, 'EUR million', 'zh', 0)).toBe('1.05亿欧元');
		expect(formatMoney(29, 'USD billion', 'zh', 0)).toBe('290亿美元');
		// Trailing zeros of a precision are not written: 13.80 with 2 decimals reads 13.8.
		expect(formatMoney(13.8, 'USD billion', 'en', 2)).toBe('$13.8 billion');
	});
});

describe('every money and large-count figure in figures.csv reads back to its source value', () => {
	// The source values, read from the CSV here (d3-dsv), not through the loader's parsing.
	const rows = csvParse(readFileSync('src/data/figures.csv', 'utf8').replace(/^\uFEFF/, ''));
	const SCALE: Record<string, number> = {
		'USD billion': 1e9,
		'USD million': 1e6,
		'EUR billion': 1e9,
		'EUR million': 1e6,
		count: 1
	};
	const WORDS: Record<string, number> = {
		thousand: 1e3,
		million: 1e6,
		billion: 1e9,
		trillion: 1e12,
		万: 1e4,
		亿: 1e8,
		万亿: 1e12
	};
	const CURRENCY: Record<string, string> = { $: 'USD', '€': 'EUR', 美元: 'USD', 欧元: 'EUR' };
	/** The amount a reader reads in a text such as "$14.3 billion", "143亿美元" or "78,450". */
	function readBack(text: string): { amount: number; currency?: string } {
		const m =
			/^([$€])?([\d,]+(?:\.\d+)?)(?: (thousand|million|billion|trillion))?$/.exec(text) ??
			/^()([\d,]+(?:\.\d+)?)(万亿|亿|万)?(美元|欧元)?$/.exec(text);
		if (!m) throw new Error(`cannot read "${text}"`);
		const [, symbol, digits, word, name] = m;
		return {
			amount: Number(digits!.replaceAll(',', '')) * (word ? WORDS[word]! : 1),
			currency: CURRENCY[symbol || name || '']
		};
	}
	const figures = rows.filter((r) => r.unit! in SCALE);
	const { figures: registry } = loadAll();

	it('covers the figures (money in both currencies and scales, counts over a million)', () => {
		expect(figures.map((r) => r.unit)).toEqual(
			expect.arrayContaining(['USD billion', 'EUR million', 'EUR billion', 'count'])
		);
		expect(figures.some((r) => Number(r.value) >= 1e9 && r.unit === 'count')).toBe(true);
	});

	for (const row of figures) {
		for (const lang of ['zh', 'en'] as const) {
			const formats = row.unit === 'count' ? [undefined, 'large', 'number'] : [undefined];
			for (const format of formats) {
				it(`${row.id}${format ? `|${format}` : ''} (${row.value} ${row.unit}) in ${lang}`, () => {
					const text = registry.format(row.id!, lang, format);
					const { amount, currency } = readBack(text);
					const expected = Number(row.value) * SCALE[row.unit!]!;
					expect(Math.abs(amount - expected) / expected, `"${text}"`).toBeLessThan(1e-12);
					if (row.unit !== 'count') expect(currency, text).toBe(row.unit!.slice(0, 3));
				});
			}
		}
	}
});

describe('large counts', () => {
	it('in words above a million (en) or ten thousand (zh), every digit kept', () => {
		expect(formatLargeCount(1_200_000_000, 'en')).toBe('1.2 billion');
		expect(formatLargeCount(1_200_000_000, 'zh')).toBe('12亿');
		expect(formatLargeCount(1_000_000, 'en')).toBe('1 million');
		expect(formatLargeCount(1_000_000, 'zh')).toBe('100万');
		expect(formatLargeCount(123_456_789, 'zh')).toBe('1.23456789亿');
		expect(formatLargeCount(78_450, 'en')).toBe('78,450');
		expect(formatLargeCount(78_450, 'zh')).toBe('7.845万');
		expect(formatLargeCount(600, 'zh')).toBe('600');
	});
});

describe('numbers, ordinals and ranks', () => {
	it('groups counts, but writes scores bare as the leaderboard does', () => {
		expect(formatNumber(78450, 'en')).toBe('78,450');
		expect(formatNumber(78450, 'zh')).toBe('78,450');
		expect(formatScore(1417, 'en')).toBe('1417');
		expect(formatValue(1417, 'score', 'zh')).toBe('1417');
	});
	it('writes ordinals in house style: words under ten, then digits', () => {
		expect([1, 2, 3, 9, 10, 11, 13, 21, 32, 38].map((n) => formatOrdinal(n, 'en'))).toEqual([
			'first',
			'second',
			'third',
			'ninth',
			'10th',
			'11th',
			'13th',
			'21st',
			'32nd',
			'38th'
		]);
		expect([2, 10, 11, 13].map((n) => formatOrdinal(n, 'zh'))).toEqual([
			'第二',
			'第十',
			'第11',
			'第13'
		]);
	});
	it('spells small counts out: English under ten, Chinese up to ten', () => {
		expect([0, 4, 9, 10, 13, 600].map((n) => formatWords(n, 'en'))).toEqual([
			'zero',
			'four',
			'nine',
			'10',
			'13',
			'600'
		]);
		expect([4, 6, 10, 11, 600].map((n) => formatWords(n, 'zh'))).toEqual([
			'四',
			'六',
			'十',
			'11',
			'600'
		]);
		// Not a whole count: digits, as the source gives them.
		expect(formatWords(2.5, 'en')).toBe('2.5');
		expect(formatWords(2.5, 'zh')).toBe('2.5');
	});
	it('says a half year as people do, 36岁半 and 36 and a half', () => {
		expect(formatAge(36.5, 'zh')).toBe('36岁半');
		expect(formatAge(36.5, 'en')).toBe('36 and a half');
		expect(formatAge(65, 'zh')).toBe('65岁');
		expect(formatAge(65, 'en')).toBe('65');
		expect(formatAge(36.3, 'zh')).toBe('36.3岁');
	});
	it('says a rank with the size of the board', () => {
		expect(formatRankOf(32, 185, 'en')).toBe('No. 32 of 185');
		expect(formatRankOf(59, 217, 'zh')).toBe('第59名（共217个）');
	});
	it('keeps a percentage as given', () => {
		expect(formatValue(49, 'percent', 'en')).toBe('49%');
		expect(formatValue(0.8, 'percent', 'zh')).toBe('0.8%');
	});
});

describe('dates', () => {
	it('formats in UTC whatever the reader’s time zone', () => {
		const tz = process.env.TZ;
		process.env.TZ = 'America/Los_Angeles';
		expect(formatDate('2025-04-06', 'en')).toBe('6 April 2025');
		expect(formatDate('2025-04-06', 'zh')).toBe('2025年4月6日');
		process.env.TZ = 'Pacific/Kiritimati';
		expect(formatDate('2025-10-22', 'en')).toBe('22 October 2025');
		process.env.TZ = tz;
	});
	it('formats months and years without inventing a day', () => {
		expect(formatDate('2012-04', 'en')).toBe('April 2012');
		expect(formatDate('2012-04', 'zh')).toBe('2012年4月');
		expect(formatDate('2025-05', 'zh', 'short')).toBe('5月');
		expect(formatDate('2025-05', 'en', 'short')).toBe('May');
	});
	it('rejects what is not a date', () => {
		expect(() => formatDate('6 April', 'en')).toThrow(/not a date/);
	});
});
