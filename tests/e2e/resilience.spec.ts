import { expect, test, type Page } from '@playwright/test';
import {
	LANGS,
	expectDrawnAt,
	expectStackedView,
	expectedLeaderboard,
	reach,
	scrollToStep
} from './helpers';

const expected = expectedLeaderboard();

/**
 * Faults a reader's browser or network brings: no IntersectionObserver, JavaScript that fails
 * to load, throws, or arrives late, and a slow network. In each the reader sees every step's
 * chart, or where it would be a link to it in the article (the story page's stacked view); no
 * error; nothing jumps when the JavaScript arrives, and late JavaScript still brings the live
 * view. No test waits for a timer: the page's clock is moved on instead.
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

/** Holds every script until `release()`: JavaScript as late as the test wants. */
async function holdScripts(page: Page) {
	let release!: () => void;
	const gate = new Promise<void>((f) => (release = f));
	await page.route(JS, async (route) => {
		await gate;
		await route.continue().catch(() => {});
	});
	return release;
}

for (const { lang, path } of LANGS) {
	// One language per screen size keeps the suite short: Chinese on the phone, English on desktop.
	test.describe(`${lang}: faults`, { tag: lang === 'zh' ? '@phone' : '@desktop' }, () => {
		const article = `${path}article/`;

		test('without IntersectionObserver: the stacked view, each step linked to its chart in the article, which shows them all; no error', async ({
			page
		}) => {
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			await page.addInitScript(() => {
				delete (window as { IntersectionObserver?: unknown }).IntersectionObserver;
			});
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			await expectStackedView(page, { linkedTo: article });
			await expectNoErrorOnScreen(page);
			await page.goto(article);
			await page.waitForLoadState('networkidle');
			await expectStackedView(page);
			// SvelteKit's client router itself calls `new IntersectionObserver` (to preload links)
			// without checking, so it logs this one error; the page is unaffected (see README).
			expect(errors.filter((e) => !/^IntersectionObserver is not defined$/.test(e))).toEqual([]);
		});

		test('JavaScript that fails to load: the stacked view at once, each step linked to its chart; no error', async ({
			page
		}) => {
			await page.route(JS, (route) => route.abort('failed'));
			await page.goto(path);
			await reach(page);
			// No timer: the failed import is the signal.
			await expect(page.locator('html')).not.toHaveClass(/\bjs\b/, { timeout: 2000 });
			await expectStackedView(page, { linkedTo: article });
			await expectNoErrorOnScreen(page);
		});

		test('JavaScript that throws as it starts: the stacked view at once, article and embed with every chart', async ({
			page
		}) => {
			await page.route('**/_app/immutable/entry/start.*.js', (route) =>
				route.fulfill({
					contentType: 'text/javascript',
					body: 'throw new Error("injected fault");'
				})
			);
			for (const [route, linkedTo] of [
				[path, article],
				[article, undefined],
				[`${path}embed/leaderboard/`, undefined]
			] as const) {
				await page.goto(route);
				// A page's app starts when the reader reaches for it.
				await reach(page);
				await expect(page.locator('html')).not.toHaveClass(/\bjs\b/, { timeout: 2000 });
				if (!route.includes('/embed/')) {
					await expectStackedView(page, { linkedTo });
					continue;
				}
				// The embed's stacked charts, parsed from their <noscript> only now.
				const steps = page.locator('.static [data-step]');
				expect(await steps.count()).toBeGreaterThan(1);
				for (const step of await steps.all()) {
					await expect(step.locator('.card p').first()).toBeVisible();
					await expect(step.locator('.static-chart .chart-label').first()).toBeVisible();
				}
			}
			await expectNoErrorOnScreen(page);
		});

		test('JavaScript late: the stacked view after four seconds, then the live view when it arrives, the reader left where they were', async ({
			page
		}) => {
			// Paused: a running clock counts the page's load too, and a slow first load in a
			// worker reached the four seconds before the first check.
			await page.clock.install({ time: new Date('2026-01-01T00:00:00Z') });
			await page.clock.pauseAt(new Date('2026-01-01T00:00:01Z'));
			const release = await holdScripts(page);
			await page.goto(path);
			// The four seconds count from the reader's first reach (until then, no script is due).
			await reach(page);
			await expect(page.locator('html')).toHaveClass(/\bjs\b/);
			await page.clock.fastForward(3500);
			await expect(page.locator('html')).toHaveClass(/\bjs\b/);
			await page.clock.fastForward(1000);
			await expect(page.locator('html')).not.toHaveClass(/\bjs\b/);
			await expectStackedView(page, { linkedTo: article });
			// The reader reads on in the stacked view: the style-control step's text a third down.
			const text = page.locator('[data-step="style-control"] .card p').first();
			await text.evaluate((el) =>
				scrollTo(0, el.getBoundingClientRect().top + scrollY - innerHeight / 3)
			);
			const before = (await text.boundingBox())!.y;
			await page.clock.resume();
			release();
			// Not stacked for good: the live view comes back, the paragraph where it was.
			await expect(page.locator('html')).toHaveClass(/\bjs\b.*\bready\b|\bready\b.*\bjs\b/);
			await expect(page.locator('#leaderboard .stage')).toBeVisible();
			expect(Math.abs((await text.boundingBox())!.y - before)).toBeLessThan(2);
			// And scrolling goes on as usual: the step under the line draws its chart.
			await scrollToStep(page, 'style-control');
			await expectDrawnAt(page, expected['style-control'].name, 13);
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
		// Its twelve rows drawn (the other boards' models are in the page, hidden).
		const names = stage.locator('.cell .name').filter({ visible: true });
		await expect(names).toHaveCount(12);
		await expect(names.first()).toBeInViewport();
		expect(held, 'scripts were held back').toBeGreaterThan(0);
		expect(await page.evaluate(() => document.documentElement.classList.contains('ready'))).toBe(
			false
		);
		const before = await names.first().boundingBox();
		release();
		await expect(page.locator('html')).toHaveClass(/\bready\b/, { timeout: 30_000 });
		await page.waitForTimeout(1000);
		const after = await names.first().boundingBox();
		expect(Math.abs(after!.y - before!.y)).toBeLessThan(1);
		const { cls, shifts } = await page.evaluate(() => {
			const w = window as unknown as { __cls: number; __shifts: string[] };
			return { cls: w.__cls, shifts: w.__shifts };
		});
		console.log(`CLS ${cls.toFixed(4)} (${page.viewportSize()!.width}px)`, shifts);
		expect(cls, shifts.join('\n')).toBeLessThanOrEqual(0.01);
	});
});
