/**
 * What a phone-sized page costs in bytes, elements and memory: each function takes a Playwright
 * browser and a page URL and returns plain figures for the report.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';

export const PHONE = { width: 390, height: 844 };

export const phoneContext = (browser, extra = {}) =>
	browser.newContext({
		viewport: PHONE,
		deviceScaleFactor: 3,
		isMobile: true,
		hasTouch: true,
		...extra
	});

const gz = (text) => gzipSync(text).length;

/** Where a served path lives on disk (for raw sizes), if it is a file under `root`. */
function fileOf(root, path) {
	let p = join(root, decodeURIComponent(path));
	if (path.endsWith('/')) p = join(p, 'index.html');
	return existsSync(p) && statSync(p).isFile() ? p : null;
}

const kindOf = (path, type) =>
	type === 'script' || path.endsWith('.js')
		? 'js'
		: type === 'stylesheet' || path.endsWith('.css')
			? 'css'
			: type === 'document'
				? 'html'
				: 'other';

/**
 * Everything fetched before the reader scrolls (idle-time prefetches included), raw and gzip;
 * then, apart, the script fetched once the reader reaches for the page.
 */
export async function measureBytes(browser, { url, origin, root }) {
	const context = await phoneContext(browser);
	const page = await context.newPage();
	const seen = [];
	page.on('response', (res) => {
		const u = new URL(res.url());
		if (u.origin !== origin) {
			seen.push({ path: res.url(), kind: 'foreign', raw: 0, gzip: 0 });
			return;
		}
		const headers = res.headers();
		const file = fileOf(root, u.pathname);
		const sent = Number(headers['content-length'] ?? 0);
		seen.push({
			path: u.pathname,
			kind: kindOf(u.pathname, res.request().resourceType()),
			raw: file ? statSync(file).size : 0,
			gzip: headers['content-encoding'] === 'gzip' ? sent : file ? gz(readFileSync(file)) : sent
		});
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.waitForTimeout(2000); // idle-time work and prefetches
	// Then the reader reaches for the page (a pointer over it): what its app fetches as it starts
	// (src/hooks.server.ts), before any chart's code (that comes as the reader nears a chart).
	const beforeReach = seen.length;
	await page.mouse.move(PHONE.width / 2, PHONE.height / 2);
	await page
		.waitForFunction(() => document.documentElement.classList.contains('ready'), null, {
			timeout: 10000
		})
		.catch(() => {}); // a page without an app (the floor)
	await page.waitForTimeout(2000);
	const reached = seen.splice(beforeReach);
	const dom = await page.evaluate(() => ({
		elements: document.getElementsByTagName('*').length,
		fonts: performance
			.getEntriesByType('resource')
			.filter((e) => /\.(woff2?|ttf|otf)(\?|$)/.test(e.name)).length
	}));
	await context.close();
	const sum = (kind, key) => seen.filter((s) => s.kind === kind).reduce((a, s) => a + s[key], 0);
	const part = (kind) => ({ raw: sum(kind, 'raw'), gzip: sum(kind, 'gzip') });
	return {
		requests: seen.length,
		files: seen.map((s) => `${s.kind} ${s.path} ${s.gzip}`),
		js: { ...part('js'), files: seen.filter((s) => s.kind === 'js').length },
		jsOnReach: {
			gzip: reached.filter((s) => s.kind === 'js').reduce((a, s) => a + s.gzip, 0),
			files: reached.filter((s) => s.kind === 'js').length
		},
		css: part('css'),
		html: part('html'),
		other: part('other'),
		foreignRequests: seen.filter((s) => s.kind === 'foreign').length,
		transferGzip: seen.reduce((a, s) => a + s.gzip, 0),
		dom
	};
}

/**
 * A prerendered page's HTML by part, each gzipped on its own (so the parts add up to a little
 * more than the whole): head, serialized page data, the sticky charts, the hidden per-step
 * fallback charts, and the rest (the text and the page's furniture).
 */
export function htmlParts(file) {
	const html = readFileSync(file, 'utf8');
	const $ = cheerio.load(html);
	const take = (selector) => {
		const out = $(selector)
			.toArray()
			.map((el) => $.html(el))
			.join('');
		$(selector).remove();
		return out;
	};
	const head = $.html($('head'));
	$('head').remove();
	const data = take('script');
	const fallback = take('.static-chart');
	const charts = take('.stage');
	const rest = $.html();
	const size = (text) => ({ raw: Buffer.byteLength(text), gzip: gz(text) });
	return {
		whole: size(html),
		head: size(head),
		pageData: size(data),
		charts: size(charts),
		fallbackCharts: size(fallback),
		text: size(rest)
	};
}

/** Element counts at every step (reduced motion, so each step settles at once). */
export async function measureSteps(browser, { url, embed }) {
	const context = await phoneContext(browser, { reducedMotion: 'reduce' });
	const page = await context.newPage();
	await page.goto(url, { waitUntil: 'networkidle' });
	if (embed) {
		// An embed changes step by its stepper, not by scrolling: one row, as loaded.
		const row = await page.evaluate(() => {
			const embed = document.querySelector('[data-chart]');
			const chart = embed?.querySelector('.live .chart');
			return {
				section: embed?.getAttribute('data-chart') ?? '?',
				busiestStep: 'stepper',
				elements: document.getElementsByTagName('*').length,
				chartNodes: chart?.getElementsByTagName('*').length ?? 0,
				chartSvgNodes: chart?.querySelectorAll('svg *').length ?? 0
			};
		});
		await context.close();
		const { section, ...counts } = row;
		return { [section]: counts };
	}
	const ids = await page.$$eval('[data-step]', (els) => els.map((e) => e.id));
	const bySection = {};
	for (const id of ids) {
		await page.evaluate(
			(id) => document.getElementById(id)?.scrollIntoView({ block: 'center' }),
			id
		);
		await page.waitForTimeout(120);
		await page.waitForLoadState('networkidle');
		const s = await page.evaluate((id) => {
			const section = document.getElementById(id)?.closest('section');
			const stage = section?.querySelector('.stage') ?? section;
			return {
				section: section?.id ?? '?',
				elements: document.getElementsByTagName('*').length,
				chartNodes: stage?.getElementsByTagName('*').length ?? 0,
				chartSvgNodes: stage?.querySelectorAll('svg *').length ?? 0
			};
		}, id);
		const b = (bySection[s.section] ??= {
			busiestStep: id,
			elements: 0,
			chartNodes: 0,
			chartSvgNodes: 0
		});
		if (s.elements > b.elements) Object.assign(b, { busiestStep: id, elements: s.elements });
		b.chartNodes = Math.max(b.chartNodes, s.chartNodes);
		b.chartSvgNodes = Math.max(b.chartSvgNodes, s.chartSvgNodes);
	}
	await context.close();
	return bySection;
}

/**
 * The JS heap after scrolling to the end and back (after a forced garbage collection), and the
 * detached DOM nodes left after switching language and coming back, once and three times.
 *
 * Svelte 5 parses the markup of each component it renders in the browser (rather than hydrates)
 * once, into a `<template>` element it keeps for reuse: detached by design, childless (the
 * markup is in its content fragment). After a switch and back four of them are left, the same
 * four after one switch or three, so they are a bounded cache, not a leak: counted apart, and a
 * miss only if they grow with the switches.
 */
export async function measureMemory(browser, { url }) {
	const context = await phoneContext(browser, { reducedMotion: 'reduce' });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await page.goto(url, { waitUntil: 'networkidle' });
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	for (const y of [...Array(24).keys()].map((i) => (i / 23) * height)) {
		await page.evaluate((y) => scrollTo(0, y), y);
		await page.waitForTimeout(60);
	}
	for (let y = height; y >= 0; y -= height / 12) {
		await page.evaluate((y) => scrollTo(0, y), y);
		await page.waitForTimeout(60);
	}
	await cdp.send('HeapProfiler.collectGarbage');
	const heap = await cdp.send('Runtime.getHeapUsage');
	let detached = null;
	const other = page.locator('a.lang-switch');
	if (await other.count()) {
		const switchAndBack = async () => {
			await other.first().click();
			await page.waitForLoadState('networkidle');
			await page.goBack({ waitUntil: 'networkidle' });
			await cdp.send('HeapProfiler.collectGarbage');
			const { detachedNodes } = await cdp.send('DOM.getDetachedDomNodes');
			const cache = detachedNodes.filter(
				(n) => n.treeNode.nodeName === 'TEMPLATE' && !n.treeNode.childNodeCount
			);
			const nodes = detachedNodes
				.filter((n) => !cache.includes(n))
				.reduce((a, n) => a + (n.retainedNodeIds?.length ?? 1), 0);
			return { nodes, templates: cache.length };
		};
		try {
			const once = await switchAndBack();
			await switchAndBack();
			const thrice = await switchAndBack();
			detached = { ...once, templatesAfterThree: thrice.templates, nodesAfterThree: thrice.nodes };
		} catch {
			detached = null; // this Chromium has no DOM.getDetachedDomNodes
		}
	}
	await context.close();
	return { heapUsedBytes: heap.usedSize, detachedNodes: detached };
}
