import { expect, test } from '@playwright/test';
import * as cheerio from 'cheerio';
import {
	LANGS,
	appStarted,
	drawnRows,
	expectDrawnAt,
	expectStackedView,
	expectedLeaderboard,
	guard,
	overlappingLabels,
	scrollToStep
} from './helpers';
import { parsePage } from './site';

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
			await expect(page.locator('html')).toHaveClass(/\bready\b/);
			// Before the reader scrolls, a layout change brings the first step to the trigger line
			// (the page above the steps gets shorter, in an engine without scroll anchoring, as
			// WebKit): the reading bar follows, the address stays the section the switch named.
			await page.evaluate(() => {
				document.documentElement.style.overflowAnchor = 'none';
				const scrolly = document.querySelector<HTMLElement>('#leaderboard .scrolly')!;
				const step = scrolly.querySelector('[data-step]')!.getBoundingClientRect();
				scrolly.style.marginTop = `${innerHeight * 0.6 - step.top - 40}px`;
			});
			await expect(page.getByRole('progressbar')).not.toHaveAttribute('aria-valuenow', '0');
			await page.evaluate(() => new Promise((f) => requestAnimationFrame(() => setTimeout(f))));
			await expect(page).toHaveURL(new RegExp(`${other.path}#leaderboard$`));
			// Once the reader scrolls, the address names the step in view.
			await page.mouse.wheel(0, 300);
			await expect(page).toHaveURL(/#(second-place|style-control)$/);
		});
	});

	test.describe(`${lang} without JavaScript`, () => {
		test.use({ javaScriptEnabled: false });
		test('every step shows its text, then a link to its chart in the article; the link leads to that chart', async ({
			page,
			baseURL
		}) => {
			const problems = guard(page, baseURL!);
			await page.goto(path);
			await expectStackedView(page, { linkedTo: `${path}article/` });
			// Followed: the same step in the article, its chart drawing the model 13th.
			await page.locator('[data-step="style-control"] .static-chart a').click();
			await expect(page).toHaveURL(new RegExp(`${path}article/#style-control$`));
			const chart = '[data-step="style-control"] .static-chart';
			await expect(page.locator(`${chart} [data-view]`)).toBeInViewport();
			await expectDrawnAt(page, expected['style-control'].name, 13, chart);
			expect(await overlappingLabels(page, '.static-chart')).toEqual([]);
			expect(problems).toEqual([]);
		});
	});
}

test(
	'the head a page is served with is the head it keeps once its script runs (what search engines and share previews read)',
	{ tag: '@desktop' },
	async ({ page }) => {
		// The head is written at prerender and adopted, not drawn again, by the browser.
		const HEAD = 'title, meta[name], meta[property], link[rel="canonical"], link[rel="alternate"]';
		for (const file of ['index.html', 'en/article/index.html']) {
			const $ = parsePage('build', file);
			const served = $(HEAD)
				.map((_, el) => $.html(el))
				.get();
			const jsonLd = $('script[type="application/ld+json"]').text();
			expect(served.length, file).toBeGreaterThan(15);
			await page.goto(`/${file.replace('index.html', '')}`);
			await appStarted(page);
			const live = await page.evaluate(
				(selector) =>
					[...document.head.querySelectorAll(selector)].map((el) => ({
						tag: el.tagName.toLowerCase(),
						attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
						text: el.textContent
					})),
				HEAD
			);
			const asServed = served.map((html) => {
				const el = cheerio.load(html)('head > *, body > *').first();
				return { tag: el.prop('tagName')!.toLowerCase(), attrs: el.attr() ?? {}, text: el.text() };
			});
			expect(live, file).toEqual(asServed);
			expect(
				await page
					.locator('script[type="application/ld+json"]')
					.evaluateAll((els) => els.map((e) => e.textContent)),
				file
			).toEqual([jsonLd]);
		}
	}
);
