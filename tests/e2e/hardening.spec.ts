import { expect, test, type Page } from '@playwright/test';
import { routes } from './site';

/**
 * Security and robustness across every page the build has (story, /en/, proof, 404, and any
 * embed pages): found by crawling build/ for HTML files, so new routes are covered as they land.
 * What needs no browser (each page's CSP and its hashes, internal links and assets, the
 * sub-path build) is checked on the HTML in tests/unit/build.test.ts.
 */
const BUILD = 'build';
const ROUTES = routes(BUILD);

test.describe('every page of the build', () => {
	test('lists the pages it checks (the story in both languages and the 404)', () => {
		expect(ROUTES).toEqual(expect.arrayContaining(['/', '/en/', '/404.html']));
	});

	for (const route of ROUTES) {
		test(
			`${route} runs with no CSP violation, console error or request off the site`,
			{ tag: '@phone' },
			async ({ page, baseURL }) => {
				// Policy and requests do not depend on the screen: once, at phone size.
				const { violations, offSite, errors } = await watch(page, baseURL!);
				await page.goto(route);
				await scrollThrough(page);
				expect(await violations(), 'CSP violations').toEqual([]);
				expect(errors, 'console errors').toEqual([]);
				expect(offSite, 'requests leaving the site').toEqual([]);
			}
		);
	}

	test('the policy is enforced: an injected inline script and an off-site image are refused', async ({
		page,
		baseURL
	}) => {
		// Control for the test above: the same watchers do see a violation when there is one.
		await page.route('**/en/', async (route) => {
			const response = await route.fetch();
			const html = (await response.text()).replace(
				'</body>',
				'<script>window.__injected = true</script><img src="https://tracker.example/p.gif"></body>'
			);
			await route.fulfill({ response, body: html });
		});
		const { violations, offSite } = await watch(page, baseURL!);
		await page.goto('/en/');
		await expect
			.poll(violations)
			.toEqual(
				expect.arrayContaining([
					expect.stringMatching(/^script-src/),
					expect.stringMatching(/^img-src|^default-src/)
				])
			);
		expect(
			await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)
		).toBeUndefined();
		// The browser refused the image before asking for it.
		expect(offSite).toEqual([]);
	});

	test('the 404 page reads in both languages and links to both stories', async ({ page }) => {
		await page.goto('/404.html');
		const zh = page.locator('section[lang="zh-CN"]');
		const en = page.locator('section[lang="en"]');
		await expect(zh.locator('h1')).toBeVisible();
		await expect(en.locator('h1')).toBeVisible();
		await expect(zh.locator('h1')).toHaveText(/[\u4e00-\u9fff]/);
		await expect(en.locator('h1')).toHaveText(/^[\x20-\x7e]+$/);
		await en.locator('a').click();
		await expect(page).toHaveURL(/\/en\/$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	});
});

/** Records CSP violations, console errors and (blocking them) requests to other origins. */
async function watch(page: Page, origin: string) {
	const offSite: string[] = [];
	const errors: string[] = [];
	await page.addInitScript(() => {
		const w = window as unknown as { __violations: string[] };
		w.__violations = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`)
		);
	});
	await page.route(
		(url) => url.origin !== new URL(origin).origin,
		(route) => {
			offSite.push(route.request().url());
			return route.abort('blockedbyclient');
		}
	);
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	const violations = () =>
		page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
	return { violations, offSite, errors };
}

/** Scrolls to the bottom in screen-sized steps, then back to the top, letting each settle. */
async function scrollThrough(page: Page) {
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	const step = page.viewportSize()!.height;
	for (let y = 0; y < height; y += step) {
		await page.evaluate((top) => window.scrollTo(0, top), y);
		await page.waitForTimeout(40);
	}
	await page.evaluate(() => window.scrollTo(0, 0));
	await page.waitForTimeout(200);
}
