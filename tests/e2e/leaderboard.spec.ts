/**
 * The leaderboard as a reader sees it: dots painted at their size (counted in screenshot
 * pixels, not read from boxes).
 */
import { expect, test, type Page } from '@playwright/test';
import { DOT } from '../../src/lib/charts/leaderboard/sizes';
import { paintedBox, parseRgb, type Rgb } from '../shared/paint';
import { LANGS, scrollToStep } from './helpers';

const STEPS = [
	{ id: 'second-place', view: 'default' },
	{ id: 'style-control', view: 'style' },
	{ id: 'released-model', view: 'public' },
	{ id: 'months-after', view: 'timeline' }
] as const;
const STAGE = '#leaderboard .stage';

/** A CSS custom property of the page as the colour the browser paints. */
async function cssColour(page: Page, name: string): Promise<Rgb> {
	return parseRgb(
		await page.evaluate((n) => {
			const probe = document.createElement('span');
			probe.style.color = `var(${n})`;
			document.body.append(probe);
			const c = getComputedStyle(probe).color;
			probe.remove();
			return c;
		}, name)
	);
}

/**
 * Dots of the same kind that may touch (close dates on the timeline) paint one shape, measured
 * as one: its box spans their centres plus a diameter. A shape in which two dots about touch
 * (centres a diameter apart, ±2 px) is neither one clear shape nor two, and is skipped.
 */
function shapes<T extends { x: number; y: number; hl: boolean }>(
	dots: T[],
	diameter: (d: T) => number
): { groups: T[][]; skipped: T[] } {
	const apart = (a: T, b: T) => Math.hypot(a.x - b.x, a.y - b.y);
	const groups: T[][] = [];
	for (const d of dots) {
		const near = groups.filter((g) =>
			g.some((o) => o.hl === d.hl && apart(o, d) <= diameter(d) + 2)
		);
		for (const g of near) groups.splice(groups.indexOf(g), 1);
		groups.push([d, ...near.flat()]);
	}
	const unclear = (g: T[]) =>
		g.some((a) => g.some((b) => a !== b && Math.abs(apart(a, b) - diameter(a)) <= 2));
	return {
		groups: groups.filter((g) => !unclear(g)),
		skipped: groups.filter(unclear).flat()
	};
}

/** Scrolls to a step and waits until the sticky chart draws its view. */
async function showStep(page: Page, id: string, view: string) {
	await scrollToStep(page, id);
	await expect(page.locator(`${STAGE} [data-view="${view}"]`)).toHaveCount(1, { timeout: 8000 });
}

test.describe('leaderboard dots', () => {
	test.use({ reducedMotion: 'reduce' });
	for (const { lang, path } of LANGS) {
		test(`${lang}: every dot is painted round, at its state's diameter (±2 px)`, async ({
			page
		}) => {
			test.setTimeout(120_000);
			await page.goto(path);
			// The step cards pass over the chart on a phone; the chart is measured without them.
			await page.addStyleTag({ content: '#leaderboard .steps { visibility: hidden }' });
			const colours = {
				mark: await cssColour(page, '--mark'),
				highlight: await cssColour(page, '--highlight'),
				bg: await cssColour(page, '--bg')
			};
			for (const { id, view } of STEPS) {
				await showStep(page, id, view);
				const timeline = view === 'timeline';
				// The released model's line is as thick as its dots there: measured without it (the
				// line is SVG; a dot drawn in SVG instead of HTML would vanish with it and fail here).
				const hideLine = timeline
					? await page.addStyleTag({ content: `${STAGE} svg path { visibility: hidden }` })
					: null;
				const wanted = (hl: boolean) =>
					timeline ? (hl ? DOT.timelineLine : DOT.timeline) : hl ? DOT.boardHighlight : DOT.board;
				const mismatches = async () => {
					const dots = await page.locator(`${STAGE} .lb-cake .dot`).evaluateAll((els) =>
						els
							.map((el) => {
								const r = el.getBoundingClientRect();
								return {
									x: r.left + r.width / 2,
									y: r.top + r.height / 2,
									hl: el.classList.contains('hl') || !!el.closest('.hl')
								};
							})
							.filter((d) => d.y > 60 && d.y < innerHeight - 8 && d.x > 8 && d.x < innerWidth - 8)
					);
					const png = await page.screenshot({ scale: 'device' });
					const scale = await page.evaluate(() => devicePixelRatio);
					const out: string[] = [];
					const { groups, skipped } = shapes(dots, (d) => wanted(d.hl));
					for (const group of groups) {
						const d = group[0]!;
						const want = wanted(d.hl);
						const xs = group.map((g) => g.x);
						const ys = group.map((g) => g.y);
						const wantW = want + Math.max(...xs) - Math.min(...xs);
						const wantH = want + Math.max(...ys) - Math.min(...ys);
						const box = paintedBox(png, {
							centre: d,
							colour: d.hl ? colours.highlight : colours.mark,
							background: colours.bg,
							scale,
							// An interval line (2–3 px) runs through each board dot.
							ignoreStrokesUpTo: timeline ? 0 : 4
						});
						if (Math.abs(box.width - wantW) > 2 || Math.abs(box.height - wantH) > 2) {
							out.push(
								`${d.hl ? 'highlighted ' : ''}dot at ${d.x.toFixed(0)},${d.y.toFixed(0)}: ` +
									`painted ${box.width.toFixed(1)}×${box.height.toFixed(1)}, ` +
									`want ${wantW.toFixed(1)}×${wantH.toFixed(1)}`
							);
						}
					}
					const measured = groups.flat();
					return {
						measured: measured.length,
						skipped: skipped.length,
						highlighted: measured.filter((d) => d.hl).length,
						out
					};
				};
				await expect
					.poll(mismatches, { message: `${id}`, timeout: 8000 })
					.toMatchObject({ out: [] });
				const { measured, skipped, highlighted } = await mismatches();
				console.log(
					`${lang} ${page.viewportSize()!.width}px ${id}: ${measured} dots measured, ` +
						`${skipped} skipped (edge to edge with another, neither apart nor one shape)`
				);
				expect(measured, `${id}: dots on screen`).toBeGreaterThanOrEqual(8);
				expect(highlighted, `${id}: highlighted dots on screen`).toBeGreaterThanOrEqual(1);
				await hideLine?.evaluate((el) => (el as Element).remove());
			}
		});
	}
});
