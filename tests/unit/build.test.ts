import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compactScript, inlineScripts } from '../../scripts/csp.js';
import {
	brokenLinks,
	buildFiles,
	cspProblems,
	missingInBuild,
	parsePage,
	routes,
	snippetUrls
} from '../e2e/site';
import { SUB_PATH } from './build.setup';
import { CHART_SCOPE } from '../../src/lib/charts/scope.js';

/**
 * Checks of the built site that need no browser, on the HTML as written to disk (cheerio):
 * every page's Content Security Policy, every internal link and asset, and the same links in a
 * build under a sub-path. The builds are made before the tests run (build.setup.ts), once for all
 * of `npm test` (scripts/build-once.js): Playwright then serves the same build/; the sub-path
 * build is made as tests/server makes the one it serves behind nginx (BASE_PATH=/lecun in
 * .build-nginx/site), so the two can share it.
 */
const SITE = 'http://127.0.0.1:4173'; // SITE_URL's default, as `npm run build` makes build/

/** The hand-written head scripts, which run before the policy by design (src/app.html), as served. */
const HEAD_SCRIPTS = inlineScripts(readFileSync('src/app.html', 'utf8')).map(compactScript);

describe('the build (build/)', () => {
	it('has the story and the article in both languages, the embeds, the proof and the 404', () => {
		expect(routes('build')).toEqual(
			expect.arrayContaining([
				'/',
				'/en/',
				'/article/',
				'/en/article/',
				'/embed/leaderboard/',
				'/en/embed/ami/',
				'/proof/',
				'/404.html'
			])
		);
	});

	it(
		'every page has a Content Security Policy that allows each of its inline scripts by hash, and nothing unsafe',
		{ timeout: 60_000 },
		() => {
			const pages = buildFiles('build').filter((f) => f.endsWith('.html'));
			for (const page of pages) {
				expect.soft(cspProblems(parsePage('build', page), HEAD_SCRIPTS), page).toEqual([]);
			}
			expect(pages.length).toBeGreaterThanOrEqual(8);
		}
	);

	it('every page names its icon (else browsers ask for /favicon.ico, a 404 logged as an error)', () => {
		const missing = buildFiles('build')
			.filter((f) => f.endsWith('.html'))
			.filter((page) => parsePage('build', page)('link[rel="icon"][href]').length === 0);
		expect(missing).toEqual([]);
	});

	it(
		'every internal link and asset resolves (pages, ids, scripts, styles, images)',
		{ timeout: 60_000 },
		() => {
			expect(brokenLinks('build', '', SITE)).toEqual([]);
		}
	);
	it('sends the copy once: no paragraph of the story is repeated in the data its script starts with', () => {
		const pages = ['/', '/en/', '/article/', '/en/article/', '/embed/deal/', '/en/embed/ami/'];
		for (const route of pages) {
			const $ = parsePage('build', `${route.slice(1)}index.html`);
			const data = $('script:not([type]):not([src])').text();
			expect(data, route).toContain('kit.start');
			// The story's paragraphs and sources (not the charts' words or the interface's, which
			// the live parts draw): each run of a paragraph's own text is a whole string of the copy.
			const runs = $('.opening p, .prose p, .card p, .closing p, .sources li, .embed .text p')
				.filter((_, p) => $(p).closest('.chart-frame').length === 0)
				.contents()
				.toArray()
				.filter((n) => n.type === 'text')
				.map((n) => $(n).text())
				.filter((t) => t.trim().length >= 12);
			expect(runs.length, route).toBeGreaterThan(route.includes('embed') ? 3 : 40);
			const sent = (t: string) => [t, t.trim()].some((s) => data.includes(JSON.stringify(s)));
			expect(runs.filter(sent), route).toEqual([]);
		}
	});

	it("sends each page its own charts' styles: an embed none of the other charts', the story all four", () => {
		const marks = (text: string) => new Set([...text.matchAll(CHART_SCOPE)].map((m) => m[1]));
		const styled = (route: string) => {
			const $ = parsePage('build', `${route.slice(1)}index.html`);
			const style = marks($('style').text());
			$('style').remove();
			return { style, markup: marks($.html()) };
		};
		const story = styled('/');
		expect(story.style.size).toBe(4);
		expect(story.style).toEqual(story.markup);
		for (const section of ['leaderboard', 'deal', 'layoffs', 'ami']) {
			for (const route of [`/embed/${section}/`, `/en/embed/${section}/`]) {
				const embed = styled(route);
				expect(embed.markup.size, route).toBe(1);
				expect(embed.style, route).toEqual(embed.markup);
			}
		}
	});
});

describe(`a build under a sub-path (BASE_PATH=${SUB_PATH.base})`, () => {
	// A link that escapes the sub-path does not resolve (tests/unit/links.test.ts shows it caught).
	it(
		'has its pages under the sub-path, and every link and asset resolves there',
		{ timeout: 60_000 },
		() => {
			const { dir, base } = SUB_PATH;
			expect(routes(dir, base)).toEqual(
				expect.arrayContaining([`${base}/`, `${base}/en/`, `${base}/404.html`])
			);
			expect(brokenLinks(dir, base, SITE)).toEqual([]);
		}
	);

	it('shows embed codes (text to paste, not links) that point at files of this build', () => {
		const { dir, base } = SUB_PATH;
		for (const page of [
			'index.html',
			'en/index.html',
			'article/index.html',
			'en/article/index.html'
		]) {
			const $ = parsePage(dir, page);
			const codes = $('textarea')
				.toArray()
				.map((el) => $(el).text());
			expect(codes.length, page).toBe(8);
			const urls = codes.flatMap(snippetUrls);
			expect(urls.length, page).toBe(16);
			expect(missingInBuild(urls, dir, base, SITE), page).toEqual([]);
		}
	});
});
