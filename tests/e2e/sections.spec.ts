import { expect, test } from '@playwright/test';
import {
	LANGS,
	guard,
	labelsOnSquares,
	overlappingLabels,
	paintedMarks,
	readCsv,
	scrollToStep
} from './helpers';

/** Figures read straight from the data file, independently of the app's loader. */
const figures = new Map(readCsv('src/data/figures.csv').map((r) => [r.id!, Number(r.value)]));
const fig = (key: string) => {
	const v = figures.get(key);
	if (v === undefined || Number.isNaN(v)) throw new Error(`no numeric figure ${key}`);
	return v;
};

test.use({ reducedMotion: 'reduce' });

for (const { lang, path } of LANGS) {
	test.describe(`${lang} sections`, () => {
		test('the deal: 49 of 100 squares are drawn filled, then regroup as the stake', async ({
			page,
			baseURL
		}) => {
			const problems = guard(page, baseURL!);
			await page.goto(path);
			await scrollToStep(page, 'deal-price');
			const cells = page.locator('#deal .stage .cell');
			await expect(cells).toHaveCount(100);
			// Filled = painted in the highlight colour, as a reader sees it.
			const painted = () =>
				cells.evaluateAll((els) => {
					const hl = getComputedStyle(document.documentElement).getPropertyValue('--highlight');
					const probe = document.createElement('span');
					probe.style.color = hl;
					document.body.append(probe);
					const want = getComputedStyle(probe).color;
					probe.remove();
					return els.filter(
						(el) =>
							getComputedStyle(el).backgroundColor === want && el.getBoundingClientRect().width > 0
					).length;
				});
			await expect.poll(painted).toBe(fig('deal.stake'));
			// Every square is square as drawn (polled: the live chart may replace the prerendered
			// one while this runs, see lazy-charts.spec.ts).
			await expect
				.poll(async () => {
					const box = await cells.first().boundingBox();
					return box ? Math.abs(box.width - box.height) : Infinity;
				})
				.toBeLessThan(0.6);
			expect(problems).toEqual([]);
		});

		test('the layoffs: 600 marks are drawn, one per role', async ({ page }) => {
			await page.goto(path);
			await scrollToStep(page, 'six-hundred');
			// Counted where the browser fills the drawn shape: one square per grid cell, gaps empty.
			await expect
				.poll(() => paintedMarks(page, '#layoffs .stage'))
				.toEqual([{ filled: fig('layoffs.roles_cut'), gapsFilled: 0, visible: true }]);
		});

		test('AMI: euro bars are drawn in proportion, the dollar round on its own scale', async ({
			page
		}) => {
			await page.goto(path);
			await scrollToStep(page, 'ami-round');
			const width = (panel: string, row: string, bar: string) =>
				page
					.locator(`#ami .stage .panel.${panel} [data-row="${row}"] .bar.${bar}`)
					.evaluate((el) => el.getBoundingClientRect().width);
			const rows = await page
				.locator('#ami .stage .panel.eur [data-row]')
				.evaluateAll((els) => els.map((e) => e.getAttribute('data-row')));
			expect(rows.length).toBe(2);
			const [first, second] = rows as [string, string];
			await expect
				.poll(
					async () =>
						(await width('eur', second, 'valuation')) / (await width('eur', first, 'valuation'))
				)
				.toBeCloseTo((fig('ami.valuation_target') * 1000) / fig('ami.mistral_valuation'), 0);
			expect(
				(await width('eur', second, 'raised')) / (await width('eur', first, 'raised'))
			).toBeCloseTo(fig('ami.round_target') / fig('ami.mistral_seed'), 1);
			await scrollToStep(page, 'ami-close');
			const usd = page.locator('#ami .stage .panel.usd');
			await expect(usd).toBeVisible();
			// Amounts on the dollar axis and bars are in dollars only, and the euro ones in euros.
			const amounts = (panel: string) =>
				page.locator(`#ami .stage .panel.${panel}`).locator('.tick, .vlabel').allTextContents();
			const usdText = (await amounts('usd')).join(' ');
			const eurText = (await amounts('eur')).join(' ');
			expect(usdText).toMatch(/\$|美元/);
			expect(usdText).not.toMatch(/€|欧元/);
			expect(eurText).toMatch(/€|欧元/);
			expect(eurText).not.toMatch(/\$|美元/);
		});

		test(
			'no two chart labels overlap at 320 and 390 px, at any step of any section',
			{ tag: '@phone' },
			async ({ page }) => {
				// Sets its own viewport sizes: once is enough.
				for (const width of [320, 390]) {
					await page.setViewportSize({ width, height: 740 });
					await page.goto(path);
					const steps = await page
						.locator('[data-step]')
						.evaluateAll((els) =>
							els.map((e) => ({ id: e.id, section: e.closest('section')!.id }))
						);
					for (const { id, section } of steps) {
						await scrollToStep(page, id);
						await page.waitForTimeout(150);
						expect(await overlappingLabels(page, `#${section} .stage`), `${width}px ${id}`).toEqual(
							[]
						);
						if (section === 'deal')
							expect(await labelsOnSquares(page, '#deal .stage'), `${width}px ${id}`).toEqual([]);
					}
					expect(
						await page.evaluate(() => document.documentElement.scrollWidth)
					).toBeLessThanOrEqual(width);
				}
			}
		);
	});
}
