import { expect, test } from '@playwright/test';
import {
	appStarted,
	expectDrawnAt,
	expectedLeaderboard,
	guard,
	paintedMarks,
	scrollToStep
} from './helpers';

/**
 * Each chart's code and data arrive as the reader nears its section; until then the prerendered
 * chart is shown as it was written. The reader must not see it jump when the live chart takes its
 * place.
 */
test.use({ reducedMotion: 'reduce' });

test('a far-down chart is the prerendered one until the reader nears it, then is replaced in the same box', async ({
	page,
	baseURL
}) => {
	const problems = guard(page, baseURL!);
	const scripts: string[] = [];
	const inputs: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'script') scripts.push(r.url());
		const path = new URL(r.url()).pathname;
		if (path.includes('/charts/')) inputs.push(path);
	});
	await page.goto('/en/');
	await page.waitForLoadState('networkidle');
	const before = scripts.length;
	// No chart's data is fetched with the page, nor before the reader scrolls.
	expect(inputs).toEqual([]);
	const root = page.locator('#layoffs .stage .sticky > div').first();
	await expect(root).toBeAttached();
	// Mark the prerendered node (from the test, not the app) and note where it sits in its box.
	const box = () =>
		root.evaluate((el) => {
			const r = el.getBoundingClientRect();
			const p = el.parentElement!.getBoundingClientRect();
			return { x: r.x - p.x, y: r.y - p.y, w: r.width, h: r.height };
		});
	await root.evaluate((el) => el.setAttribute('data-test-prerendered', ''));
	const prerendered = await box();
	const prerenderedMarks = await paintedMarks(page, '#layoffs .stage');
	expect(prerenderedMarks[0]?.filled).toBeGreaterThan(0);
	expect(prerendered.h).toBeGreaterThan(100);
	const first = await page.locator('#layoffs [data-step]').first().getAttribute('data-step');
	await scrollToStep(page, first!);
	// The live chart replaces the prerendered node…
	await expect(page.locator('#layoffs .stage [data-test-prerendered]')).toHaveCount(0);
	expect(scripts.length).toBeGreaterThan(before);
	expect(inputs).toContain('/en/charts/layoffs.json');
	await page.waitForTimeout(300);
	const live = await box();
	// …in the same box, drawing the same marks.
	expect(Math.abs(live.x - prerendered.x)).toBeLessThan(1);
	expect(Math.abs(live.y - prerendered.y)).toBeLessThan(1);
	expect(Math.abs(live.w - prerendered.w)).toBeLessThan(1);
	expect(Math.abs(live.h - prerendered.h)).toBeLessThan(1);
	expect(await paintedMarks(page, '#layoffs .stage')).toEqual(prerenderedMarks);
	expect(problems).toEqual([]);
});

test('the story fetches no script until the reader scrolls, then follows them; a link into it starts after the first paint', async ({
	page,
	baseURL
}) => {
	const problems = guard(page, baseURL!);
	const expected = expectedLeaderboard();
	const fetched: string[] = [];
	page.on('request', (r) => {
		if (['script', 'fetch'].includes(r.resourceType())) fetched.push(new URL(r.url()).pathname);
	});
	await page.goto('/');
	// Past the four seconds after which a page whose app is late falls back to its stacked view:
	// a page nobody has scrolled is not late, it stays as it is.
	await page.waitForTimeout(4500);
	expect(fetched).toEqual([]);
	await expect(page.locator('html')).toHaveClass(/\bjs\b/);
	await expect(page.locator('html.ready')).toHaveCount(0);
	// The reader scrolls down: the app starts, and the first chart follows the steps read.
	await page.mouse.wheel(0, 400);
	await expect(page.locator('html.ready')).toBeAttached();
	expect(fetched.some((p) => p.endsWith('.js'))).toBe(true);
	for (const step of ['second-place', 'style-control'] as const) {
		await scrollToStep(page, step);
		await expectDrawnAt(page, expected[step].name, expected[step].place);
	}

	// A link to a step: nobody touches the page, and its chart is drawn at that step, its
	// scripts requested only once the page is painted.
	await page.goto('about:blank');
	await page.goto('/#style-control');
	await expect(page.locator('html.ready')).toBeAttached();
	await expectDrawnAt(page, expected['style-control'].name, expected['style-control'].place);
	const { paint, scripts } = await page.evaluate(() => ({
		paint: performance.getEntriesByName('first-paint')[0]?.startTime ?? NaN,
		scripts: performance
			.getEntriesByType('resource')
			.filter((r) => new URL(r.name).pathname.endsWith('.js'))
			.map((r) => r.startTime)
	}));
	expect(scripts.length).toBeGreaterThan(0);
	expect(paint).toBeGreaterThan(0);
	expect(Math.min(...scripts)).toBeGreaterThanOrEqual(paint);
	expect(problems).toEqual([]);
});

test('an embed fetches no script until the reader reaches for it, and its first tap is not lost', async ({
	page,
	baseURL
}) => {
	const problems = guard(page, baseURL!);
	const fetched: string[] = [];
	page.on('request', (r) => {
		if (['script', 'fetch'].includes(r.resourceType())) fetched.push(new URL(r.url()).pathname);
	});
	await page.goto('/embed/deal/');
	// Past the four seconds after which a page whose app has not started falls back to its
	// stacked view: an embed nobody has touched is not late, it stays as it is.
	await page.waitForTimeout(4500);
	expect(fetched).toEqual([]);
	await expect(page.locator('html')).toHaveClass(/\bjs\b/);
	await expect(page.locator('.live .chart .cell').first()).toBeVisible();
	await expect(page.locator('.text[data-step="deal-price"]')).toBeVisible();
	// A touch on "next": the app starts, and the step moves once it is ready.
	await page.getByRole('button', { name: '下一步' }).dispatchEvent('pointerdown');
	await page.getByRole('button', { name: '下一步' }).dispatchEvent('click');
	await expect(page.locator('html.ready')).toBeAttached();
	await expect(page.locator('.text[data-step="deal-valuation"]')).toBeVisible();
	await expect(page.locator('.stepper .dots button').nth(1)).toHaveAttribute(
		'aria-current',
		'step'
	);
	expect(fetched.some((p) => p.endsWith('.js'))).toBe(true);
	expect(fetched.some((p) => p.endsWith('/charts/deal.json'))).toBe(true);
	expect(problems).toEqual([]);
});

test('a chart whose data failed to arrive is asked for again at a later step, and drawn at the step the reader is on', async ({
	page
}) => {
	const expected = expectedLeaderboard();
	let asked = 0;
	let failing = true;
	// The requests fail, as on a phone whose connection dropped, until the connection is back.
	await page.route('**/charts/leaderboard.json', (route) => {
		asked++;
		return failing ? route.fulfill({ status: 503, body: '' }) : route.continue();
	});
	await page.goto('/');
	await appStarted(page);
	await page.mouse.wheel(0, 200);
	await scrollToStep(page, 'second-place');
	await expect.poll(() => asked).toBeGreaterThan(0);
	// Still the prerendered chart, at its step.
	await expectDrawnAt(page, expected['second-place'].name, expected['second-place'].place);
	failing = false;
	const before = asked;
	await scrollToStep(page, 'style-control');
	await expect.poll(() => asked).toBeGreaterThan(before);
	await expectDrawnAt(page, expected['style-control'].name, expected['style-control'].place);
});

test.describe('with motion', () => {
	test.use({ reducedMotion: 'no-preference' });

	test(
		'a desktop leaderboard that goes live in view moves its rows to its wide layout, never jumps',
		{
			tag: '@desktop'
		},
		async ({ page }) => {
			// Its prerendered twin has a phone's rows; the scripts arrive once the reader is there.
			let release!: () => void;
			const gate = new Promise<void>((f) => (release = f));
			await page.route('**/_app/immutable/**/*.js', async (route) => {
				await gate;
				await route.continue().catch(() => {});
			});
			await page.goto('/');
			await scrollToStep(page, 'second-place');
			await page.waitForTimeout(300);
			// The first row's top, every frame from here on, whichever element draws it.
			const twinY = await page.evaluate(() => {
				const w = window as unknown as { __ys: number[] };
				const top = () =>
					[...document.querySelectorAll('#leaderboard .stage .cell .name')]
						.find((e) => e.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
						?.getBoundingClientRect().top;
				w.__ys = [];
				const tick = () => {
					const y = top();
					if (y !== undefined) w.__ys.push(y);
					if (w.__ys.length < 150) requestAnimationFrame(tick);
				};
				requestAnimationFrame(tick);
				return top()!;
			});
			release();
			await expect(page.locator('#leaderboard .prerendered')).toHaveCount(0);
			await page.waitForFunction(
				() => (window as unknown as { __ys: number[] }).__ys.length >= 150
			);
			const ys = await page.evaluate(() => (window as unknown as { __ys: number[] }).__ys);
			const moves = ys.slice(1).map((y, i) => Math.abs(y - ys[i]!));
			// A reader sees the rows travel (no frame moves them more than a few pixels)…
			expect(Math.max(...moves)).toBeLessThan(6);
			// …to the wide layout, denser than the phone's the twin was drawn with.
			expect(Math.abs(ys.at(-1)! - twinY)).toBeGreaterThan(10);
		}
	);
});
