import { expect, test } from '@playwright/test';
import {
	LANGS,
	appStarted,
	axe,
	expectDrawnAt,
	expectStackedView,
	expectedLeaderboard,
	guard,
	readCsv,
	scrollToStep
} from './helpers';

const expected = expectedLeaderboard();

test.use({ reducedMotion: 'reduce' });

for (const { lang, path } of LANGS) {
	test.describe(`${lang}: every reader`, () => {
		test(
			'no accessibility violations in light and dark, story and article mode',
			{ tag: '@desktop' },
			async ({ page }) => {
				// The same markup in both projects: check it once, at desktop size. The article is the
				// story's components and colours again: its dark theme is the story's; and the English
				// page's colours are the Chinese page's: dark once, in Chinese.
				for (const theme of lang === 'zh' ? ['light', 'dark'] : ['light']) {
					await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
					for (const route of theme === 'light' ? [path, `${path}article/`] : [path]) {
						await page.goto(route);
						await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
						expect(await axe(page), `${theme} ${route}`).toEqual([]);
					}
				}
			}
		);

		test('keyboard: skip link first, every control reachable with a visible focus', async ({
			page
		}) => {
			await page.goto(path);
			await page.keyboard.press('Tab');
			const skip = page.locator('.skip');
			await expect(skip).toBeFocused();
			await expect(skip).toBeInViewport();
			const focusRing = () =>
				page.evaluate(() => {
					const el = document.activeElement as HTMLElement;
					const s = getComputedStyle(el);
					return { w: parseFloat(s.outlineWidth), style: s.outlineStyle, tag: el.tagName };
				});
			// Tab through the bar: menu, language switch; each shows a ring of at least 2 px.
			for (let i = 0; i < 2; i++) {
				await page.keyboard.press('Tab');
				const ring = await focusRing();
				expect(ring.style, ring.tag).not.toBe('none');
				expect(ring.w).toBeGreaterThanOrEqual(2);
			}
			// Open the menu with the keyboard and switch dark mode with Space.
			await page.locator('.menu summary').focus();
			await page.keyboard.press('Enter');
			const dark = page.getByRole('button', { name: lang === 'zh' ? '深色模式' : 'Dark mode' });
			await expect(dark).toBeVisible();
			const before = await page.locator('html').getAttribute('data-theme');
			await dark.focus();
			await page.keyboard.press('Space');
			await expect(page.locator('html')).not.toHaveAttribute('data-theme', before!);
			await expect(dark).toHaveAttribute('aria-pressed', before === 'dark' ? 'false' : 'true');
			// Remembered: a reload keeps it.
			await page.reload();
			await expect(page.locator('html')).not.toHaveAttribute('data-theme', before!);
			// Touch targets of the bar's controls are at least 44 px tall.
			for (const sel of ['.menu summary', '.lang-switch']) {
				expect((await page.locator(sel).boundingBox())!.height).toBeGreaterThanOrEqual(44);
			}
		});

		test('reduced motion: no transition or animation longer than 100 ms', async ({ page }) => {
			await page.goto(path);
			await scrollToStep(page, 'style-control');
			const longest = await page.evaluate(() => {
				const ms = (v: string) =>
					Math.max(
						...v.split(',').map((x) => parseFloat(x) * (x.trim().endsWith('ms') ? 1 : 1000))
					);
				let max = 0;
				for (const el of document.querySelectorAll('*')) {
					const s = getComputedStyle(el);
					// An animation on a scroll timeline (the scroll hint's fade) has no duration: it
					// moves only as far as the reader scrolls.
					const timed = s.getPropertyValue('animation-timeline') === 'auto';
					max = Math.max(max, ms(s.transitionDuration), timed ? ms(s.animationDuration) : 0);
				}
				return max;
			});
			expect(longest).toBeLessThanOrEqual(100);
		});

		test('the scroll hint is there on opening, before any script runs, and leaves as the title scrolls away', async ({
			page
		}) => {
			await page.goto(path);
			const hint = page.locator('.hint');
			const seen = () =>
				hint.evaluate((el) =>
					el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
				);
			await expect.poll(seen).toBe(true);
			await expect(hint).toBeInViewport();
			expect(await page.evaluate(() => document.documentElement.classList.contains('ready'))).toBe(
				false
			);
			await page.mouse.wheel(0, 700);
			await expect.poll(seen).toBe(false);
			await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
			await expect.poll(seen).toBe(true);
		});

		test('the motion toggle turns animation off, and is remembered', async ({ browser }) => {
			const context = await browser.newContext({ reducedMotion: 'no-preference' });
			const page = await context.newPage();
			await page.goto(path);
			const duration = () =>
				page.evaluate(() =>
					getComputedStyle(document.documentElement).getPropertyValue('--chart-duration').trim()
				);
			expect(parseFloat(await duration())).toBeGreaterThan(0);
			await page.locator('.menu summary').click();
			await page
				.getByRole('button', { name: lang === 'zh' ? '减少动效' : 'Reduce motion' })
				.click();
			expect(parseFloat(await duration())).toBe(0);
			await page.reload();
			expect(parseFloat(await duration())).toBe(0);
			await context.close();
		});

		for (const size of [
			{ width: 320, height: 640, name: '320 px' },
			{ width: 640, height: 400, name: '200% zoom of a 1280×800 window' }
		]) {
			test(
				`reflow at ${size.name}: nothing wider than the screen, step text never covered`,
				{ tag: '@phone' },
				async ({ page }) => {
					await page.setViewportSize({ width: size.width, height: size.height });
					await page.goto(path);
					expect(
						await page.evaluate(() => document.documentElement.scrollWidth)
					).toBeLessThanOrEqual(size.width);
					const ids = await page.locator('[data-step]').evaluateAll((els) => els.map((e) => e.id));
					for (const id of ids) {
						// The reader is on a step when its card is in the middle of the screen.
						const card = page.locator(`[data-step="${id}"] .card`);
						await card.evaluate((el) => el.scrollIntoView({ block: 'center' }));
						const hit = await card.evaluate((el) => {
							const r = el.getBoundingClientRect();
							const y = Math.min(Math.max(r.top + r.height / 2, 80), innerHeight - 20);
							const at = document.elementFromPoint(r.left + r.width / 2, y);
							return !at || el.contains(at) ? 'text' : `${at.tagName}.${at.className}`;
						});
						expect(hit, id).toBe('text');
					}
				}
			);
		}

		test('Back after a menu jump returns to the step and its chart', async ({ page }) => {
			await page.goto(path);
			await appStarted(page);
			await scrollToStep(page, 'style-control');
			await expectDrawnAt(page, expected['style-control'].name, 13);
			await expect(page).toHaveURL(/#style-control$/);
			// Clicked as a reader taps them (Playwright's own click first scrolls them "into view").
			await page.locator('.menu summary').evaluate((el: HTMLElement) => el.click());
			await page.locator('.menu nav a[href="#layoffs"]').evaluate((el: HTMLElement) => el.click());
			await expect(page).toHaveURL(/#(layoffs|publication-rule)$/);
			await expect(page.locator('#layoffs h2')).toBeInViewport();
			await page.goBack();
			await expectDrawnAt(page, expected['style-control'].name, 13);
			await expect(page.locator('[data-step="style-control"] .card')).toBeInViewport();
			await page.goForward();
			await expect(page.locator('#layoffs')).toBeInViewport();
		});

		test('the progress bar and the menu follow the step in view', async ({ page }) => {
			await page.goto(path);
			const progress = page.getByRole('progressbar');
			await expect(progress).toHaveAttribute('aria-valuenow', '0');
			await scrollToStep(page, 'deal-price');
			await expect(page.locator('.menu nav a[aria-current]')).toHaveAttribute('href', '#deal');
			const now = Number(await progress.getAttribute('aria-valuenow'));
			expect(now).toBeGreaterThan(0);
			expect(now).toBeLessThan(100);
		});

		test('the data table matches the data, and each text alternative names its figure', async ({
			page
		}) => {
			await page.goto(path);
			const top12 = readCsv('src/data/leaderboard/lmarena_top12_default_2025-04-06.csv');
			const top15 = readCsv('src/data/leaderboard/lmarena_top15_stylectrl_2025-04-06.csv');
			const models = new Set([...top12, ...top15].map((r) => r.model));
			const table = page.locator('#leaderboard details.data-table');
			await table.locator('summary').click();
			await expect(table.locator('tbody tr')).toHaveCount(models.size);
			const exp = table.locator('tbody tr', { hasText: 'Llama-4-Maverick-03-26-Experimental' });
			await expect(exp.locator('td')).toHaveText(['2', '1417', '7', '1307']);
			const alt = (id: string) => page.locator(`[data-step="${id}"] .visually-hidden`);
			await expect(alt('second-place')).toContainText('1417');
			await expect(alt('style-control')).toContainText('13');
			await expect(alt('released-model')).toContainText('32');
			await expect(alt('six-hundred')).toContainText('600');
		});

		test('printed right after opening: each step with its chart in the article, or a link to it there, on the story page; no controls; the sources', async ({
			page
		}) => {
			const printed = async (linkedTo?: string) => {
				await page.emulateMedia({ media: 'print' });
				await expectStackedView(page, { linkedTo });
				await expect(page.locator('.story-bar')).toBeHidden();
				await expect(page.locator('details.data-table').first()).toBeHidden();
				await expect(page.locator('#sources')).toBeVisible();
				await page.emulateMedia({ media: 'screen' });
			};
			// Before the scripts have run (held), then once the app has started.
			let release!: () => void;
			const gate = new Promise<void>((f) => (release = f));
			await page.route('**/_app/immutable/**/*.js', async (route) => {
				await gate;
				await route.continue().catch(() => {});
			});
			await page.goto(path, { waitUntil: 'domcontentloaded' });
			await printed(`${path}article/`);
			release();
			await appStarted(page);
			await printed(`${path}article/`);
			await page.goto(`${path}article/`, { waitUntil: 'domcontentloaded' });
			await printed();
		});
	});

	test.describe(`${lang}: article mode`, () => {
		test('no console error or warning from the top to the bottom', async ({ page, baseURL }) => {
			const problems = guard(page, baseURL!);
			await page.goto(`${path}article/`);
			await appStarted(page);
			// Past every step's chart, each fetched and drawn as the reader nears it.
			for (const step of await page.locator('[data-step]').all()) {
				await step.evaluate((el) => el.scrollIntoView({ block: 'center' }));
				await page.waitForTimeout(50);
			}
			await page.waitForLoadState('networkidle');
			expect(problems).toEqual([]);
		});
	});

	test.describe(`${lang}: article mode without JavaScript`, () => {
		test.use({ javaScriptEnabled: false });
		test('every step stacked with its chart', async ({ page, baseURL }) => {
			const problems = guard(page, baseURL!);
			await page.goto(`${path}article/`);
			expect(await page.locator('[data-step]').count()).toBeGreaterThanOrEqual(16);
			await expectStackedView(page);
			expect(problems).toEqual([]);
		});
	});
}

test(
	'the editors’ pages (embed previews, proof): no accessibility violations',
	{ tag: '@desktop' },
	async ({ page, baseURL }) => {
		test.setTimeout(120_000);
		const problems = guard(page, baseURL!);
		// The preview pages themselves: their 32 frames are the embed pages, which embeds.spec.ts
		// checks one by one (injecting axe into each frame here would take minutes). An empty loader
		// leaves each host box with its reserved space and no frame.
		await page.route('**/embed/v1.js', (route) =>
			route.fulfill({ contentType: 'text/javascript', body: '' })
		);
		// Light only: their colours are the story's, whose dark theme is checked above, and the
		// embeds' dark theme is checked in embeds.spec.ts.
		for (const route of ['/embed/preview/', '/en/embed/preview/', '/proof/']) {
			await page.goto(route);
			expect(await axe(page), route).toEqual([]);
		}
		expect(problems).toEqual([]);
	}
);

test('downloads are UTF-8 CSV with a byte-order mark', async ({ request }) => {
	for (const file of ['figures.csv', 'lmarena_top12_default_2025-04-06.csv']) {
		const body = await (await request.get(`/data/${file}`)).body();
		expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	}
});
