import { expect, test, type Page } from '@playwright/test';
import { LANGS, expectStackedView } from './helpers';

/**
 * Faults a reader's browser or network brings: no IntersectionObserver, JavaScript that fails
 * to load, throws, or arrives late, and a slow network. In each the piece must show every chart
 * (sticky or stacked), no error, and nothing may jump when the JavaScript arrives.
 */
test.use({ reducedMotion: 'reduce' });

const JS = '**/_app/immutable/**/*.js';

/** No error message anywhere a reader can see. */
async function expectNoErrorOnScreen(page: Page) {
	// The copy's own uses of the word ("within the margin of error", "if you find an error") aside.
	const text = (await page.locator('body').innerText()).replace(
		/margin of error|find an error/g,
		''
	);
	expect(text).not.toMatch(/\b([Ee]rror|undefined|NaN)\b|\[object |Internal Error|出错|错误/);
	await expect(page.locator('h1').first()).toBeVisible();
}

for (const { lang, path } of LANGS) {
	test.describe(`${lang}: faults`, () => {
		// One language per screen size keeps the suite short: Chinese on the phone, English on desktop.
		test.skip(
			() => (test.info().project.name === 'phone') !== (lang === 'zh'),
			'one language per project'
		);
		test('without IntersectionObserver: the stacked static view, every chart, no error', async ({
			page
		}) => {
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			await page.addInitScript(() => {
				delete (window as { IntersectionObserver?: unknown }).IntersectionObserver;
			});
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			await expectStackedView(page);
			await expectNoErrorOnScreen(page);
			// SvelteKit's client router itself calls `new IntersectionObserver` (to preload links)
			// without checking, so it logs this one error; the page is unaffected (see README).
			expect(errors.filter((e) => !/^IntersectionObserver is not defined$/.test(e))).toEqual([]);
		});

		test('JavaScript that fails to load: the stacked view, every chart, no error', async ({
			page
		}) => {
			await page.route(JS, (route) => route.abort('failed'));
			await page.goto(path);
			// The head script falls back a few seconds after load.
			await expect(page.locator('html')).not.toHaveClass(/\bjs\b/, { timeout: 8000 });
			await expectStackedView(page);
			await expectNoErrorOnScreen(page);
		});

		test('JavaScript that throws as it starts: the stacked view, every chart', async ({ page }) => {
			await page.route('**/_app/immutable/entry/start.*.js', (route) =>
				route.fulfill({
					contentType: 'text/javascript',
					body: 'throw new Error("injected fault");'
				})
			);
			await page.goto(path);
			await expect(page.locator('html')).not.toHaveClass(/\bjs\b/, { timeout: 8000 });
			await expectStackedView(page);
			await expectNoErrorOnScreen(page);
		});

		test('JavaScript that arrives after the fallback: stays stacked, every chart kept', async ({
			page
		}) => {
			await page.route(JS, async (route) => {
				await new Promise((f) => setTimeout(f, 5500));
				await route.continue().catch(() => {});
			});
			await page.goto(path);
			await expect(page.locator('html')).not.toHaveClass(/\bjs\b/, { timeout: 8000 });
			// Let the late code run; it must not take the static charts away.
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(500);
			await expectStackedView(page);
		});
	});
}

test.describe('slow network (throttled)', () => {
	test('text and the first chart are readable before any JavaScript; nothing jumps when it arrives (CLS ≤ 0.01)', async ({
		page
	}) => {
		test.setTimeout(90_000);
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Network.enable');
		// About a slow 4G link: 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip.
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: 150,
			downloadThroughput: (1.6 * 1024 * 1024) / 8,
			uploadThroughput: (750 * 1024) / 8
		});
		// Hold every script until the page has been read without it.
		let release!: () => void;
		const gate = new Promise<void>((f) => (release = f));
		let held = 0;
		await page.route(JS, async (route) => {
			held++;
			await gate;
			await route.continue().catch(() => {});
		});
		await page.addInitScript(() => {
			const w = window as unknown as { __cls: number; __shifts: string[] };
			w.__cls = 0;
			w.__shifts = [];
			new PerformanceObserver((list) => {
				for (const e of list.getEntries() as (PerformanceEntry & {
					value: number;
					hadRecentInput: boolean;
					sources?: { node?: Node }[];
				})[]) {
					if (e.hadRecentInput) continue;
					w.__cls += e.value;
					w.__shifts.push(
						`${e.value.toFixed(4)} ${(e.sources ?? []).map((s) => (s.node as Element)?.className).join(',')}`
					);
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto('/', { waitUntil: 'domcontentloaded' });
		await expect(page.locator('h1')).toBeVisible();
		await expect(page.locator('.standfirst').first()).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.classList.contains('ready'))).toBe(
			false
		);
		// The first chart, prerendered: its note and its twelve named rows, on screen.
		await page
			.locator('[data-step="second-place"]')
			.evaluate((el) => el.scrollIntoView({ block: 'center' }));
		const stage = page.locator('#leaderboard .stage');
		await expect(stage.locator('.chart-note')).toBeVisible();
		await expect(stage.locator('.cell .name')).toHaveCount(12);
		await expect(stage.locator('.cell .name').first()).toBeInViewport();
		expect(held, 'scripts were held back').toBeGreaterThan(0);
		expect(await page.evaluate(() => document.documentElement.classList.contains('ready'))).toBe(
			false
		);
		const before = await stage.locator('.cell .name').first().boundingBox();
		release();
		await expect(page.locator('html')).toHaveClass(/\bready\b/, { timeout: 30_000 });
		await page.waitForTimeout(1000);
		const after = await stage.locator('.cell .name').first().boundingBox();
		expect(Math.abs(after!.y - before!.y)).toBeLessThan(1);
		const { cls, shifts } = await page.evaluate(() => {
			const w = window as unknown as { __cls: number; __shifts: string[] };
			return { cls: w.__cls, shifts: w.__shifts };
		});
		console.log(`CLS ${cls.toFixed(4)} (${page.viewportSize()!.width}px)`, shifts);
		expect(cls, shifts.join('\n')).toBeLessThanOrEqual(0.01);
	});
});
