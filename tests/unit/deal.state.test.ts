/**
 * The Scale AI deal chart at every step, in both languages, as a reader would check it:
 * 49 of 100 cells filled, areas (not sides) proportional to money, lifelines as long as the
 * two men's ages, marks inside the box, and each step's note drawn on the chart. Whether labels
 * overlap is checked where it can be, on rendered text (tests/e2e/sections.spec.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadStory } from '$lib/server/content/load';
import deal from '$lib/charts/deal/chart';
import { sectionOf } from './sections';
import { DEAL_H } from '$lib/charts/deal/layout';
import { dealState, type DealState } from '$lib/charts/deal/state';
import type { Lang } from '$lib/format';

const LANGS: Lang[] = ['zh', 'en'];
const section = (lang: Lang) => sectionOf(loadStory(lang), deal);
const PHONE = { width: 347, height: 434 };

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
		expect(d.reorg).toBe('2025-08');
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
	const bounds = (cells: { x: number; y: number; s: number }[]) => ({
		left: Math.min(...cells.map((c) => c.x)),
		right: Math.max(...cells.map((c) => c.x + c.s)),
		top: Math.min(...cells.map((c) => c.y)),
		bottom: Math.max(...cells.map((c) => c.y + c.s))
	});
	const overlaps = (a: ReturnType<typeof bounds>, b: ReturnType<typeof bounds>) =>
		a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
	const box = (q: { x: number; y: number; s: number }) => bounds([q]);

	it('stake: 49 of 100 cells filled, all visible, all square and the same size', () => {
		const s = byView('en', 'stake');
		expect(s.cells).toHaveLength(100);
		expect(s.cells.filter((c) => c.filled && c.visible)).toHaveLength(49);
		expect(s.cells.filter((c) => c.visible)).toHaveLength(100);
		expect(new Set(s.cells.map((c) => c.s)).size).toBe(1);
		expect(s.labels.find((l) => l.key === 'stake-meta')!.lines[0]).toContain('49%');
		// No two cells overlap.
		const keys = new Set(s.cells.map((c) => `${c.x},${c.y}`));
		expect(keys.size).toBe(100);
	});

	it('valuation: the 2024 square has 13.8/29 of the waffle area, beside it; 49 cells stay filled', () => {
		const s = byView('en', 'valuation');
		const prev = s.squares.find((q) => q.key === 'prev')!;
		expect(prev.visible).toBe(true);
		const w = bounds(s.cells);
		expect(w.right - w.left).toBeCloseTo(w.bottom - w.top, 1);
		expect((prev.s / (w.right - w.left)) ** 2).toBeCloseTo(13.8 / 29, 2);
		expect(overlaps(box(prev), w)).toBe(false);
		expect(s.cells.filter((c) => c.filled && c.visible)).toHaveLength(49);
		expect(s.labels.find((l) => l.key === 'valuation-now')!.lines.join(' ')).toContain('more than');
	});

	it('acquisitions: areas proportional to value (side ratio √14.3 ≈ 3.78), no square on another', () => {
		const s = byView('en', 'acquisitions');
		const sq = Object.fromEntries(s.squares.map((q) => [q.key, q]));
		const shown = ['instagram', 'oculus', 'whatsapp', 'scale'];
		for (const k of shown) expect(sq[k]!.visible).toBe(true);
		expect(sq.prev!.visible).toBe(false);
		expect(sq.scale!.s / sq.instagram!.s).toBeCloseTo(Math.sqrt(14.3), 1);
		expect((sq.whatsapp!.s / sq.instagram!.s) ** 2).toBeCloseTo(19, 0);
		expect((sq.oculus!.s / sq.instagram!.s) ** 2).toBeCloseTo(2, 1);
		for (let i = 0; i < shown.length; i++)
			for (let j = i + 1; j < shown.length; j++)
				expect(
					overlaps(box(sq[shown[i]!]!), box(sq[shown[j]!]!)),
					`${shown[i]} × ${shown[j]}`
				).toBe(false);
		// The stake is drawn by the 49 filled cells, regrouped 7 × 7 inside its square.
		const vis = s.cells.filter((c) => c.visible);
		expect(vis).toHaveLength(49);
		const b = bounds(vis);
		expect(b.left).toBeGreaterThanOrEqual(sq.scale!.x - 0.01);
		expect(b.top).toBeGreaterThanOrEqual(sq.scale!.y - 0.01);
		expect(b.right).toBeLessThanOrEqual(sq.scale!.x + sq.scale!.s + 0.01);
		expect(b.bottom).toBeLessThanOrEqual(sq.scale!.y + sq.scale!.s + 0.01);
		expect(new Set(vis.map((c) => c.x)).size).toBe(7);
		expect(new Set(vis.map((c) => c.y)).size).toBe(7);
	});

	it('acquisitions: the stake is labelled as reported, in both languages', () => {
		for (const lang of LANGS) {
			const label = byView(lang, 'acquisitions').labels.find(
				(l) => l.key === 'acquisitions-scale'
			)!;
			expect(label.lines.join(' ')).toMatch(lang === 'zh' ? /据报道/ : /reported/);
		}
	});

	it('ages: lifelines from birth to the reorganisation, as long as each man was old; births 36.5 years apart', () => {
		const s = byView('en', 'ages');
		expect(s.showAges).toBe(true);
		expect(s.cells.every((c) => !c.visible)).toBe(true);
		expect(s.squares.every((q) => !q.visible)).toBe(true);
		const [lecun, wang] = [s.ages.people[0]!, s.ages.people[1]!];
		expect([lecun.key, wang.key]).toEqual(['lecun', 'wang']);
		const tick = (y: string) => s.ages.ticks.find((t) => t.label === y)!.y;
		const perYear = (tick('1990') - tick('1960')) / 30;
		// Years between two days; a date given to the month (2025-08, 1997-01) sits mid-month.
		const years = (from: string, to: string) =>
			(Date.parse(to) - Date.parse(from)) / (365.2425 * 24 * 3600 * 1000);
		expect((lecun.until - lecun.born) / perYear).toBeCloseTo(years('1960-07-08', '2025-08-16'), 1);
		expect((wang.until - wang.born) / perYear).toBeCloseTo(years('1997-01-16', '2025-08-16'), 1);
		expect((s.ages.gap.y1 - s.ages.gap.y0) / perYear).toBeCloseTo(36.5, 0);
		expect(s.labels.find((l) => l.key === 'ages-gap')!.lines[0]).toContain('36 and a half');
		expect(byView('zh', 'ages').labels.find((l) => l.key === 'ages-gap')!.lines[0]).toContain(
			'36岁半'
		);
		expect(s.ages.dot).toBeGreaterThanOrEqual(8);
		// Marks only show in their own step.
		expect(byView('en', 'stake').showAges).toBe(false);
	});

	it('the same 49 cells (by index) are filled at every step, so the waffle morphs into the stake', () => {
		for (const state of states('en')) {
			const filled = state.cells.flatMap((c, i) => (c.filled ? [i] : []));
			expect(filled).toEqual(Array.from({ length: 49 }, (_, i) => i));
		}
	});

	it('each cell is drawn in the step’s grid where the state puts it, and the waffle only moves the grid', () => {
		const all = states('en');
		for (const st of all) {
			for (const [i, c] of st.cells.entries()) {
				const inGrid = (u: number) => (u * st.grid.side) / 100;
				const at = `${st.view} cell ${i}`;
				expect(Math.abs(st.grid.x + inGrid(c.at.x) - c.x), at).toBeLessThan(0.02);
				expect(Math.abs(st.grid.y + inGrid(c.at.y) - c.y), at).toBeLessThan(0.02);
				expect(Math.abs(inGrid(c.at.s) - c.s), at).toBeLessThan(0.02);
			}
			// The filled cells come and go together, and so do the others (drawn as two groups).
			for (const filled of [true, false]) {
				const group = st.cells.filter((c) => c.filled === filled);
				expect(new Set(group.map((c) => c.visible)).size, `${st.view} filled ${filled}`).toBe(1);
			}
		}
		// From the stake to the valuation the waffle moves and shrinks: no cell moves in the grid.
		const [stake, valuation] = all;
		expect(valuation!.grid).not.toEqual(stake!.grid);
		expect(valuation!.cells.map((c) => c.at)).toEqual(stake!.cells.map((c) => c.at));
	});

	it('value squares keep their place at every step and only fade in or out', () => {
		const all = states('en');
		const geo = (st: DealState) => st.squares.map((q) => [q.key, q.x, q.y, q.s]);
		for (const st of all) expect(geo(st)).toEqual(geo(all[0]!));
		expect(all.map((st) => st.squares.filter((q) => q.visible).length)).toEqual([0, 1, 4, 0]);
	});

	it('a hidden mark fades where it stood at the step before (it does not fly off as it fades)', () => {
		const [, , acq, ages] = states('en');
		expect(ages!.cells.map((c) => [c.x, c.y, c.s])).toEqual(acq!.cells.map((c) => [c.x, c.y, c.s]));
	});

	it('is a pure function of its inputs', () => {
		const s = section('zh');
		const st = s.steps[2]!.chart;
		expect(dealState(s.data, st, PHONE, 'zh', s.labels)).toEqual(
			dealState(s.data, st, PHONE, 'zh', s.labels)
		);
	});

	for (const lang of LANGS) {
		it(`${lang}: every step draws its note on the chart; marks and label anchors inside the box`, () => {
			const s = section(lang);
			for (const [i, state] of states(lang).entries()) {
				const note = state.labels.find((l) => l.key === `${state.view}-note`);
				expect(note?.lines).toEqual([s.steps[i]!.chart.note]);
				expect(new Set(state.labels.map((l) => l.key)).size).toBe(state.labels.length);
				for (const c of [...state.cells, ...state.squares].filter((q) => q.visible)) {
					expect(c.x).toBeGreaterThanOrEqual(0);
					expect(c.y).toBeGreaterThanOrEqual(0);
					expect(c.x + c.s).toBeLessThanOrEqual(100);
					expect(c.y + c.s).toBeLessThanOrEqual(DEAL_H);
				}
				for (const l of state.labels) {
					expect(l.x, l.key).toBeGreaterThanOrEqual(0);
					expect(l.x, l.key).toBeLessThanOrEqual(100);
					expect(l.y, l.key).toBeGreaterThanOrEqual(0);
					expect(l.y, l.key).toBeLessThanOrEqual(100);
				}
			}
		});
	}
});
