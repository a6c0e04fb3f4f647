/**
 * The Scale AI deal chart at every step, in both languages, as a reader would check it:
 * 49 of 100 cells filled, areas (not sides) proportional to money, squares inside the box,
 * and no two labels overlapping on a 320 px or 390 px phone.
 */
import { describe, expect, it } from 'vitest';
import { loadStory } from '$lib/server/content/load';
import type { DealSection } from '$lib/story/types';
import { CELLS, dealState, decimalYear, labelBoxes, type DealState } from '$lib/charts/deal/state';
import type { Lang } from '$lib/format';

const LANGS: Lang[] = ['zh', 'en'];
function section(lang: Lang): DealSection {
	const s = loadStory(lang).sections.find((x) => x.chart === 'deal');
	if (!s || s.chart !== 'deal') throw new Error('no deal section');
	return s;
}
/** Drawing boxes: a 320 px and a 390 px phone (minus the page's gutters), and a desktop. */
const BOXES = [288, 358, 700];
const PHONE = { width: 358, height: 700 };

function states(lang: Lang): DealState[] {
	const s = section(lang);
	return s.steps.map((st) => dealState(s.data, st.chart, PHONE, lang, s.labels));
}
const byView = (lang: Lang, view: string) => states(lang).find((s) => s.view === view)!;

describe('deal chart data', () => {
	it('reads the sourced figures', () => {
		const d = section('en').data;
		expect(d.stake).toBe(49);
		expect(d.price).toEqual({ value: 14.3, unit: 'USD billion', precision: 1 });
		expect(d.valuation.value).toBe(29);
		expect(d.prevValuation.value).toBe(13.8);
		expect(d.acquisitions.map((a) => [a.key, a.value.value])).toEqual([
			['instagram', 1],
			['oculus', 2],
			['whatsapp', 19]
		]);
		expect(d.births).toEqual({ lecun: '1960-07-08', wang: '1997-01' });
	});

	it('has the four steps in order, in both languages', () => {
		for (const lang of LANGS) {
			expect(section(lang).steps.map((s) => [s.id, s.chart.view])).toEqual([
				['deal-price', 'stake'],
				['deal-valuation', 'valuation'],
				['deal-for-scale', 'acquisitions'],
				['deal-wang', 'ages']
			]);
		}
	});
});

describe('deal chart states', () => {
	it('stake: 49 of 100 cells filled, all visible, all square and the same size', () => {
		const s = byView('en', 'stake');
		expect(s.cells).toHaveLength(CELLS);
		expect(s.cells.filter((c) => c.filled && c.visible)).toHaveLength(49);
		expect(s.cells.filter((c) => c.visible)).toHaveLength(100);
		expect(new Set(s.cells.map((c) => c.s)).size).toBe(1);
		expect(s.labels.find((l) => l.key === 'meta')!.lines[0]).toContain('49%');
		// No two cells overlap.
		const keys = new Set(s.cells.map((c) => `${c.x},${c.y}`));
		expect(keys.size).toBe(CELLS);
	});

	it('valuation: the 2024 square has 13.8/29 of the waffle area; 49 cells stay filled', () => {
		const s = byView('en', 'valuation');
		const prev = s.squares.find((q) => q.key === 'prev')!;
		expect(prev.visible).toBe(true);
		const cells = s.cells;
		const left = Math.min(...cells.map((c) => c.x));
		const right = Math.max(...cells.map((c) => c.x + c.s));
		const top = Math.min(...cells.map((c) => c.y));
		const bottom = Math.max(...cells.map((c) => c.y + c.s));
		expect(right - left).toBeCloseTo(bottom - top, 1);
		expect((prev.s / (right - left)) ** 2).toBeCloseTo(13.8 / 29, 2);
		// Common baseline.
		expect(prev.y + prev.s).toBeCloseTo(bottom, 1);
		expect(cells.filter((c) => c.filled && c.visible)).toHaveLength(49);
		expect(s.labels.find((l) => l.key === 'now')!.lines.join(' ')).toContain('more than');
	});

	it('acquisitions: areas proportional to value (side ratio √14.3 ≈ 3.78), one baseline', () => {
		const s = byView('en', 'acquisitions');
		const sq = Object.fromEntries(s.squares.map((q) => [q.key, q]));
		for (const k of ['instagram', 'oculus', 'whatsapp', 'scale']) expect(sq[k]!.visible).toBe(true);
		expect(sq.prev!.visible).toBe(false);
		expect(sq.scale!.s / sq.instagram!.s).toBeCloseTo(Math.sqrt(14.3), 1);
		expect(sq.scale!.s / sq.instagram!.s).toBeLessThan(3.9);
		expect((sq.whatsapp!.s / sq.instagram!.s) ** 2).toBeCloseTo(19, 0);
		expect((sq.oculus!.s / sq.instagram!.s) ** 2).toBeCloseTo(2, 1);
		const baselines = ['instagram', 'oculus', 'whatsapp', 'scale'].map((k) => sq[k]!.y + sq[k]!.s);
		for (const b of baselines) expect(b).toBeCloseTo(baselines[0]!, 1);
		// Side by side, no overlap, in this order.
		const order = ['instagram', 'oculus', 'whatsapp', 'scale'];
		for (let i = 1; i < order.length; i++) {
			expect(sq[order[i]!]!.x).toBeGreaterThan(sq[order[i - 1]!]!.x + sq[order[i - 1]!]!.s);
		}
		// The stake is drawn by the 49 filled cells, regrouped 7 × 7 inside its square.
		const vis = s.cells.filter((c) => c.visible);
		expect(vis).toHaveLength(49);
		for (const c of vis) {
			expect(c.x).toBeGreaterThanOrEqual(sq.scale!.x - 0.01);
			expect(c.y).toBeGreaterThanOrEqual(sq.scale!.y - 0.01);
			expect(c.x + c.s).toBeLessThanOrEqual(sq.scale!.x + sq.scale!.s + 0.01);
			expect(c.y + c.s).toBeLessThanOrEqual(sq.scale!.y + sq.scale!.s + 0.01);
		}
		expect(new Set(vis.map((c) => c.x)).size).toBe(7);
		expect(new Set(vis.map((c) => c.y)).size).toBe(7);
	});

	it('ages: LeCun and Wang on a birth-year line about 36.5 years apart; no squares', () => {
		const s = byView('en', 'ages');
		expect(s.showAges).toBe(true);
		expect(s.cells.every((c) => !c.visible)).toBe(true);
		expect(s.squares.every((q) => !q.visible)).toBe(true);
		const [lecun, wang] = [s.ages.people[0]!, s.ages.people[1]!];
		expect(lecun.key).toBe('lecun');
		expect(decimalYear('1997-01') - decimalYear('1960-07-08')).toBeCloseTo(36.5, 1);
		const tick = (y: string) => s.ages.ticks.find((t) => t.label === y)!.at;
		const perYear = (tick('1990') - tick('1960')) / 30;
		expect((wang.x - lecun.x) / perYear).toBeCloseTo(36.5, 0);
		expect(s.labels.find((l) => l.key === 'gap')!.lines[0]).toContain('36 and a half');
		expect(byView('zh', 'ages').labels.find((l) => l.key === 'gap')!.lines[0]).toContain('36岁半');
		// Marks only show in their own step.
		expect(byView('en', 'stake').showAges).toBe(false);
	});

	it('the same 49 cells (by index) are filled at every step, so the waffle morphs into the stake', () => {
		const s = section('en');
		for (const st of s.steps) {
			const state = dealState(s.data, st.chart, PHONE, 'en', s.labels);
			const filled = state.cells.flatMap((c, i) => (c.filled ? [i] : []));
			expect(filled).toEqual(Array.from({ length: 49 }, (_, i) => i));
		}
	});

	it('value squares keep their place at every step and only fade in or out', () => {
		const all = states('en');
		const geo = (st: DealState) => st.squares.map((q) => [q.key, q.x, q.y, q.s]);
		for (const st of all) expect(geo(st)).toEqual(geo(all[0]!));
		expect(all.map((st) => st.squares.filter((q) => q.visible).length)).toEqual([0, 1, 4, 0]);
	});

	it('is a pure function of its inputs', () => {
		const s = section('zh');
		const st = s.steps[2]!.chart;
		expect(dealState(s.data, st, PHONE, 'zh', s.labels)).toEqual(
			dealState(s.data, st, PHONE, 'zh', s.labels)
		);
	});

	for (const lang of LANGS) {
		it(`${lang}: every mark and label inside the box, no labels overlapping at ${BOXES.join(', ')} px`, () => {
			for (const s of states(lang)) {
				for (const c of [...s.cells, ...s.squares].filter((q) => q.visible)) {
					expect(c.x).toBeGreaterThanOrEqual(0);
					expect(c.y).toBeGreaterThanOrEqual(0);
					expect(c.x + c.s).toBeLessThanOrEqual(100);
					expect(c.y + c.s).toBeLessThanOrEqual(100);
				}
				for (const box of BOXES) {
					const boxes = labelBoxes(s.labels, box, box > 500 ? 14 : 12);
					for (const b of boxes) {
						expect(b.x0, `${s.view} ${b.key} at ${box}px`).toBeGreaterThanOrEqual(0);
						expect(b.x1, `${s.view} ${b.key} at ${box}px`).toBeLessThanOrEqual(100);
						expect(b.y0, `${s.view} ${b.key} at ${box}px`).toBeGreaterThanOrEqual(0);
						expect(b.y1, `${s.view} ${b.key} at ${box}px`).toBeLessThanOrEqual(100);
					}
					for (let i = 0; i < boxes.length; i++) {
						for (let j = i + 1; j < boxes.length; j++) {
							const a = boxes[i]!;
							const b = boxes[j]!;
							const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
							expect(overlap, `${s.view}: ${a.key} and ${b.key} at ${box}px`).toBe(false);
						}
					}
					// Labels must not sit on the waffle or the stake's block of cells.
					const vis = s.cells.filter((c) => c.visible);
					if (vis.length) {
						const cx0 = Math.min(...vis.map((c) => c.x));
						const cx1 = Math.max(...vis.map((c) => c.x + c.s));
						const cy0 = Math.min(...vis.map((c) => c.y));
						const cy1 = Math.max(...vis.map((c) => c.y + c.s));
						for (const b of boxes) {
							const hit = b.x0 < cx1 && cx0 < b.x1 && b.y0 < cy1 && cy0 < b.y1;
							expect(hit, `${s.view}: label ${b.key} on the cells at ${box}px`).toBe(false);
						}
					}
					// Labels must not sit on the squares either.
					for (const b of boxes) {
						for (const q of [...s.squares].filter((q) => q.visible)) {
							const hit = b.x0 < q.x + q.s && q.x < b.x1 && b.y0 < q.y + q.s && q.y < b.y1;
							expect(hit, `${s.view}: label ${b.key} on square ${q.key} at ${box}px`).toBe(false);
						}
					}
				}
			}
		});
	}
});
