/**
 * The performance benchmark: `npm run bench` (a measurement, not a test; CI does not run it).
 *
 * Builds the site under BASE_PATH=/lecun (as a newsroom hosts it; into .bench/, so build/ is left
 * alone), serves it and a bare floor page per language from one static server (server.mjs,
 * floor.mjs), and measures in one run:
 *   - Lighthouse 12, mobile, simulated throttling, median of 3 (lighthouse.mjs), every route and
 *     the floor, reported as ratios to the floor;
 *   - bytes before the reader scrolls, the story HTML by part, DOM per step, memory (page.mjs);
 *   - a scroll trace of the story and of the floor at 390×844, 4× CPU throttling (trace.mjs).
 * Prints the report (report.mjs), writes bench-results/<date>.json and latest.json, and rewrites
 * the generated part of docs/performance.md.
 *
 * Options: --no-build (measure the existing .bench/build), --runs=N (Lighthouse runs, default 3),
 * --no-lighthouse, --no-doc, --port=N (default BENCH_PORT or 4185), --routes=/,/en/ (a subset),
 * --base=/lecun ('' for the site root).
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumFlags, chromiumPath } from '../chromium.js';
import { FLOOR_ROUTES, writeFloor } from './floor.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { options } from './options.mjs';
import { htmlParts, measureBytes, measureMemory, measureSteps } from './page.mjs';
import { floorLang, report, writeDoc } from './report.mjs';
import { serve } from './server.mjs';
import { scrollTrace } from './trace.mjs';

if (!chromiumPath)
	throw new Error('No Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');
const CHROME_FLAGS = ['--headless=new', ...chromiumFlags];
const BUILD = join('.bench', 'build');
const SECTIONS = ['leaderboard', 'deal', 'layoffs', 'ami'];
const ALL_ROUTES = [
	'/',
	'/en/',
	'/article/',
	'/en/article/',
	...SECTIONS.flatMap((s) => [`/embed/${s}/`, `/en/embed/${s}/`])
];
const started = Date.now();
const loadAtStart = loadavg()[0];
const log = (...a) => console.error(`[bench ${Math.round((Date.now() - started) / 1000)}s]`, ...a);

if (options.build) {
	log(`building under ${options.base || '/'} into ${BUILD}…`);
	// tsconfig.json extends .svelte-kit/tsconfig.json, which a build into .bench/kit does not
	// write: on a fresh clone the bench's build failed without it.
	if (spawnSync('npx', ['svelte-kit', 'sync'], { stdio: 'inherit' }).status !== 0)
		throw new Error('svelte-kit sync failed');
	const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: {
			...process.env,
			BASE_PATH: options.base,
			BUILD_DIR: BUILD,
			KIT_OUT_DIR: join('.bench', 'kit'),
			SITE_URL: process.env.SITE_URL ?? `http://127.0.0.1:${options.port}`
		}
	});
	if (r.status !== 0) throw new Error('build failed');
}

const routes = [];
for (const route of options.routes ?? ALL_ROUTES) {
	const file = join(BUILD, route, 'index.html');
	if (!existsSync(file)) {
		log(`${route} skipped: not in this build`);
		continue;
	}
	const html = readFileSync(file, 'utf8');
	routes.push({
		route,
		file,
		noindex: /<meta[^>]+name=["']robots["'][^>]+content=["'][^"']*noindex/i.test(html),
		embed: route.includes('/embed/'),
		story: !route.includes('/embed/')
	});
}
const server = await serve(BUILD, options.port, { base: options.base, floorRoot: writeFloor() });
for (const r of routes) r.url = `${server.url}${r.route}`;
const floor = Object.fromEntries(
	FLOOR_ROUTES.map((route) => [floorLang(route), { route, url: `${server.floorUrl}${route}` }])
);
log(`serving at ${server.url}/; routes: ${routes.map((r) => r.route).join(' ')}`);

let lighthouse = {};
let lighthouseVersion = null;
if (options.lighthouse) {
	const targets = [
		...Object.values(floor).map(({ url }) => ({ url, noindex: false })),
		...routes.map(({ url, noindex }) => ({ url, noindex }))
	];
	({ results: lighthouse, version: lighthouseVersion } = await runLighthouse(targets, {
		chromePath: chromiumPath,
		chromeFlags: CHROME_FLAGS,
		runs: options.runs,
		log
	}));
}

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
const bytes = {};
const steps = {};
const parts = {};
for (const target of [...Object.values(floor), ...routes]) {
	log(`bytes and DOM ${target.file ? target.route : `floor ${target.route}`}`);
	bytes[target.url] = await measureBytes(browser, {
		url: target.url,
		origin: server.origin,
		root: BUILD
	});
	if (target.file) {
		steps[target.url] = await measureSteps(browser, target);
		if (target.story) parts[target.route] = htmlParts(target.file);
	}
}
const story = routes.find((r) => r.route === '/');
log('scroll traces (4× CPU throttling)…');
const floorTrace = await scrollTrace(browser, floor.zh);
const trace = story ? { route: story.route, ...(await scrollTrace(browser, story)) } : null;
const memory = story ? { route: story.route, ...(await measureMemory(browser, story)) } : null;
const browserVersion = browser.version();
await browser.close();
await server.close();

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
	date: new Date().toISOString(),
	commit,
	base: options.base,
	cpu: `${cpus()[0]?.model ?? '?'} × ${cpus().length}`,
	cores: cpus().length,
	memoryGiB: Math.round(totalmem() / 2 ** 30),
	os: `${platform()} ${release()}`,
	node: process.version,
	chromium: browserVersion,
	lighthouse: lighthouseVersion,
	loadAverage: [loadAtStart, loadavg()[0]].map((l) => Math.round(l * 10) / 10)
};
// Every measurement, as the report reads it and the JSON keeps it.
const results = { routes, floor, lighthouse, bytes, steps, parts, trace, floorTrace, memory };
const { body, missed, historyRows } = report(results, machine, options.runs);
console.log('\n' + body + '\n');

mkdirSync('bench-results', { recursive: true });
const json = JSON.stringify({ machine, options, ...results, missed }, null, '\t');
writeFileSync(join('bench-results', `${machine.date.replace(/[:.]/g, '-')}.json`), json);
writeFileSync(join('bench-results', 'latest.json'), json);

if (options.doc) {
	writeDoc(join('docs', 'performance.md'), body, historyRows);
	log('wrote docs/performance.md');
}
log(`done in ${Math.round((Date.now() - started) / 1000)} s`);
