import { expect, test } from '@playwright/test';
import {
	LANGS,
	drawnRows,
	expectDrawnAt,
	expectedLeaderboard,
	guard,
	overlappingLabels,
	scrollToStep
} from './helpers';

const expected = expectedLeaderboard();
const STEPS = ['second-place', 'style-control', 'released-model', 'months-after'] as const;

test.use({ reducedMotion: 'reduce' });

for (const { lang, path, htmlLang } of LANGS) {
	test.describe(`${lang} story`, () => {
		test('each step draws its state: the highlighted row sits where the data puts it', async ({
			page,
			baseURL
		}) => {
			const problems = guard(page, baseURL!);
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('lang', htmlLang);
			// Nothing is wider than the screen (a phone would zoom out and every offset would drift).
			const viewport = page.viewportSize()!;
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				viewport.width
			);
			expect(await page.evaluate(() => window.innerHeight)).toBe(viewport.height);
			for (const id of ['second-place', 'style-control', 'released-model'] as const) {
				await scrollToStep(page, id);
				await expectDrawnAt(page, expected[id].name, expected[id].place);
				// It is the highlighted one (read once the live chart has replaced the static one).
				await expect
					.poll(async () => {
						const rows = await drawnRows(page);
						return Number(rows.find((r) => r.name === expected[id].name)?.weight);
					})
					.toBeGreaterThanOrEqual(700);
			}
			// After style control: 13th row (rank 7).
			await scrollToStep(page, 'style-control');
			await expectDrawnAt(page, expected['style-control'].name, 13);
			const rank = page
				.locator('#leaderboard .stage .cell')
				.filter({ hasText: expected['style-control'].name })
				.locator('.rank');
			await expect(rank).toHaveText('7');
			// The timeline: the last labelled point (59 of 217) is drawn below the 13 April one (32 of 185).
			await scrollToStep(page, 'months-after');
			const labels = page.locator('#leaderboard .stage .point-label');
			await expect(labels).toHaveCount(3);
			const [april, july] = await Promise.all([
				labels.nth(1).boundingBox(),
				labels.nth(2).boundingBox()
			]);
			expect(july!.y).toBeGreaterThan(april!.y + 50);
			await expect(labels.nth(2)).toContainText('59');
			await expect(labels.nth(2)).toContainText('217');
			expect(problems).toEqual([]);
		});

		test('a reload in the middle keeps the right chart state', async ({ page }) => {
			await page.goto(path);
			await scrollToStep(page, 'released-model');
			await expectDrawnAt(page, expected['released-model'].name, expected['released-model'].place);
			await page.reload();
			await expectDrawnAt(page, expected['released-model'].name, expected['released-model'].place);
		});

		test('a link to a step opens on that step’s chart', async ({ page }) => {
			await page.goto(`${path}#style-control`);
			await expectDrawnAt(page, expected['style-control'].name, 13);
		});

		test('the language switch keeps the section and sets the language', async ({ page }) => {
			await page.goto(path);
			await scrollToStep(page, 'style-control');
			await expectDrawnAt(page, expected['style-control'].name, 13);
			await page.locator('.lang-switch').click();
			const other = LANGS.find((l) => l.lang !== lang)!;
			await expect(page).toHaveURL(new RegExp(`${other.path}#leaderboard$`));
			await expect(page.locator('html')).toHaveAttribute('lang', other.htmlLang);
			await expect(page.locator('h1')).not.toHaveText(/^$/);
		});
	});

	test.describe(`${lang} without JavaScript`, () => {
		test.use({ javaScriptEnabled: false });
		test('every step shows its text and its own chart, stacked', async ({ page, baseURL }) => {
			const problems = guard(page, baseURL!);
			await page.goto(path);
			await expect(page.locator('#leaderboard .stage')).toBeHidden();
			for (const id of STEPS) {
				const step = page.locator(`[data-step="${id}"]`);
				await expect(step.locator('.card p').first()).toBeVisible();
				await expect(step.locator('.static-chart [data-view]')).toBeVisible();
			}
			// The static chart of the style-control step draws the model 13th.
			await expectDrawnAt(
				page,
				expected['style-control'].name,
				13,
				'[data-step="style-control"] .static-chart'
			);
			expect(await overlappingLabels(page, '.static-chart')).toEqual([]);
			expect(problems).toEqual([]);
		});
	});
}
