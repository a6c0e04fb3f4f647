import { expect, test, type Page } from '@playwright/test';
import { LANGS, appStarted, expectedLeaderboard, readCsv } from './helpers';

/**
 * On a phone every chart state is seen in the clear (issue 11 §1), measured on rendered geometry.
 *
 * For each section, the page is scrolled through the stretch where its chart is stuck in place,
 * one sample every 2% of a viewport height. At each sample the active step is read from what the
 * reader sees (the reading bar's progress, a step of the story each), and the cards' boxes are
 * intersected with the chart's box (the sticky stage's chart, below the reading bar). No
 * `elementFromPoint`: the cards let pointer events through, and covering is about boxes.
 *
 * Per step:
 * - the step's own scroll distance (from its activation to the next step's; for a section's last
 *   step, the height of its block) is at most 1.2 viewport heights;
 * - over the distance it is active (for a section's first and last steps, with the lead-in before
 *   the first activates and the lead-out after the last), at least 90% of the chart is uncovered
 *   for at least 40% of that distance;
 * - at the moment it becomes active, no mark the step is about is under a card
 *   (see `MARKS` for what those are, found by rendered text and paint, never by a test's class).
 *
 * The phone project measures 390×844, 360×740 and 844×390 (landscape), the desktop project
 * 1440×900: all in Chinese, and 360×740 (the narrowest, where the longer English cards are
 * tallest) in English too. Each prints a table of the figures.
 */

const SIZES = {
	phone: [
		{ width: 390, height: 844 },
		{ width: 360, height: 740 },
		{ width: 844, height: 390 }
	],
	desktop: [{ width: 1440, height: 900 }]
} as const;
/** Sample spacing, as a share of the viewport height (34 px on a 390×844 phone). */
const STRIDE = 0.04;
/** Share of the chart's box that must be uncovered for the chart to count as in the clear. */
const CLEAR = 0.9;
/** Share of a step's distance during which the chart must be in the clear. */
const SHARE = 0.4;
/** Longest a step may stay active, in viewport heights (lead-in and lead-out aside). */
const MAX_STEP = 1.2;

const leaderboard = expectedLeaderboard();
const timeline = readCsv('src/data/leaderboard/llama4_arena_timeline.csv').filter(
	(r) => r.model === leaderboard['released-model'].name
);
const lastRank = timeline.at(-1)!.rank_default!;

/**
 * What each step is about, as the marks a reader would point at. Marks are found in the sticky
 * chart by:
 * - `texts`: text nodes matching each pattern (the model's name on its leaderboard row, the
 *   rank the released model ended at), each one required;
 * - `highlight`: every shape, box or text painted in the highlight colour (`--highlight` or
 *   `--highlight-ink`) and not faded below half opacity, outside the frame's note line (a note
 *   the chart writes by its marks counts): the
 *   highlighted row's rank, score and interval; the deal's 49 squares; the layoffs' 600 marks
 *   and the teams hit; the AMI figures;
 * - `bars`: every filled bar (a painted box at least 2 px wide and 4 px tall, not faded): the
 *   AMI bars being compared, whatever their colour;
 * - `span`: the texts' boxes joined into one (the layoffs' rule is the arrow between two boxes).
 */
interface Marks {
	texts?: string[];
	highlight?: boolean;
	bars?: boolean;
	span?: boolean;
}
const exact = (s: string) => `^\\s*${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`;
const MARKS: Record<string, Marks> = {
	'second-place': { texts: [exact(leaderboard['second-place'].name)], highlight: true },
	'style-control': { texts: [exact(leaderboard['style-control'].name)], highlight: true },
	'released-model': { texts: [exact(leaderboard['released-model'].name)], highlight: true },
	'months-after': { texts: [`(^|\\D)${lastRank}(\\D|$)`], highlight: true },
	'deal-price': { highlight: true },
	'deal-valuation': { highlight: true },
	'deal-for-scale': { highlight: true },
	'deal-wang': { highlight: true },
	'publication-rule': { texts: [exact('TBD Lab'), exact('FAIR')], span: true },
	'six-hundred': { highlight: true },
	'who-was-hit': { highlight: true },
	'in-context': { highlight: true },
	'ami-exit': { highlight: true, bars: true },
	'ami-round': { highlight: true, bars: true },
	'ami-close': { highlight: true, bars: true },
	'ami-bet': { highlight: true }
};

interface StepFigures {
	id: string;
	/** The step's own distance and its lead-in/lead-out, in viewport heights. */
	own: number;
	lead: number;
	/** Share of the whole distance (own + lead) with ≥90% of the chart uncovered. */
	share: number;
	/** Least and most uncovered share of the chart during the step. */
	worst: number;
	best: number;
	/** Marks found at activation, how many were under a card, and how many the chart's box
	 *  clipped away (drawn outside it: not seen at all). */
	marks: number;
	covered: number;
	hidden: number;
}

/** Sweeps one section's stuck stretch in the page, returning per-step figures. */
async function sweepSection(page: Page, section: string, marks: Record<string, Marks>) {
	return page.evaluate(
		async ({ section, marks, STRIDE, CLEAR }) => {
			type Box = { left: number; top: number; right: number; bottom: number };
			const frame = () =>
				new Promise<void>((r) => requestAnimationFrame(() => setTimeout(() => r(), 0)));
			const root = document.getElementById(section)!;
			const scrolly = root.querySelector<HTMLElement>('.scrolly')!;
			const stage = root.querySelector<HTMLElement>('.stage')!;
			const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
			const allSteps = [...document.querySelectorAll<HTMLElement>('[data-step]')];
			const start = allSteps.indexOf(steps[0]!);
			const cards = [...document.querySelectorAll<HTMLElement>('[data-step] > *')].filter(
				(el) => !el.matches('.static-chart')
			);
			const progress = document.querySelector<HTMLElement>('[role="progressbar"]')!;
			const bar = progress.closest('.story-bar') ?? progress.parentElement!;
			const V = innerHeight;

			/** The active step over the whole story, from the reading bar (−1 before the first). */
			const globalActive = () => {
				const value = Number(progress.getAttribute('aria-valuenow'));
				if (value === 0) return -1;
				const n = allSteps.length;
				return allSteps.findIndex((_, i) => Math.round(((i + 1) / n) * 100) === value);
			};
			const box = (r: DOMRect): Box => ({
				left: r.left,
				top: r.top,
				right: r.right,
				bottom: r.bottom
			});
			const clip = (a: Box, b: Box): Box | null => {
				const c = {
					left: Math.max(a.left, b.left),
					top: Math.max(a.top, b.top),
					right: Math.min(a.right, b.right),
					bottom: Math.min(a.bottom, b.bottom)
				};
				return c.right > c.left && c.bottom > c.top ? c : null;
			};
			const area = (b: Box) => (b.right - b.left) * (b.bottom - b.top);
			/** Area of the union of boxes (coordinate compression; a handful of boxes). */
			const unionArea = (boxes: Box[]) => {
				const xs = [...new Set(boxes.flatMap((b) => [b.left, b.right]))].sort((a, b) => a - b);
				const ys = [...new Set(boxes.flatMap((b) => [b.top, b.bottom]))].sort((a, b) => a - b);
				let total = 0;
				for (let i = 0; i + 1 < xs.length; i++) {
					for (let j = 0; j + 1 < ys.length; j++) {
						const cx = (xs[i]! + xs[i + 1]!) / 2;
						const cy = (ys[j]! + ys[j + 1]!) / 2;
						if (boxes.some((b) => cx > b.left && cx < b.right && cy > b.top && cy < b.bottom))
							total += (xs[i + 1]! - xs[i]!) * (ys[j + 1]! - ys[j]!);
					}
				}
				return total;
			};
			const chartBox = () => {
				const chart = stage.querySelector<HTMLElement>('.chart-frame') ?? stage;
				const view = {
					left: 0,
					top: bar.getBoundingClientRect().bottom,
					right: innerWidth,
					bottom: V
				};
				return clip(box(chart.getBoundingClientRect()), view);
			};
			const cardBoxes = () =>
				cards
					.map((c) => c.getBoundingClientRect())
					.filter((r) => r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < V)
					.map(box);
			/** Uncovered share of the chart's visible box. */
			const uncovered = () => {
				const chart = chartBox();
				if (!chart) return 0;
				const hits = cardBoxes()
					.map((c) => clip(c, chart))
					.filter((c): c is Box => c !== null);
				return 1 - unionArea(hits) / area(chart);
			};

			// Colours as the page resolves them.
			const probe = document.createElement('span');
			stage.append(probe);
			const paint = (value: string) => {
				probe.style.color = value;
				return getComputedStyle(probe).color;
			};
			const highlight = new Set([paint('var(--highlight)'), paint('var(--highlight-ink)')]);
			const clear = new Set([paint('transparent'), paint('var(--bg)')]);
			probe.remove();
			const opacity = (el: Element) => {
				let o = 1;
				for (let e: Element | null = el; e && e !== stage; e = e.parentElement)
					o *= Number(getComputedStyle(e).opacity);
				return o;
			};
			const SHAPES = new Set(['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon']);
			const ownText = (el: Element) =>
				[...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim() !== '');
			// The frame's note line above the drawing (its swatch is a key, not a mark); a note the
			// chart writes on the drawing, by its marks, is one of them.
			const inNote = (el: Element) => el.closest('.chart-frame > .chart-note') !== null;
			/** The boxes of the marks a step is about (see MARKS in the test file). */
			const markBoxes = (spec: {
				texts?: string[];
				highlight?: boolean;
				bars?: boolean;
				span?: boolean;
			}): Box[] | null => {
				const chart = stage.querySelector('.chart-frame') ?? stage;
				const out: Box[] = [];
				const textBoxes: Box[] = [];
				for (const pattern of spec.texts ?? []) {
					const re = new RegExp(pattern);
					const walker = document.createTreeWalker(chart, NodeFilter.SHOW_TEXT);
					let found = false;
					for (let n = walker.nextNode(); n; n = walker.nextNode()) {
						const el = n.parentElement!;
						if (inNote(el) || !re.test(n.textContent ?? '') || opacity(el) < 0.5) continue;
						const range = document.createRange();
						range.selectNodeContents(n);
						const r = range.getBoundingClientRect();
						if (r.width > 0 && r.height > 0) {
							textBoxes.push(box(r));
							found = true;
						}
					}
					if (!found) return null;
				}
				if (spec.span && textBoxes.length) {
					out.push({
						left: Math.min(...textBoxes.map((b) => b.left)),
						top: Math.min(...textBoxes.map((b) => b.top)),
						right: Math.max(...textBoxes.map((b) => b.right)),
						bottom: Math.max(...textBoxes.map((b) => b.bottom))
					});
				} else out.push(...textBoxes);
				for (const el of chart.querySelectorAll('*')) {
					if (inNote(el)) continue;
					const r = el.getBoundingClientRect();
					if (r.width <= 0 && r.height <= 0) continue;
					const cs = getComputedStyle(el);
					if (cs.visibility === 'hidden' || cs.display === 'none') continue;
					const svg = SHAPES.has(el.tagName.toLowerCase());
					const painted = [
						svg ? cs.fill : '',
						svg && cs.stroke !== 'none' && parseFloat(cs.strokeWidth) > 0 ? cs.stroke : '',
						cs.backgroundColor,
						ownText(el) ? cs.color : ''
					];
					const isHighlight = spec.highlight && painted.some((p) => highlight.has(p));
					const isBar =
						spec.bars &&
						!svg &&
						!clear.has(cs.backgroundColor) &&
						!/rgba\(.*, 0\)$/.test(cs.backgroundColor) &&
						r.width >= 2 &&
						r.height >= 4;
					if ((isHighlight || isBar) && opacity(el) >= 0.5) out.push(box(r));
				}
				return out.length ? out : null;
			};
			// A mark grown by a pixel each way, so a hairline (an interval, a bracket) has an area;
			// it is under a card when they share more than a pixel each way (touching is not).
			const inflate = (m: Box): Box => ({
				left: m.left - 1,
				top: m.top - 1,
				right: m.right + 1,
				bottom: m.bottom + 1
			});
			const under = (mark: Box, cardsNow: Box[]) =>
				cardsNow.some((c) => {
					const w = Math.min(mark.right, c.right) - Math.max(mark.left, c.left);
					const h = Math.min(mark.bottom, c.bottom) - Math.max(mark.top, c.top);
					return w > 1 && h > 1;
				});
			/** The marks once the chart has settled on the step (boxes unchanged over a frame). */
			const settledMarks = async (spec: Parameters<typeof markBoxes>[0]) => {
				let last = '';
				for (let tries = 0; tries < 60; tries++) {
					const boxes = markBoxes(spec);
					const key = JSON.stringify(boxes);
					if (boxes && key === last) return boxes;
					last = key;
					await frame();
				}
				return markBoxes(spec) ?? [];
			};

			// The stretch where the stage is stuck below the bar.
			const stickyTop = parseFloat(getComputedStyle(stage).top) || 0;
			const scrollyTop = scrolly.getBoundingClientRect().top + scrollY;
			const from = Math.round(scrollyTop + stage.offsetTop - stickyTop);
			const to = Math.round(
				scrolly.getBoundingClientRect().bottom + scrollY - stickyTop - stage.offsetHeight
			);
			const stride = V * STRIDE;
			type Acc = {
				own: number;
				lead: number;
				clear: number;
				worst: number;
				best: number;
				marks: number;
				covered: number;
				hidden: number;
				line: number;
			};
			const acc: Acc[] = steps.map(() => ({
				own: 0,
				lead: 0,
				clear: 0,
				worst: 1,
				best: 0,
				marks: 0,
				covered: -1,
				hidden: 0,
				line: NaN
			}));
			const html = document.documentElement;
			const behavior = html.style.scrollBehavior;
			html.style.scrollBehavior = 'auto';
			let previous = -2;
			for (let y = from; y <= to; y += stride) {
				scrollTo(0, y);
				await frame();
				const g = globalActive();
				const local = Math.min(Math.max(g - start, 0), steps.length - 1);
				const a = acc[local]!;
				const lead = g < start + local || g > start + local;
				// The last step's own distance is its block's height (after it, the lead-out).
				const last = local === steps.length - 1;
				if (lead || (last && steps[local]!.getBoundingClientRect().bottom < a.line)) a.lead += 1;
				else a.own += 1;
				const u = uncovered();
				if (u >= CLEAR) a.clear += 1;
				a.worst = Math.min(a.worst, u);
				a.best = Math.max(a.best, u);
				if (g !== previous && g === start + local) {
					// Just became active: where the line is (the step's top), and its marks.
					a.line = steps[local]!.getBoundingClientRect().top;
					const cardsNow = cardBoxes();
					const found = await settledMarks(marks[steps[local]!.id]!);
					// What of each mark the stage shows (it clips its chart), below the bar.
					const shown = clip(box(stage.getBoundingClientRect()), {
						left: 0,
						top: bar.getBoundingClientRect().bottom,
						right: innerWidth,
						bottom: V
					});
					const seen = found
						.map((m) => (shown ? clip(inflate(m), shown) : null))
						.filter((m): m is Box => m !== null);
					a.marks = found.length;
					a.hidden = found.length - seen.length;
					a.covered = seen.filter((m) => under(m, cardsNow)).length;
				}
				previous = g;
			}
			html.style.scrollBehavior = behavior;
			return steps.map((s, i) => ({
				id: s.id,
				own: acc[i]!.own * STRIDE,
				lead: acc[i]!.lead * STRIDE,
				share: acc[i]!.clear / Math.max(1, acc[i]!.own + acc[i]!.lead),
				worst: acc[i]!.worst,
				best: acc[i]!.best,
				marks: acc[i]!.marks,
				covered: acc[i]!.covered,
				hidden: acc[i]!.hidden
			}));
		},
		{ section, marks, STRIDE, CLEAR }
	);
}

/** Figures for every step of the page at its current size. */
async function clearFigures(page: Page): Promise<StepFigures[]> {
	const sections = await page
		.locator('section:has([data-step])')
		.evaluateAll((els) => els.map((e) => e.id));
	const out: StepFigures[] = [];
	for (const section of sections) out.push(...(await sweepSection(page, section, MARKS)));
	return out;
}

test.use({ reducedMotion: 'reduce' });

for (const { lang, path } of LANGS) {
	test.describe(`${lang}: the chart in the clear`, () => {
		for (const project of ['phone', 'desktop'] as const) {
			// Every size in Chinese; in English (longer cards) the narrowest phone, where cards are
			// tallest: a wider screen or landscape gives the chart more room.
			const sizes = SIZES[project].filter((s) => lang === 'zh' || s.width === 360);
			for (const size of sizes) {
				test(
					`${size.width}×${size.height}: each step has its chart in the clear`,
					{ tag: `@${project}` },
					async ({ page }) => {
						test.setTimeout(240_000);
						await page.setViewportSize(size);
						await page.goto(path);
						await appStarted(page);
						const figures = await clearFigures(page);
						console.log(
							`\n${lang} ${size.width}×${size.height}: share of each step's distance with ≥${CLEAR * 100}% of the chart uncovered\n` +
								'step               own(vh) lead(vh) clear  least   most  marks clear at activation\n' +
								figures
									.map(
										(f) =>
											`${f.id.padEnd(18)} ${f.own.toFixed(2).padStart(6)} ${f.lead.toFixed(2).padStart(8)} ${(f.share * 100).toFixed(0).padStart(5)}% ${(f.worst * 100).toFixed(0).padStart(5)}% ${(f.best * 100).toFixed(0).padStart(5)}%  ${f.covered === 0 ? 'yes' : 'NO'} (${f.covered}/${f.marks} under a card${f.hidden ? `, ${f.hidden} clipped away` : ''})`
									)
									.join('\n')
						);
						expect(figures.length).toBe(Object.keys(MARKS).length);
						for (const f of figures) {
							expect
								.soft(f.own, `${f.id}: own distance (viewport heights)`)
								.toBeLessThanOrEqual(MAX_STEP + STRIDE);
							expect.soft(f.share, `${f.id}: share in the clear`).toBeGreaterThanOrEqual(SHARE);
							expect.soft(f.marks, `${f.id}: marks found at activation`).toBeGreaterThan(0);
							expect.soft(f.covered, `${f.id}: marks under a card at activation`).toBe(0);
							expect.soft(f.hidden, `${f.id}: marks outside the chart's box`).toBe(0);
						}
					}
				);
			}
		}
	});
}
