import { describe, expect, it } from 'vitest';
import {
	formatAge,
	formatDate,
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
	it('never says 14.3G', () => {
		expect(formatValue(14.3, 'USD billion', 'en')).not.toMatch(/G/);
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
