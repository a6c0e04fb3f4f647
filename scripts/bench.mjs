/**
 * The performance benchmark: `npm run bench` (a measurement, not a test; CI does not run it).
 *
 * Builds the site, serves `build/` with its precompressed gzip files from a small local server
 * (scripts/bench/server.mjs), then measures each route that exists of `/`, `/en/`, `/article/`
 * and `/embed/leaderboard/`:
 *   - Lighthouse 12.2.3, mobile form factor, simulated throttling, median of 3 runs;
 *   - bytes a phone-sized page loads before the reader scrolls (JS, CSS, HTML; raw and gzip);
 *   - a scroll trace of the story page at 390×844 with 4× CPU throttling: long tasks and frame
 *     intervals during chart transitions;
 *   - DOM size after load and at each section's busiest step.
 * Prints one table, writes `bench-results/<date>.json` and `bench-results/latest.json`, and
 * rewrites the generated part of `docs/performance.md` (appending a line to its history).
 *
 * Options: --no-build (measure the existing build/), --runs=N (Lighthouse runs per route,
 * default 3), --no-lighthouse, --no-doc (leave docs/performance.md alone), --port=N (default
 * BENCH_PORT or 4185).
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, release, platform } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { serve } from './bench/server.mjs';
import { chromiumFlags, chromiumPath } from './chromium.js';

const argv = process.argv.slice(2);
const opt = (name, fallback) => {
	const hit = argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
	if (!hit) return fallback;
	return hit.includes('=') ? hit.slice(hit.indexOf('=') + 1) : true;
};
const PORT = Number(opt('port', process.env.BENCH_PORT ?? 4185));
const RUNS = Number(opt('runs', 3));
const BUILD = 'build';
const CHROME = chromiumPath;
if (!CHROME) throw new Error('No Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');
const CHROME_FLAGS = ['--headless=new', ...chromiumFlags];
const CANDIDATES = ['/', '/en/', '/article/', '/embed/leaderboard/'];
const PHONE = { width: 390, height: 844 };
const started = Date.now();
const loadAtStart = loadavg()[0];
const log = (...a) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s]`, ...a);

// ---------------------------------------------------------------------------------------------
// Build and serve
// ---------------------------------------------------------------------------------------------
if (!argv.includes('--no-build')) {
	log('building…');
	const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, SITE_URL: process.env.SITE_URL ?? `http://127.0.0.1:${PORT}` }
	});
	if (r.status !== 0) throw new Error('build failed');
}
const routes = [];
const notes = [];
for (const route of CANDIDATES) {
	const file = join(BUILD, route, 'index.html');
	if (!existsSync(file)) {
		notes.push(`${route} skipped: not in this build.`);
		continue;
	}
	const html = readFileSync(file, 'utf8');
	const noindex = /<meta[^>]+name=["']robots["'][^>]+content=["'][^"']*noindex/i.test(html);
	routes.push({ route, noindex, embed: route.startsWith('/embed/') });
}
const server = await serve(BUILD, PORT);
log(`serving ${BUILD}/ at ${server.url}; routes: ${routes.map((r) => r.route).join(' ')}`);

const median = (xs) => {
	const s = xs.filter((x) => typeof x === 'number' && !Number.isNaN(x)).sort((a, b) => a - b);
	if (!s.length) return null;
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const percentile = (xs, p) => {
	const s = [...xs].sort((a, b) => a - b);
	if (!s.length) return null;
	return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

// ---------------------------------------------------------------------------------------------
// Lighthouse
// ---------------------------------------------------------------------------------------------
const lighthouseResults = {};
let lighthouseVersion = null;
if (!argv.includes('--no-lighthouse')) {
	const { default: lighthouse } = await import('lighthouse');
	const chromeLauncher = await import('chrome-launcher');
	const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS });
	try {
		for (const { route, noindex } of routes) {
			const categories = ['performance', 'accessibility', 'best-practices'];
			if (!noindex) categories.push('seo');
			const runs = [];
			for (let i = 0; i < RUNS; i++) {
				const result = await lighthouse(`${server.url}${route}`, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: categories
				});
				if (!result) throw new Error(`Lighthouse returned nothing for ${route}`);
				const lhr = result.lhr;
				lighthouseVersion = lhr.lighthouseVersion;
				if (lhr.runtimeError) throw new Error(`${route}: ${lhr.runtimeError.message}`);
				runs.push(lhr);
				log(
					`lighthouse ${route} run ${i + 1}/${RUNS}: perf ${Math.round(lhr.categories.performance.score * 100)}`
				);
			}
			const cat = (id) =>
				median(
					runs.map((r) => (r.categories[id] ? Math.round(r.categories[id].score * 100) : NaN))
				);
			const num = (id) => median(runs.map((r) => r.audits[id]?.numericValue));
			// What kept a category below 100, in any run (audit ids, with Lighthouse's own titles).
			const misses = {};
			for (const r of runs) {
				for (const c of Object.values(r.categories)) {
					for (const ref of c.auditRefs) {
						const a = r.audits[ref.id];
						if (ref.weight > 0 && a && a.score !== null && a.score < 1) {
							(misses[c.id] ??= {})[ref.id] = a.title;
						}
					}
				}
			}
			const last = runs[Math.floor(runs.length / 2)];
			lighthouseResults[route] = {
				runs: runs.length,
				performance: cat('performance'),
				accessibility: cat('accessibility'),
				bestPractices: cat('best-practices'),
				seo: noindex ? null : cat('seo'),
				fcpMs: num('first-contentful-paint'),
				lcpMs: num('largest-contentful-paint'),
				tbtMs: num('total-blocking-time'),
				cls: num('cumulative-layout-shift'),
				speedIndexMs: num('speed-index'),
				totalByteWeight: num('total-byte-weight'),
				domSize: num('dom-size'),
				bootupMs: num('bootup-time'),
				mainThreadMs: num('mainthread-work-breakdown'),
				lcpElement:
					last.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node
						?.snippet ?? null,
				misses
			};
		}
	} finally {
		await chrome.kill();
	}
}

// ---------------------------------------------------------------------------------------------
// Playwright: bytes, DOM, scroll trace
// ---------------------------------------------------------------------------------------------
const browser = await chromium.launch({
	executablePath: CHROME,
	args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless'))
});
const browserVersion = browser.version();
const phone = (extra = {}) =>
	browser.newContext({
		viewport: PHONE,
		deviceScaleFactor: 3,
		isMobile: true,
		hasTouch: true,
		...extra
	});

/** Where a served path lives in build/ (for raw sizes). */
const fileOf = (path) => {
	let p = join(BUILD, decodeURIComponent(path));
	if (path.endsWith('/')) p = join(p, 'index.html');
	return existsSync(p) && statSync(p).isFile() ? p : null;
};
const kindOf = (path, type) =>
	type === 'script' || path.endsWith('.js')
		? 'js'
		: type === 'stylesheet' || path.endsWith('.css')
			? 'css'
			: type === 'document'
				? 'html'
				: 'other';

async function measureBytes(route) {
	const context = await phone();
	const page = await context.newPage();
	const seen = [];
	page.on('response', async (res) => {
		const url = new URL(res.url());
		if (url.origin !== server.url) {
			seen.push({ path: res.url(), kind: 'foreign', raw: 0, gzip: 0 });
			return;
		}
		const headers = res.headers();
		const file = fileOf(url.pathname);
		const raw = file ? statSync(file).size : 0;
		const sent = Number(headers['content-length'] ?? 0);
		seen.push({
			path: url.pathname,
			kind: kindOf(url.pathname, res.request().resourceType()),
			raw,
			gzip:
				headers['content-encoding'] === 'gzip'
					? sent
					: file
						? gzipSync(readFileSync(file)).length
						: sent
		});
	});
	await page.goto(`${server.url}${route}`, { waitUntil: 'networkidle' });
	await page.waitForTimeout(500);
	const after = await page.evaluate(() => ({
		elements: document.getElementsByTagName('*').length,
		svgElements: document.querySelectorAll('svg *').length,
		fonts: performance
			.getEntriesByType('resource')
			.filter((e) => /\.(woff2?|ttf|otf)(\?|$)/.test(e.name)).length
	}));
	await context.close();
	const sum = (kind, key) => seen.filter((s) => s.kind === kind).reduce((a, s) => a + s[key], 0);
	return {
		requests: seen.length,
		files: seen.map((s) => `${s.kind} ${s.path} ${s.gzip}`),
		js: {
			raw: sum('js', 'raw'),
			gzip: sum('js', 'gzip'),
			files: seen.filter((s) => s.kind === 'js').length
		},
		css: { raw: sum('css', 'raw'), gzip: sum('css', 'gzip') },
		html: { raw: sum('html', 'raw'), gzip: sum('html', 'gzip') },
		other: { raw: sum('other', 'raw'), gzip: sum('other', 'gzip') },
		foreignRequests: seen.filter((s) => s.kind === 'foreign').length,
		transferGzip: seen.reduce((a, s) => a + s.gzip, 0),
		dom: after
	};
}

/** Element counts at every step (reduced motion, so each step settles at once). */
async function measureSteps(route) {
	const context = await phone({ reducedMotion: 'reduce' });
	const page = await context.newPage();
	await page.goto(`${server.url}${route}`, { waitUntil: 'networkidle' });
	if (route.startsWith('/embed/')) {
		// An embed holds every step's text at once and changes step by its stepper, not by
		// scrolling: one row, as loaded.
		const row = await page.evaluate(() => {
			const embed = document.querySelector('[data-chart]');
			const chart = embed?.querySelector('.live .chart');
			return {
				section: embed?.getAttribute('data-chart') ?? '?',
				elements: document.getElementsByTagName('*').length,
				chartSvgNodes: chart?.querySelectorAll('svg *').length ?? 0,
				chartNodes: chart?.getElementsByTagName('*').length ?? 0
			};
		});
		await context.close();
		const { section, ...counts } = row;
		return { steps: [], bySection: { [section]: { busiestStep: 'stepper', ...counts } } };
	}
	const steps = await page.$$eval('[data-step]', (els) => els.map((e) => e.id));
	const out = [];
	for (const id of steps) {
		await page.evaluate(
			(id) => document.getElementById(id)?.scrollIntoView({ block: 'center' }),
			id
		);
		await page.waitForTimeout(120);
		await page.evaluate(
			() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(0))))
		);
		await page.waitForLoadState('networkidle');
		out.push(
			await page.evaluate((id) => {
				const section = document.getElementById(id)?.closest('section');
				const stage = section?.querySelector('.stage') ?? section;
				return {
					step: id,
					section: section?.id ?? '?',
					elements: document.getElementsByTagName('*').length,
					sectionElements: section?.getElementsByTagName('*').length ?? 0,
					chartSvgNodes: stage?.querySelectorAll('svg *').length ?? 0,
					chartNodes: stage?.getElementsByTagName('*').length ?? 0
				};
			}, id)
		);
	}
	await context.close();
	const bySection = {};
	for (const s of out) {
		const b = (bySection[s.section] ??= {
			busiestStep: s.step,
			elements: 0,
			chartNodes: 0,
			chartSvgNodes: 0
		});
		if (s.elements > b.elements) Object.assign(b, { busiestStep: s.step, elements: s.elements });
		b.chartNodes = Math.max(b.chartNodes, s.chartNodes);
		b.chartSvgNodes = Math.max(b.chartSvgNodes, s.chartSvgNodes);
	}
	return { steps: out, bySection };
}

/** Scrolls the whole piece at a reader's pace with 4× CPU throttling. */
async function scrollTrace(route) {
	const context = await phone();
	const page = await context.newPage();
	await page.addInitScript(() => {
		const b = (window.__bench = { longtasks: [], frames: [], changes: [] });
		try {
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) b.longtasks.push([e.startTime, e.duration]);
			}).observe({ type: 'longtask', buffered: true });
		} catch {
			b.noLongtask = true;
		}
		let last;
		const tick = (t) => {
			if (last !== undefined) b.frames.push([t, t - last]);
			last = t;
			requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
		addEventListener('DOMContentLoaded', () => {
			new MutationObserver((records) => {
				for (const r of records) {
					const el = r.target;
					if (el.classList?.contains('step') && el.classList.contains('is-active')) {
						b.changes.push([performance.now(), el.id]);
					}
				}
			}).observe(document.body, { attributes: true, attributeFilter: ['class'], subtree: true });
		});
	});
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.goto(`${server.url}${route}`, { waitUntil: 'networkidle' });
	await page.waitForTimeout(1500);
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	await page.mouse.move(PHONE.width / 2, PHONE.height / 2);
	const t0 = await page.evaluate(() => performance.now());
	// A reader's pace: 120 px every 160 ms (750 px/s), i.e. one step card about every second,
	// slower than a fling, faster than reading every word (so the trace stays short).
	const STEP = 120;
	const PAUSE = 160;
	for (let y = 0; y < height; y += STEP) {
		await page.mouse.wheel(0, STEP);
		await page.waitForTimeout(PAUSE);
	}
	await page.waitForTimeout(1200);
	const t1 = await page.evaluate(() => performance.now());
	const data = await page.evaluate(() => window.__bench);
	const atEnd = await page.evaluate(() => ({
		y: scrollY,
		max: document.documentElement.scrollHeight - innerHeight
	}));
	await context.close();
	const TRANSITION = 900; // --chart-duration 700 ms plus a margin
	const inTransition = (t) => data.changes.some(([c]) => t >= c && t <= c + TRANSITION);
	const scrollTasks = data.longtasks.filter(([s]) => s >= t0 && s <= t1);
	const loadTasks = data.longtasks.filter(([s]) => s < t0);
	const scrollFrames = data.frames.filter(([t]) => t >= t0 && t <= t1).map(([, d]) => d);
	const transitionFrames = data.frames
		.filter(([t]) => t >= t0 && t <= t1 && inTransition(t))
		.map(([, d]) => d);
	return {
		cpuThrottling: 4,
		viewport: PHONE,
		pxPerSecond: Math.round((STEP * 1000) / PAUSE),
		scrolledPx: atEnd.y,
		reachedEnd: atEnd.y >= atEnd.max - 2,
		seconds: Math.round((t1 - t0) / 100) / 10,
		stepChanges: data.changes.filter(([t]) => t >= t0).length,
		longTasksOver50: scrollTasks.filter(([, d]) => d > 50).length,
		longestTaskMs: scrollTasks.length ? Math.round(Math.max(...scrollTasks.map(([, d]) => d))) : 0,
		loadLongTasks: loadTasks.length,
		loadLongestTaskMs: loadTasks.length ? Math.round(Math.max(...loadTasks.map(([, d]) => d))) : 0,
		transitionFrames: transitionFrames.length,
		p95FrameMs: transitionFrames.length
			? Math.round(percentile(transitionFrames, 95) * 10) / 10
			: null,
		p95FrameAllScrollMs: scrollFrames.length
			? Math.round(percentile(scrollFrames, 95) * 10) / 10
			: null,
		longtaskApi: !data.noLongtask
	};
}

const bytes = {};
const steps = {};
for (const { route } of routes) {
	log(`bytes and DOM ${route}`);
	bytes[route] = await measureBytes(route);
	steps[route] = await measureSteps(route);
}
const traceRoute = routes.find((r) => r.route === '/')?.route ?? routes[0]?.route;
log(`scroll trace ${traceRoute} (4× CPU throttling)…`);
const trace = traceRoute ? await scrollTrace(traceRoute) : null;
await browser.close();
await server.close();

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------
const kb = (n) => (n / 1000).toFixed(1);
const ms = (n) => (n === null || n === undefined ? '–' : String(Math.round(n)));
const s2 = (n) => (n === null || n === undefined ? '–' : (n / 1000).toFixed(2));
let commit = 'unknown';
try {
	commit = execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
		.toString()
		.trim();
	if (
		execSync('git status --porcelain -- src svelte.config.js vite.config.ts package.json')
			.toString()
			.trim()
	)
		commit += '+changes';
} catch {
	/* not a git checkout */
}
const machine = {
	cpu: `${cpus()[0]?.model ?? '?'} × ${cpus().length}`,
	memoryGiB: Math.round(totalmem() / 2 ** 30),
	os: `${platform()} ${release()}`,
	node: process.version,
	chromium: browserVersion,
	lighthouse: lighthouseVersion,
	loadAverage: [loadAtStart, loadavg()[0]].map((l) => Math.round(l * 10) / 10)
};
const date = new Date().toISOString();
const budgetJs = (r) => (r.embed ? 40_000 : 50_000);

const table = [];
table.push(
	'| Route | Perf | A11y | BP | SEO | FCP s | LCP s | TBT ms | CLS | SI s | JS KB gz (raw) | CSS KB gz (raw) | HTML KB gz (raw) | First view KB gz | Requests | DOM after load | DOM busiest step |'
);
table.push('|' + ' --- |'.repeat(17));
for (const r of routes) {
	const l = lighthouseResults[r.route] ?? {};
	const b = bytes[r.route];
	const busiest = Math.max(0, ...Object.values(steps[r.route].bySection).map((s) => s.elements));
	table.push(
		`| \`${r.route}\` | ${l.performance ?? '–'} | ${l.accessibility ?? '–'} | ${l.bestPractices ?? '–'} | ${r.noindex ? 'n/a (noindex)' : (l.seo ?? '–')} | ${s2(l.fcpMs)} | ${s2(l.lcpMs)} | ${ms(l.tbtMs)} | ${l.cls === undefined || l.cls === null ? '–' : l.cls.toFixed(3)} | ${s2(l.speedIndexMs)} | ${kb(b.js.gzip)} (${kb(b.js.raw)}) | ${b.css.raw ? `${kb(b.css.gzip)} (${kb(b.css.raw)})` : 'inlined in HTML'} | ${kb(b.html.gzip)} (${kb(b.html.raw)}) | ${kb(b.transferGzip)} | ${b.requests} | ${b.dom.elements} | ${busiest || '–'} |`
	);
}
const sectionTable = [
	'| Route | Section | Busiest step | Elements then | Chart elements (max) | Chart SVG nodes (max) |',
	'| --- | --- | --- | --- | --- | --- |'
];
for (const r of routes) {
	for (const [id, s] of Object.entries(steps[r.route].bySection)) {
		sectionTable.push(
			`| \`${r.route}\` | ${id} | \`${s.busiestStep}\` | ${s.elements} | ${s.chartNodes} | ${s.chartSvgNodes} |`
		);
	}
}
const traceLines = trace
	? [
			`Scroll trace of \`${traceRoute}\`: ${trace.viewport.width}×${trace.viewport.height}, ${trace.cpuThrottling}× CPU throttling, ${trace.pxPerSecond} px/s over ${trace.seconds} s (${trace.stepChanges} step changes, reached the end: ${trace.reachedEnd ? 'yes' : 'no'}).`,
			'',
			'| Long tasks > 50 ms while scrolling | Longest task ms | p95 frame interval in transitions ms | p95 frame interval, whole scroll ms | Long tasks during load |',
			'| --- | --- | --- | --- | --- |',
			`| ${trace.longTasksOver50} | ${trace.longestTaskMs} | ${trace.p95FrameMs ?? '–'} (${trace.transitionFrames} frames) | ${trace.p95FrameAllScrollMs ?? '–'} | ${trace.loadLongTasks} (longest ${trace.loadLongestTaskMs} ms) |`
		]
	: ['No scroll trace (no route).'];

const checks = [];
for (const r of routes) {
	const l = lighthouseResults[r.route];
	const b = bytes[r.route];
	const miss = (what) => checks.push(`- \`${r.route}\`: ${what}`);
	if (l) {
		if (l.performance < 100) miss(`Performance ${l.performance} < 100`);
		if (l.accessibility < 100)
			miss(
				`Accessibility ${l.accessibility} < 100 (${Object.keys(l.misses.accessibility ?? {}).join(', ')})`
			);
		if (l.bestPractices < 100)
			miss(
				`Best Practices ${l.bestPractices} < 100 (${Object.keys(l.misses['best-practices'] ?? {}).join(', ')})`
			);
		if (!r.noindex && l.seo < 100)
			miss(`SEO ${l.seo} < 100 (${Object.keys(l.misses.seo ?? {}).join(', ')})`);
		if (l.lcpMs > 1000) miss(`LCP ${s2(l.lcpMs)} s > 1.0 s`);
		if (l.tbtMs > 30) miss(`TBT ${ms(l.tbtMs)} ms > 30 ms`);
		if (l.cls > 0.01) miss(`CLS ${l.cls.toFixed(3)} > 0.01`);
	}
	if (b.js.gzip > budgetJs(r))
		miss(`JS before first scroll ${kb(b.js.gzip)} KB gzip > ${budgetJs(r) / 1000} KB`);
	if (b.transferGzip > 120_000) miss(`first-view transfer ${kb(b.transferGzip)} KB gzip > 120 KB`);
	if (b.dom.fonts > 0) miss(`${b.dom.fonts} web font file(s) loaded`);
	if (b.foreignRequests > 0) miss(`${b.foreignRequests} request(s) left the origin`);
	for (const [id, s] of Object.entries(steps[r.route].bySection))
		if (s.chartSvgNodes > 1000) miss(`${id} chart has ${s.chartSvgNodes} SVG nodes > 1,000`);
}
if (trace) {
	if (trace.longTasksOver50 > 0)
		checks.push(
			`- scroll trace: ${trace.longTasksOver50} long task(s) > 50 ms (longest ${trace.longestTaskMs} ms)`
		);
	if (trace.p95FrameMs > 20)
		checks.push(`- scroll trace: p95 frame interval in transitions ${trace.p95FrameMs} ms > 20 ms`);
}

const body = [
	`Measured ${date.slice(0, 16).replace('T', ' ')} UTC, commit \`${commit}\`, on ${machine.cpu}, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium}, Lighthouse ${machine.lighthouse ?? '(not run)'}.`,
	`Load average (1 min) at start and end: ${machine.loadAverage.join(' and ')} on ${cpus().length} cores${Math.max(...machine.loadAverage) > cpus().length ? ' — **other work was running: timings (TBT, LCP, the trace) are inflated; compare runs made on a quiet machine**' : ''}.`,
	`Lighthouse: mobile form factor, simulated throttling, median of ${RUNS} runs per figure. Bytes: what a 390×844 page fetches before the reader scrolls (gzip as served; raw = the file on disk). **Headless Chromium on this machine is not a phone**: the trace's 4× CPU throttling only scales this machine's speed.`,
	'',
	...table,
	'',
	...traceLines,
	'',
	'DOM per section (element counts with reduced motion, after each step settles):',
	'',
	...sectionTable,
	'',
	checks.length ? 'Targets missed:\n\n' + checks.join('\n') : 'Every target met.',
	...(notes.length ? ['', notes.join(' ')] : [])
].join('\n');

console.log('\n' + body + '\n');

mkdirSync('bench-results', { recursive: true });
const json = {
	date,
	commit,
	machine,
	settings: { runs: RUNS, chromeFlags: CHROME_FLAGS },
	routes,
	notes,
	lighthouse: lighthouseResults,
	bytes,
	steps,
	trace,
	missed: checks
};
writeFileSync(
	join('bench-results', `${date.replace(/[:.]/g, '-')}.json`),
	JSON.stringify(json, null, '\t')
);
writeFileSync(join('bench-results', 'latest.json'), JSON.stringify(json, null, '\t'));

if (!argv.includes('--no-doc')) {
	const docPath = join('docs', 'performance.md');
	mkdirSync('docs', { recursive: true });
	let doc = existsSync(docPath)
		? readFileSync(docPath, 'utf8')
		: '# Performance\n\n`npm run bench` rewrites the part between the markers and appends a line to the history.\n\n<!-- bench:latest:start -->\n<!-- bench:latest:end -->\n\n## History\n\n| Date (UTC) | Commit | Machine | Route | Perf | LCP s | TBT ms | CLS | JS KB gz | First view KB gz | Long tasks | p95 frame ms |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n<!-- bench:history:end -->\n';
	doc = doc.replace(
		/<!-- bench:latest:start -->[\s\S]*<!-- bench:latest:end -->/,
		`<!-- bench:latest:start -->\n\n${body}\n\n<!-- bench:latest:end -->`
	);
	const rows = routes
		.map((r) => {
			const l = lighthouseResults[r.route] ?? {};
			const b = bytes[r.route];
			const t = r.route === traceRoute && trace;
			return `| ${date.slice(0, 16).replace('T', ' ')} | \`${commit}\` | ${cpus().length} cores | \`${r.route}\` | ${l.performance ?? '–'} | ${s2(l.lcpMs)} | ${ms(l.tbtMs)} | ${l.cls?.toFixed(3) ?? '–'} | ${kb(b.js.gzip)} | ${kb(b.transferGzip)} | ${t ? t.longTasksOver50 : ''} | ${t ? t.p95FrameMs : ''} |`;
		})
		.join('\n');
	// Rows join the table right above the marker (Prettier keeps a blank line before it).
	doc = doc.replace(/\n*<!-- bench:history:end -->/, `\n${rows}\n\n<!-- bench:history:end -->`);
	writeFileSync(docPath, doc);
	// Keep the committed file in the project's one code style (npm test checks it).
	spawnSync('npx', ['prettier', '--write', docPath], { stdio: 'ignore' });
	log(`wrote ${docPath}`);
}
log(`done in ${Math.round((Date.now() - started) / 1000)} s`);
