import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingInBuild, snippetUrls } from './helpers';
import { brokenLinks, inlineScriptBodies, metaCsp, routes, sha256 } from './site';

/**
 * Security and robustness across every page the build has (story, /en/, proof, 404, and any
 * embed pages): found by crawling build/ for HTML files, so new routes are covered as they land.
 */
const BUILD = 'build';
const ROUTES = routes(BUILD);

test.describe('every page of the build', () => {
	test('lists the pages it checks (the story in both languages and the 404)', () => {
		expect(ROUTES).toEqual(expect.arrayContaining(['/', '/en/', '/404.html']));
	});

	test('has a Content Security Policy that allows each of its inline scripts by hash, and nothing unsafe', () => {
		test.skip(test.info().project.name !== 'desktop', 'static check, once');
		for (const route of ROUTES) {
			const file = join(BUILD, route === '/' ? '' : route, route.endsWith('/') ? 'index.html' : '');
			const html = readFileSync(file, 'utf8');
			const csp = metaCsp(html);
			expect(csp, `${route}: no CSP meta`).toBeDefined();
			expect(csp!.get('default-src'), route).toEqual(["'self'"]);
			const scripts = csp!.get('script-src') ?? [];
			expect(scripts, route).toContain("'self'");
			expect(
				scripts.filter((s) => /unsafe|\*|data:|https?:/.test(s)),
				route
			).toEqual([]);
			expect(csp!.get('style-src'), route).toEqual(["'self'", "'unsafe-inline'"]);
			const bodies = inlineScriptBodies(html);
			for (const body of bodies) {
				expect(scripts, `${route}: inline script not allowed:\n${body.slice(0, 200)}`).toContain(
					sha256(body)
				);
			}
			// The CSP meta must come before every script it governs but the app.html head script.
			expect(html.indexOf('content-security-policy'), route).toBeLessThan(
				html.indexOf('modulepreload') === -1 ? Infinity : html.indexOf('modulepreload')
			);
		}
	});

	test('names its icon (else browsers ask for /favicon.ico, a 404 logged as an error)', () => {
		test.skip(test.info().project.name !== 'desktop', 'static check, once');
		const missing = ROUTES.filter((route) => {
			const html = readFileSync(
				join(BUILD, route, route.endsWith('/') ? 'index.html' : ''),
				'utf8'
			);
			return !/<link rel="icon" href="[^"]+"/.test(html);
		});
		expect(missing).toEqual([]);
	});

	for (const route of ROUTES) {
		test(`${route} runs with no CSP violation, console error or warning, or request off the site`, async ({
			page,
			baseURL
		}, info) => {
			// Policy and requests do not depend on the screen: once, at phone size.
			test.skip(info.project.name !== 'phone', 'run once');
			const { violations, offSite, errors } = await watch(page, baseURL!);
			await page.goto(route);
			await scrollThrough(page);
			expect(await violations(), 'CSP violations').toEqual([]);
			expect(errors, 'console errors and warnings').toEqual([]);
			expect(offSite, 'requests leaving the site').toEqual([]);
		});
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

test.describe('links and assets resolve', () => {
	test.skip(() => test.info().project.name !== 'desktop', 'static check, once');

	test('in the build as it is served', () => {
		expect(brokenLinks(BUILD, '', 'http://127.0.0.1:4173')).toEqual([]);
	});

	test('in a build under a sub-path (BASE_PATH)', () => {
		test.setTimeout(240_000);
		const out = '.build-base-path';
		const base = '/graphics/lecun';
		execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
			stdio: 'pipe',
			env: {
				...process.env,
				BASE_PATH: base,
				SITE_URL: 'https://news.example.com',
				BUILD_DIR: `${out}/site`,
				KIT_OUT_DIR: `${out}/kit`
			}
		});
		const pages = routes(`${out}/site`, base);
		expect(pages).toEqual(expect.arrayContaining([`${base}/`, `${base}/en/`, `${base}/404.html`]));
		expect(brokenLinks(`${out}/site`, base, 'https://news.example.com')).toEqual([]);
		// And it fails when a link escapes the base path (the check can fail).
		const home = readFileSync(`${out}/site/index.html`, 'utf8');
		expect(home).not.toMatch(/(href|src)="\/(?!graphics\/lecun\/)[^/"]/);
		// The embed codes shown for pasting (text, not links: the crawl above skips them) point at
		// files of this build, from the story and from article mode.
		for (const page of ['', 'en/', 'article/', 'en/article/']) {
			const html = readFileSync(`${out}/site/${page}index.html`, 'utf8');
			const codes = [...html.matchAll(/<textarea[^>]*>([^<]*)<\/textarea>/g)].map((m) =>
				m[1]!.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"')
			);
			expect(codes.length, page).toBe(8);
			const urls = codes.flatMap(snippetUrls);
			expect(urls.length, page).toBe(16);
			expect(missingInBuild(urls, `${out}/site`, base, 'https://news.example.com')).toEqual([]);
		}
	});
});

/** Records CSP violations, console errors and warnings, and (blocking them) requests to other origins. */
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
		if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
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
