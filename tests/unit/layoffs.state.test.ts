/**
 * The layoffs chart at every step, in both languages, as a reader would check it: 600 marks,
 * one undivided group, teams named but never sized, bars in proportion, shapes not overlapping,
 * each step's note on the chart. Whether words overlap is checked on rendered text
 * (tests/e2e/sections.spec.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadAll } from '../../src/lib/server/content/load';
import {
	LAYOFFS_H,
	MARK_REF_PITCH,
	ONE_COLUMN_BELOW,
	layoffsState,
	type LayoffsState
} from '../../src/lib/charts/layoffs/state';
import layoffs from '../../src/lib/charts/layoffs/chart';
import { sectionOf } from './sections';
import { LANGS, type Lang } from '../../src/lib/format';

const { stories } = loadAll();
const layoffsSection = (lang: Lang) => sectionOf(stories[lang], layoffs);

/** A chip's or label's box, in units of the chart box (its y and height are kept in percent). */
const units = (y: number) => (y / 100) * LAYOFFS_H;

interface Box {
	key: string;
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}

/** The boxes of the drawn shapes (chips, the mark block, bars), in units. */
function shapes(state: LayoffsState): Box[] {
	const out: Box[] = [];
	for (const c of state.chips.filter((c) => c.visible)) {
		out.push({
			key: `chip ${c.key}`,
			x0: c.x,
			x1: c.x + c.w,
			y0: units(c.y),
			y1: units(c.y + c.h)
		});
	}
	if (state.marksVisible) {
		const xs = state.marks.map((m) => m.x);
		const ys = state.marks.map((m) => m.y);
		const s = state.marks[0]!.s;
		out.push({
			key: 'marks',
			x0: Math.min(...xs),
			x1: Math.max(...xs) + s,
			y0: Math.min(...ys),
			y1: Math.max(...ys) + s
		});
	}
	if (state.bars.visible) {
		for (const [k, r] of Object.entries(state.bars)) {
			if (typeof r === 'boolean' || k === 'metaCut' || k === 'mslCut') continue;
			out.push({ key: `bar ${k}`, x0: r.x, x1: r.x + r.w, y0: r.y, y1: r.y + r.h });
		}
	}
	return out;
}

const overlaps = (a: Box, b: Box) =>
	a.x0 < b.x1 - 0.01 && b.x0 < a.x1 - 0.01 && a.y0 < b.y1 - 0.01 && b.y0 < a.y1 - 0.01;

for (const lang of LANGS) {
	const section = layoffsSection(lang);
	const states = section.steps.map((step) =>
		layoffsState(section.data, step.chart, { width: 360, height: 600 }, lang, section.labels)
	);
	const byView = Object.fromEntries(states.map((s) => [s.view, s])) as Record<
		LayoffsState['view'],
		LayoffsState
	>;

	describe(`layoffs chart (${lang})`, () => {
		it('has the four steps in story order', () => {
			expect(section.steps.map((s) => s.chart.view)).toEqual(['rule', 'cut', 'teams', 'context']);
		});

		it('draws exactly 600 marks at every step, inside the box, well under the node budget', () => {
			expect(section.data.cut).toBe(600);
			for (const s of states) {
				expect(s.marks).toHaveLength(600);
				for (const m of s.marks) {
					expect(m.x).toBeGreaterThanOrEqual(0);
					expect(m.y).toBeGreaterThanOrEqual(0);
					expect(m.x + m.s).toBeLessThanOrEqual(100);
					expect(m.y + m.s).toBeLessThanOrEqual(LAYOFFS_H);
				}
				// one <rect> per mark plus a dozen others
				expect(s.marks.length + 12).toBeLessThanOrEqual(1000);
			}
		});

		it('never lets two marks overlap, and all marks share one size (one undivided group)', () => {
			for (const s of states) {
				const side = s.marks[0]!.s;
				expect(new Set(s.marks.map((m) => m.s)).size).toBe(1);
				const cells = new Set(s.marks.map((m) => `${m.x},${m.y}`));
				expect(cells.size).toBe(600);
				const xs = [...new Set(s.marks.map((m) => m.x))].sort((a, b) => a - b);
				const ys = [...new Set(s.marks.map((m) => m.y))].sort((a, b) => a - b);
				for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThan(side);
				for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThan(side);
			}
		});

		it('moves the block as a whole: every mark keeps its cell, so one transform animates it', () => {
			const cellsOf = (s: LayoffsState) =>
				s.marks.map(
					(m) =>
						`${Math.round((m.x - s.block.x) / s.block.pitch)},${Math.round((m.y - s.block.y) / s.block.pitch)}`
				);
			const first = cellsOf(states[0]!);
			for (const s of states) {
				expect(cellsOf(s)).toEqual(first);
				expect(s.block.pitch).toBeLessThanOrEqual(MARK_REF_PITCH);
			}
		});

		it('step 1: the reported rule as an arrow from TBD Lab to FAIR, marks not yet shown', () => {
			const s = byView.rule;
			expect(s.marksVisible).toBe(false);
			expect(s.arrow.visible).toBe(true);
			const tbd = s.chips.find((c) => c.key === 'tbd')!;
			const fair = s.chips.find((c) => c.key === 'fair')!;
			expect(s.arrow.y1).toBeGreaterThanOrEqual(units(tbd.y + tbd.h));
			expect(s.arrow.y2).toBeLessThanOrEqual(units(fair.y));
			expect(s.arrow.x).toBeGreaterThan(fair.x);
			expect(s.arrow.x).toBeLessThan(fair.x + fair.w);
			const rule = s.labels.find((l) => l.key === 'rule')!;
			expect(rule.visible).toBe(true);
			expect(rule.text).toMatch(lang === 'zh' ? /据报道/ : /Reportedly/);
			// The arrow draws QbitAI's version (TBD Lab as the reviewer): the label says so first,
			// and that The Information's report was milder.
			expect(rule.sub).toMatch(lang === 'zh' ? /^据量子位/ : /^As QbitAI reported/);
			expect(rule.sub).toMatch(/The Information/);
		});

		it('step 2: 600 marks alone, labelled with the date', () => {
			const s = byView.cut;
			expect(s.marksVisible).toBe(true);
			expect(s.chips.every((c) => !c.visible)).toBe(true);
			expect(s.bars.visible).toBe(false);
			const title = s.labels.find((l) => l.key === 'cut_title')!;
			expect(title.visible).toBe(true);
			expect(title.text).toMatch(lang === 'zh' ? /2025年10月22日/ : /22 October 2025/);
		});

		it('step 3: teams named as equal chips marked hit/spared in words, never sized', () => {
			const s = byView.teams;
			expect(s.chips.every((c) => c.visible && c.showStatus)).toBe(true);
			expect(new Set(s.chips.map((c) => `${c.w}x${c.h}`)).size).toBe(1);
			expect(s.chips.filter((c) => c.hit).map((c) => c.key)).toEqual(['fair', 'product', 'infra']);
			const tbd = s.chips.find((c) => c.key === 'tbd')!;
			expect(tbd.hit).toBe(false);
			expect(tbd.status).toBe(section.labels.spared);
			expect(s.chips.filter((c) => c.hit).every((c) => c.status === section.labels.hit)).toBe(true);
			// The marks stay one block: no chip sits inside the block's bounding box.
			const list = shapes(s);
			const block = list.find((b) => b.key === 'marks')!;
			for (const c of list.filter((b) => b.key.startsWith('chip'))) {
				expect(overlaps(block, c), c.key).toBe(false);
			}
		});

		it('step 3 in a small box: the chips in one column, in the same order, each twice as wide, inside the box and apart', () => {
			const step = section.steps.find((st) => st.chart.view === 'teams')!;
			const wide = byView.teams;
			const narrow = layoffsState(
				section.data,
				step.chart,
				{ width: ONE_COLUMN_BELOW - 1, height: 600 },
				lang,
				section.labels
			);
			const byY = (st: LayoffsState) =>
				[...st.chips].sort((a, b) => a.y - b.y || a.x - b.x).map((c) => c.key);
			expect(byY(narrow)).toEqual(byY(wide));
			expect(new Set(narrow.chips.map((c) => c.x)).size).toBe(1);
			for (const c of narrow.chips) expect(c.w).toBeGreaterThanOrEqual(2 * wide.chips[0]!.w);
			const list = shapes(narrow);
			for (const b of list) {
				expect(b.x1, b.key).toBeLessThanOrEqual(100.01);
				expect(b.y1, b.key).toBeLessThanOrEqual(LAYOFFS_H + 0.01);
			}
			for (let i = 0; i < list.length; i++)
				for (let j = i + 1; j < list.length; j++)
					expect(overlaps(list[i]!, list[j]!), `${list[i]!.key} / ${list[j]!.key}`).toBe(false);
			// The other views do not depend on the box's size.
			const rule = section.steps.find((st) => st.chart.view === 'rule')!;
			const small = { width: ONE_COLUMN_BELOW - 1, height: 600 };
			expect(layoffsState(section.data, rule.chart, small, lang, section.labels)).toEqual(
				byView.rule
			);
		});

		it('step 4: bars in proportion (600 of 78,450; roughly one in six of MSL, an estimate)', () => {
			const s = byView.context;
			const { meta, metaCut, mslCut, mslRest } = s.bars;
			expect(s.bars.visible).toBe(true);
			expect(metaCut.w / meta.w).toBeCloseTo(600 / 78450, 3);
			expect(metaCut.h).toBe(meta.h);
			expect(mslCut.w / (mslCut.w + mslRest.w)).toBeCloseTo(1 / 6, 3);
			expect(mslCut.h).toBe(mslRest.h);
			expect(mslRest.x).toBeCloseTo(mslCut.x + mslCut.w, 5);
			// The 600 marks fill the cut segment of the MSL bar.
			for (const m of s.marks) {
				expect(m.x).toBeGreaterThanOrEqual(mslCut.x);
				expect(m.x + m.s).toBeLessThanOrEqual(mslCut.x + mslCut.w + 0.01);
				expect(m.y).toBeGreaterThanOrEqual(mslCut.y);
				expect(m.y + m.s).toBeLessThanOrEqual(mslCut.y + mslCut.h + 0.01);
			}
			const share = s.labels.find((l) => l.key === 'msl_share')!;
			expect(share.text).toMatch(lang === 'zh' ? /估算/ : /estimate/);
			expect(s.labels.find((l) => l.key === 'msl_rest')!.text).toMatch(
				lang === 'zh' ? /不到3,000/ : /just under 3,000/
			);
			expect(s.labels.find((l) => l.key === 'meta_share')!.text).toContain('0.8%');
		});

		it('every step draws its note on the chart; no two shapes overlap; all inside the box', () => {
			for (const [i, s] of states.entries()) {
				expect(s.note.text).toBe(section.steps[i]!.chart.note);
				expect(s.note.key).toBe(`note-${s.view}`);
				const list = shapes(s);
				for (const b of list) {
					expect(b.x0, `${s.view}: ${b.key}`).toBeGreaterThanOrEqual(0);
					expect(b.x1, `${s.view}: ${b.key}`).toBeLessThanOrEqual(100.01);
					expect(b.y0, `${s.view}: ${b.key}`).toBeGreaterThanOrEqual(0);
					expect(b.y1, `${s.view}: ${b.key}`).toBeLessThanOrEqual(LAYOFFS_H + 0.01);
				}
				for (let i = 0; i < list.length; i++) {
					for (let j = i + 1; j < list.length; j++) {
						expect(
							overlaps(list[i]!, list[j]!),
							`${s.view}: ${list[i]!.key} overlaps ${list[j]!.key}`
						).toBe(false);
					}
				}
			}
		});
	});
}
