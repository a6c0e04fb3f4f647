/**
 * What the long tasks of the bench's scroll are made of: scrolls a page of the bench build as
 * trace.mjs does (390×844, 4× CPU throttling, 750 px/s) under a Chrome trace and prints each main
 * thread task over 50 ms with the work inside it (scripts and the functions they start in, style,
 * layout, paint, garbage collection), then totals for the kinds of work the notes in
 * docs/performance.md follow. A diagnosis to read, not a figure for the report.
 *
 *   npm run bench:long-tasks -- [route=/] [--dir=.bench/build] [--base=/lecun]
 *
 * Needs a bench build (`npm run bench` makes one; `--dir` for another made the same way).
 */
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { launchOptions } from '../chromium.js';
import { PHONE, phoneContext } from './page.mjs';
import { serve } from './server.mjs';
import { scrollToEnd } from './trace.mjs';

const { values, positionals } = parseArgs({
	options: {
		dir: { type: 'string', default: '.bench/build' },
		base: { type: 'string', default: '/lecun' },
		port: { type: 'string', default: '4186' }
	},
	allowPositionals: true
});
const route = positionals[0] ?? '/';

// The trace events that say what a task did (Chrome's devtools.timeline names).
const KINDS = {
	FunctionCall: 'script',
	EvaluateScript: 'script',
	'v8.compile': 'compile',
	FireAnimationFrame: 'animation frame',
	TimerFire: 'timer',
	EventDispatch: 'event',
	RunMicrotasks: 'microtasks',
	UpdateLayoutTree: 'style',
	Layout: 'layout',
	ParseHTML: 'parse HTML',
	PrePaint: 'pre-paint',
	Paint: 'paint',
	Layerize: 'layerize',
	Commit: 'commit',
	MinorGC: 'GC',
	MajorGC: 'GC'
};

const server = await serve(values.dir, Number(values.port), { base: values.base });
const browser = await chromium.launch(launchOptions);
const context = await phoneContext(browser);
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.goto(server.url + route, { waitUntil: 'networkidle' });
await page.waitForTimeout(1500);
await page.mouse.move(PHONE.width / 2, PHONE.height / 2);

const events = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
await cdp.send('Tracing.start', {
	categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute',
	transferMode: 'ReportEvents'
});
await scrollToEnd(page);
await cdp.send('Tracing.end');
await complete;
await browser.close();
await server.close();

// The page's main thread: the renderer thread that ran its animation frames.
const frames = events.filter((e) => e.name === 'FireAnimationFrame');
const threads = events.filter(
	(e) =>
		e.name === 'thread_name' &&
		e.args?.name === 'CrRendererMain' &&
		frames.some((f) => f.pid === e.pid && f.tid === e.tid)
);
const main = threads[0];
if (!main) throw new Error('no renderer main thread with animation frames in the trace');
const slices = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
const start = Math.min(...slices.map((e) => e.ts));
const tasks = slices.filter((e) => e.name === 'RunTask' && e.dur > 50_000);
const ms = (us) => Math.round(us / 1000);
const totals = {};
for (const task of tasks) {
	const inside = slices.filter(
		(e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && KINDS[e.name]
	);
	// Time by kind, each slice counted once where kinds nest (a script inside an animation frame).
	const byKind = {};
	for (const e of inside) {
		const outer = inside.find(
			(o) =>
				o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && KINDS[o.name] === KINDS[e.name]
		);
		if (!outer) byKind[KINDS[e.name]] = (byKind[KINDS[e.name]] ?? 0) + e.dur;
	}
	const scripts = inside
		.filter((e) => e.name === 'FunctionCall')
		.map((e) => {
			const d = e.args?.data ?? {};
			return `${d.functionName || '(anonymous)'}@${(d.url ?? '').split('/').pop()}`;
		});
	// Svelte starts and ends each transition in an animation's `onfinish` (a zero-length one
	// first, to start it in the next frame); the scroller reads the step in a timer task posted
	// from an animation frame, and the step's update runs in that task's microtasks.
	const cause = /onfinish/.test(scripts.join())
		? "frame with Svelte's transition callbacks (fades starting or ending)"
		: (byKind['timer'] ?? 0) > task.dur / 5 && byKind['microtasks']
			? "step change (the scroller's reading, then Svelte's update)"
			: (byKind['animation frame'] ?? 0) > task.dur / 5
				? 'animation frame'
				: (byKind['microtasks'] ?? 0) > task.dur / 5 && byKind['layout']
					? 'mount (script, then its layout)'
					: byKind['script']
						? 'script'
						: 'rendering';
	totals[cause] = totals[cause] ?? { count: 0, ms: 0, longest: 0 };
	totals[cause].count++;
	totals[cause].ms += ms(task.dur);
	totals[cause].longest = Math.max(totals[cause].longest, ms(task.dur));
	const parts = Object.entries(byKind)
		.sort((a, b) => b[1] - a[1])
		.map(([k, v]) => `${k} ${ms(v)}`)
		.join(', ');
	console.log(
		`${String(ms(task.ts - start)).padStart(6)} ms  ${String(ms(task.dur)).padStart(4)} ms  ${cause}: ${parts}` +
			(scripts.length ? `\n                    first script: ${scripts[0]}` : '')
	);
}
console.log(`\n${route}: ${tasks.length} tasks over 50 ms while scrolling`);
for (const [cause, t] of Object.entries(totals).sort((a, b) => b[1].ms - a[1].ms))
	console.log(`  ${cause}: ${t.count} (${t.ms} ms in all, longest ${t.longest} ms)`);
