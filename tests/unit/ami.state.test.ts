import { describe, expect, it } from 'vitest';
import { loadAll } from '$lib/server/content/load';
import { FigureRegistry, type Figure } from '$lib/server/content/figures';
import { prepareAmi } from '$lib/charts/ami/server';
import { amiState, type AmiState } from '$lib/charts/ami/state';
import ami from '$lib/charts/ami/chart';
import { sectionOf } from './sections';
import type { Lang } from '$lib/format';

const { stories, figures } = loadAll();
const section = (lang: Lang) => sectionOf(stories[lang], ami);
const LANGS: Lang[] = ['zh', 'en'];
const STEP_IDS = ['ami-exit', 'ami-round', 'ami-close', 'ami-bet'];
/** Phone viewports; the chart box is the viewport less the page gutters (1rem each side). */
const PHONES = [
	{ width: 320, height: 568 },
	{ width: 390, height: 844 }
];
const box = (v: { width: number; height: number }) => ({ width: v.width - 32, height: v.height });

function stateAt(lang: Lang, id: string, size = box(PHONES[0]!)): AmiState {
	const s = section(lang);
	const step = s.steps.find((x) => x.id === id);
	if (!step) throw new Error(`no step ${id}`);
	return amiState(s.data, step.chart, size, lang, s.labels);
}

const value = (key: string) => figures.get(key)!.value as number;

describe('ami section copy', () => {
	it('has the four steps in order, in both languages', () => {
		for (const lang of LANGS) expect(section(lang).steps.map((s) => s.id)).toEqual(STEP_IDS);
	});
	it('names the outlet that relayed the quote, and says the close rests on reports, naming no relay site', () => {
		const text = (lang: Lang) =>
			[...section(lang).steps.flatMap((s) => s.text), ...section(lang).after]
				.flat()
				.map((seg) => seg.text)
				.join('');
		expect(text('zh')).toContain('Entrepreneur');
		expect(text('en')).toContain('Entrepreneur');
		// Aggregators are listed in the sources, never named in the prose as the source of a figure.
		for (const lang of LANGS) {
			expect(text(lang)).not.toContain('aiforautomation.io');
			expect(text(lang)).not.toContain('techfastforward.com');
		}
	});
});

describe('ami state, step by step', () => {
	for (const lang of LANGS) {
		it(`${lang}: exit shows twelve equal year blocks, five then seven, and nothing else`, () => {
			const st = stateAt(lang, 'ami-exit');
			expect(st.years.visible).toBe(true);
			expect(st.euros.visible).toBe(false);
			expect(st.dollars.visible).toBe(false);
			expect(st.bet.visible).toBe(false);
			const cells = st.years.cells;
			expect(cells).toHaveLength(value('ami.years_at_meta'));
			expect(cells.filter((c) => c.group === 'fair')).toHaveLength(
				value('ami.years_fair_director')
			);
			expect(cells.filter((c) => c.group === 'chief')).toHaveLength(
				value('ami.years_chief_scientist')
			);
			// FAIR first, then chief scientist; equal heights, touching, inside the column.
			expect(cells.slice(0, 5).every((c) => c.group === 'fair')).toBe(true);
			for (let i = 1; i < cells.length; i++) {
				expect(cells[i]!.h).toBeCloseTo(cells[0]!.h, 1);
				expect(cells[i]!.y).toBeCloseTo(cells[i - 1]!.y + cells[i - 1]!.h, 1);
			}
			const [fair, chief, next] = st.years.groups;
			expect(chief!.h / fair!.h).toBeCloseTo(7 / 5, 2);
			expect(next!.y).toBeGreaterThan(chief!.y + chief!.h);
			expect(next!.y + next!.h).toBeLessThanOrEqual(100);
			// No money drawn yet: bars start at zero and grow in at the next step.
			expect(st.euros.rows.every((r) => r.raised === 0 && r.valuation === 0)).toBe(true);
		});

		it(`${lang}: euros puts both rounds on one euro scale, lengths proportional to value`, () => {
			const st = stateAt(lang, 'ami-round');
			expect(st.euros.visible).toBe(true);
			expect(st.dollars.visible).toBe(false);
			const [mistral, ami] = st.euros.rows;
			expect(mistral!.key).toBe('mistral');
			expect(ami!.key).toBe('ami-talks');
			// €3 billion = €3,000 million against €240 million, €500 million and €105 million.
			expect(ami!.valuation / mistral!.valuation).toBeCloseTo(3000 / 240, 1);
			expect(ami!.raised / mistral!.raised).toBeCloseTo(500 / 105, 1);
			expect(mistral!.valuation / mistral!.raised).toBeCloseTo(240 / 105, 1);
			// The copy's claim: the sum AMI reportedly sought is longer than Mistral's whole valuation.
			expect(ami!.raised).toBeGreaterThan(mistral!.valuation);
			expect(ami!.valuation).toBeLessThanOrEqual(100);
			expect(mistral!.raised).toBeGreaterThan(0);
			// The dollar bars stay at zero until their step.
			expect(st.dollars.rows.every((r) => r.raised === 0 && r.valuation === 0)).toBe(true);
		});

		it(`${lang}: dollars adds a separate panel with its own scale and keeps the euro one`, () => {
			const st = stateAt(lang, 'ami-close');
			expect(st.euros.visible).toBe(true);
			expect(st.dollars.visible).toBe(true);
			const [close] = st.dollars.rows;
			expect(close!.valuation / close!.raised).toBeCloseTo(3.5 / 1.03, 1);
			expect(close!.valuation).toBeLessThanOrEqual(100);
			// Own scale: the dollar panel's ticks are its own, not the euro panel's.
			expect(st.dollars.ticks.map((t) => t.label)).not.toEqual(st.euros.ticks.map((t) => t.label));
		});

		it(`${lang}: never a euro and a dollar on one axis, and no converted figure drawn`, () => {
			for (const id of STEP_IDS) {
				const st = stateAt(lang, id);
				const eurText = [
					...st.euros.ticks.map((t) => t.label),
					...st.euros.rows.flatMap((r) => [r.raisedText, r.valuationText])
				].join(' ');
				const usdText = [
					...st.dollars.ticks.map((t) => t.label),
					...st.dollars.rows.flatMap((r) => [r.raisedText, r.valuationText])
				].join(' ');
				expect(eurText).not.toMatch(/\$|美元/);
				expect(usdText).not.toMatch(/€|欧元/);
				expect(st.euros.currency).toBe('EUR');
				expect(st.dollars.currency).toBe('USD');
			}
		});

		it(`${lang}: bet dims the panels and shows V-JEPA 2's size as large numbers`, () => {
			const st = stateAt(lang, 'ami-bet');
			expect(st.dim).toBe(true);
			expect(st.bet.visible).toBe(true);
			expect(st.years.visible).toBe(false);
			const values = st.bet.numbers.map((n) => n.value);
			expect(values).toEqual(lang === 'zh' ? ['12亿', '100万'] : ['1.2 billion', '1 million']);
			expect(st.bet.numbers[1]!.prefix).toBe(lang === 'zh' ? '超过' : 'more than');
		});
	}
});

describe('ami notes and bar words', () => {
	for (const lang of LANGS) {
		it(`${lang}: each step's note is drawn by the marks it is about`, () => {
			const s = section(lang);
			for (const step of s.steps) {
				const st = stateAt(lang, step.id);
				expect(st.note).toEqual({
					key: `note-${step.chart.view}`,
					text: step.chart.note,
					at: step.chart.view
				});
			}
		});
		it(`${lang}: a short bar's words sit beside its end, a long bar's above it`, () => {
			const st = stateAt(lang, 'ami-close');
			for (const r of [...st.euros.rows, ...st.dollars.rows]) {
				expect(r.raisedBeside).toBe(r.raised <= 45);
				expect(r.valuationBeside).toBe(r.valuation <= 45);
			}
			const ami = st.euros.rows.find((r) => r.highlight)!;
			expect(ami.valuationBeside).toBe(false);
			expect(ami.raisedBeside).toBe(true);
		});
	}
});

describe('ami data preparation', () => {
	const base = (): Figure[] =>
		[
			'ami.years_fair_director',
			'ami.years_chief_scientist',
			'ami.mistral_seed',
			'ami.mistral_valuation',
			'ami.round_target',
			'ami.valuation_target',
			'ami.round_closed',
			'ami.close_premoney',
			'ami.vjepa2_params',
			'ami.vjepa2_video_hours'
		].map((k) => figures.get(k)!);

	it('reads the drawn values from the figures sheet, euros in millions', () => {
		const data = prepareAmi(new FigureRegistry(base()));
		expect(data.euros.ami).toMatchObject({ raised: 500, valuation: 3000 });
		expect(data.euros.mistral).toMatchObject({ raised: 105, valuation: 240 });
		expect(data.dollars).toMatchObject({ raised: 1.03, valuation: 3.5 });
		expect(data.years).toEqual({ fair: 5, chief: 7 });
	});

	it('refuses a dollar figure where the euro panel expects euros (no silent conversion)', () => {
		const swapped = base().map((f) =>
			f.key === 'ami.round_target' ? { ...f, unit: 'USD million' as const } : f
		);
		expect(() => prepareAmi(new FigureRegistry(swapped))).toThrow(/EUR million/);
	});
});

describe('the |large format for counts', () => {
	it('writes exact words for large counts, without float noise', async () => {
		const { formatLargeCount } = await import('$lib/format');
		expect(formatLargeCount(1_200_000_000, 'en')).toBe('1.2 billion');
		expect(formatLargeCount(1_200_000_000, 'zh')).toBe('12亿');
		expect(formatLargeCount(1_000_000, 'en')).toBe('1 million');
		expect(formatLargeCount(1_000_000, 'zh')).toBe('100万');
		expect(formatLargeCount(123_456_789, 'zh')).toBe('1.23456789亿');
	});
	it('fills the V-JEPA 2 description in words in both languages', () => {
		const alt = (lang: Lang) =>
			section(lang)
				.steps.find((s) => s.id === 'ami-bet')!
				.alt.map((s) => s.text)
				.join('');
		expect(alt('en')).toContain('1.2 billion parameters');
		expect(alt('en')).toContain('more than 1 million hours of video');
		expect(alt('zh')).toContain('12亿');
		expect(alt('zh')).toContain('100万小时');
	});
});
