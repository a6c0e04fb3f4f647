/**
 * Each chart draws exactly its state: every chart at every step of both languages is rendered
 * on the server as it is prerendered, and the geometry read off the markup (positions, sizes and
 * lengths in the transforms, attributes and styles the browser lays out) is checked against the
 * state the chart's pure function gives for the same step and size. A layer that draws a mark
 * anywhere else than its state says fails here, whatever the state's own tests say.
 */
import { load } from 'cheerio';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ami from '$lib/charts/ami/chart';
import { amiState } from '$lib/charts/ami/state';
import deal from '$lib/charts/deal/chart';
import { DEAL_H } from '$lib/charts/deal/layout';
import { dealState } from '$lib/charts/deal/state';
import layoffs from '$lib/charts/layoffs/chart';
import { LAYOFFS_H, layoffsState } from '$lib/charts/layoffs/state';
import leaderboard from '$lib/charts/leaderboard/chart';
import { leaderboardState } from '$lib/charts/leaderboard/state';
import type { ChartDefinition, ChartLabels, ChartSettings } from '$lib/charts/shared/define';
import { PRERENDER_SIZE } from '$lib/charts/shared/size';
import { VIEWS } from '$lib/charts/views';
import { LANGS, type Lang } from '$lib/format';
import { loadAll } from '$lib/server/content/load';
import type { Section } from '$lib/story/types';
import { sectionOf } from './sections';

const { stories } = loadAll();

/** Each step of the chart's section: its state's inputs and its markup as prerendered. */
async function drawn<S extends ChartSettings, L extends ChartLabels, D>(
	chart: ChartDefinition<S, L, D>,
	lang: Lang
) {
	const section: Section<D, L, S> = sectionOf(stories[lang], chart);
	const view = await VIEWS.get(section.chart)!();
	const size = view.unmeasured ?? PRERENDER_SIZE;
	return section.steps.map((step) => ({
		id: step.id,
		section,
		settings: step.chart,
		size,
		$: load(
			render(view.Chart, {
				props: { view, data: section.data, labels: section.labels, step: step.chart, lang }
			}).body
		)
	}));
}

/** What the readers below need of a selection (a Cheerio one). */
interface Marked {
	attr(name: string): string | undefined;
}

/** An element's inline style as a map. */
function styleOf(el: Marked): Record<string, string> {
	return Object.fromEntries(
		(el.attr('style') ?? '')
			.split(';')
			.map((d) => d.split(':').map((s) => s.trim()))
			.filter(([k, v]) => k && v)
			.map(([k, v]) => [k!, v!])
	);
}

/** The numbers of a CSS transform by function: `translate(1%, 2px) scale(3)` → {translate: [1, 2], scale: [3]}. */
function transformOf(el: Marked): Record<string, number[]> {
	const out: Record<string, number[]> = {};
	for (const [, fn, args] of (styleOf(el).transform ?? '').matchAll(/([a-zA-Z]+)\(([^)]*)\)/g)) {
		out[fn!] = args!.split(',').map((a) => parseFloat(a));
	}
	return out;
}

const num = (v: string | undefined) => parseFloat(v ?? 'NaN');
const close = (a: number, b: number, what: string, tolerance = 0.011) =>
	expect(Math.abs(a - b), `${what}: drawn ${a}, state ${b}`).toBeLessThanOrEqual(tolerance);

/**
 * The squares of an SVG path of closed squares (`M x y h s v s h -s z`, each next one moved
 * from the last one's start by `m dx dy`), as top-left corners and sides in path units.
 */
function squaresOf(d: string): { x: number; y: number; s: number }[] {
	const out: { x: number; y: number; s: number }[] = [];
	let x = 0;
	let y = 0;
	for (const [, cmd, args] of d.matchAll(/([MmhvzZ])([^MmhvzZ]*)/g)) {
		const n = args!
			.trim()
			.split(/[\s,]+/)
			.filter(Boolean)
			.map(Number);
		if (cmd === 'M') [x, y] = [n[0]!, n[1]!];
		else if (cmd === 'm') [x, y] = [x + n[0]!, y + n[1]!];
		else if (cmd === 'h' && n[0]! > 0) out.push({ x, y, s: n[0]! });
	}
	return out;
}

describe('the path reader', () => {
	it('reads squares placed absolutely, then each from the last one’s start', () => {
		expect(squaresOf('M0.1 0.1h0.8v0.8h-0.8zm1 0h0.8v0.8h-0.8zm-1 1h0.8v0.8h-0.8z')).toEqual([
			{ x: 0.1, y: 0.1, s: 0.8 },
			{ x: 1.1, y: 0.1, s: 0.8 },
			{ x: expect.closeTo(0.1, 9), y: 1.1, s: 0.8 }
		]);
	});
});

for (const lang of LANGS) {
	// Rendering 600 marks per step on two busy cores takes seconds.
	describe(`${lang}: each chart draws its state`, { timeout: 30_000 }, () => {
		it('layoffs: every mark, bar, chip and label where the state puts it', async () => {
			for (const { id, section, settings, size, $ } of await drawn(layoffs, lang)) {
				const s = layoffsState(section.data, settings, size, lang, section.labels);
				// The marks: one path in a grid SVG, placed and scaled as a whole by its layer.
				const block = $('.block');
				const t = transformOf(block);
				const svg = block.find('svg');
				const [, , cols] = (svg.attr('viewBox') ?? '').split(' ').map(Number);
				// Layer and SVG are sized in percent of the box: 100 units across, LAYOFFS_H down.
				const unit = t.scale![0]! * (num(styleOf(svg).width) / cols!);
				const marks = squaresOf(svg.find('path').attr('d') ?? '').map((m) => ({
					x: t.translate![0]! + m.x * unit,
					y: (t.translate![1]! / 100) * LAYOFFS_H + m.y * unit,
					s: m.s * unit
				}));
				expect(marks, id).toHaveLength(s.marks.length);
				marks.forEach((m, i) => {
					close(m.x, s.marks[i]!.x, `${id} mark ${i} x`);
					close(m.y, s.marks[i]!.y, `${id} mark ${i} y`);
					close(m.s, s.marks[i]!.s, `${id} mark ${i} side`);
				});
				// The bars, in the box's units.
				const rect = (cls: string, i = 0) => {
					const r = $(`rect.${cls}`).eq(i);
					return {
						x: num(r.attr('x')),
						y: num(r.attr('y')),
						w: num(r.attr('width')),
						h: num(r.attr('height'))
					};
				};
				expect(rect('bar', 0), id).toEqual(s.bars.meta);
				expect(rect('cut'), id).toEqual(s.bars.metaCut);
				expect(rect('bar', 1), id).toEqual(s.bars.mslRest);
				expect(rect('outline'), id).toEqual(s.bars.mslCut);
				// The chips: a full-size layer moved to the chip's corner, the chip its size.
				for (const c of s.chips) {
					const chip = $(`[data-chip="${c.key}"]`);
					expect(transformOf(chip.parent()).translate, `${id} chip ${c.key}`).toEqual([c.x, c.y]);
					expect([num(styleOf(chip).width), num(styleOf(chip).height)]).toEqual([c.w, c.h]);
				}
				// The words: each label's box where the state places it.
				for (const l of [...s.labels, ...(s.note.in ? [] : [s.note])]) {
					const p = styleOf($(`[data-label="${l.key}"]`));
					expect([num(p.left), num(p.top), num(p.width)], `${id} label ${l.key}`).toEqual([
						l.x,
						l.y,
						l.w
					]);
				}
			}
		});

		it('deal: every cell, square, lifeline, dot and label where the state puts it', async () => {
			for (const { id, section, settings, size, $ } of await drawn(deal, lang)) {
				const s = dealState(section.data, settings, size, lang, section.labels);
				const unitRect = (el: Marked) => {
					const t = transformOf(el);
					return {
						x: t.translate![0],
						y: t.translate![1],
						s: t.scale![0],
						shown: styleOf(el).opacity === '1'
					};
				};
				// A cell is one unit square in HTML, translated by a percentage of its own side and
				// scaled, inside its group's layer (100 units across, DEAL_H down), which is moved by
				// a percentage of its size and scaled: composed, the cell's square in units.
				const cells = $('.cell').toArray();
				expect(cells, id).toHaveLength(s.cells.length);
				const seen = new Set<number>();
				for (const el of cells) {
					const group = transformOf($(el).parent());
					const [gx, gy] = [group.translate![0]!, (group.translate![1]! / 100) * DEAL_H];
					const k = group.scale![0]!;
					const own = unitRect($(el));
					const drawn = {
						x: gx + (own.x! / 100) * k,
						y: gy + (own.y! / 100) * k,
						s: own.s! * k,
						shown: styleOf($(el).parent()).opacity === '1'
					};
					// Which cell it is: the state's cell drawn there (no two share a place).
					const i = s.cells.findIndex(
						(c) => Math.abs(c.x - drawn.x) < 0.02 && Math.abs(c.y - drawn.y) < 0.02
					);
					expect(
						i,
						`${id}: a cell drawn at ${drawn.x}, ${drawn.y} is in the state`
					).toBeGreaterThanOrEqual(0);
					const c = s.cells[i]!;
					seen.add(i);
					close(drawn.s, c.s, `${id} cell ${i} side`, 0.02);
					expect(drawn.shown, `${id} cell ${i} shown`).toBe(c.visible);
					expect($(el).hasClass('filled'), `${id} cell ${i} filled`).toBe(c.filled);
				}
				expect(seen.size, `${id}: every cell drawn once`).toBe(s.cells.length);
				for (const q of s.squares.filter((q) => q.key !== 'scale')) {
					expect(unitRect($(`rect.value.${q.key}`)), `${id} ${q.key}`).toEqual({
						x: q.x,
						y: q.y,
						s: q.s,
						shown: q.visible
					});
				}
				for (const p of s.ages.people) {
					const life = $(`rect.life.${p.key}`);
					expect(
						[life.attr('x'), life.attr('y'), life.attr('height')].map(num),
						`${id} ${p.key}`
					).toEqual([p.x - 0.6, p.born, p.until - p.born].map((v) => expect.closeTo(v, 5)));
					const dot = $(`[data-person="${p.key}"]`);
					const at = transformOf(dot.parent()).translate!;
					close(at[0]!, p.x, `${id} ${p.key} dot x`);
					close((at[1]! / 100) * DEAL_H, p.born, `${id} ${p.key} dot y`);
					expect(num(styleOf(dot).width), `${id} ${p.key} dot`).toBe(s.ages.dot);
				}
				for (const l of s.labels) {
					const p = styleOf($(`[data-label="${l.key}"]`));
					expect(num(p.left), `${id} ${l.key}`).toBe(l.x);
					// A lifted label's top is calc(y% - lift lines).
					expect(num(p.top?.replace('calc(', '')), `${id} ${l.key}`).toBe(l.y);
				}
			}
		});

		it('leaderboard: every row’s name, interval and dot, and the timeline, where the state puts them', async () => {
			for (const { id, section, settings, size, $ } of await drawn(leaderboard, lang)) {
				const s = leaderboardState(section.data, settings, size, lang, section.labels);
				for (const r of s.rows) {
					const mid = r.y + r.h / 2;
					const at = (mark: string) => $(`[data-model="${r.name}"][data-mark="${mark}"]`);
					// A row is placed by its middle; its marks, inside it, along the score track.
					const row = at('name').closest('.row');
					expect(transformOf(row).translateY, `${id} ${r.name}`).toEqual([mid]);
					for (const mark of ['dot', 'interval']) {
						expect(at(mark).closest('.row').is(row), `${id} ${r.name} ${mark} in its row`).toBe(
							true
						);
					}
					const dot = transformOf(at('dot').parent());
					expect(dot.translateX, `${id} ${r.name} dot`).toEqual([r.x]);
					expect(num(styleOf(at('dot')).width), `${id} ${r.name} dot`).toBe(r.d);
					const ci = transformOf(at('interval').parent());
					expect(ci.translateX, `${id} ${r.name} interval`).toEqual([r.lo]);
					close(ci.scaleX![0]! * 100, r.hi - r.lo, `${id} ${r.name} interval length`, 1e-9);
				}
				// The other boards' models rest unseen in the live chart only: prerendered markup
				// never moves, and carries none of them.
				for (const r of s.resting) {
					expect($(`[data-model="${r.name}"]`).length, `${id} ${r.name} not sent`).toBe(0);
				}
				expect($('[data-mark="dot"]').length, id).toBe(s.rows.length);
				const tl = s.timeline;
				expect($('path.line').attr('d'), id).toBe(tl?.path);
				const dots = $('.tplot .dot').toArray();
				expect(dots.length, id).toBe(tl?.points.length ?? 0);
				dots.forEach((el, i) => {
					const p = tl!.points[i]!;
					const st = styleOf($(el));
					expect([st.left, st.top, st.width].map(num), `${id} point ${p.key}`).toEqual([
						p.x,
						p.y,
						p.d
					]);
				});
			}
		});

		it('ami: every bar as long as the state says, every year where it says', async () => {
			for (const { id, section, settings, size, $ } of await drawn(ami, lang)) {
				const s = amiState(section.data, settings, size, lang, section.labels);
				for (const panel of [s.euros, s.dollars]) {
					for (const r of panel.rows) {
						const row = $(`[data-row="${r.key}"]`);
						for (const kind of ['raised', 'valuation'] as const) {
							const scale = transformOf(row.find(`.bar.${kind}`)).scaleX![0]!;
							close(scale * 100, r[kind], `${id} ${r.key} ${kind}`, 1e-9);
						}
					}
				}
				const cells = $('.years .cell').toArray();
				expect(cells.length, id).toBe(s.years.cells.length);
				cells.forEach((el, i) => {
					const st = styleOf($(el));
					expect([num(st.top), num(st.height)], `${id} year ${i}`).toEqual([
						s.years.cells[i]!.y,
						s.years.cells[i]!.h
					]);
				});
			}
		});
	});
}
