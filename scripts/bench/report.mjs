/**
 * The benchmark's report: one Markdown body (printed, and written between the markers of
 * docs/performance.md with a line per route appended to its history) and the list of targets
 * missed. Targets are issue 14's: ratios to the floor page measured in the same run.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';

const kb = (n) => (n === null || n === undefined ? '–' : (n / 1000).toFixed(1));
const ms = (n) => (n === null || n === undefined ? '–' : String(Math.round(n)));
const s2 = (n) => (n === null || n === undefined ? '–' : (n / 1000).toFixed(2));
const x2 = (n) => (n === null || n === undefined || Number.isNaN(n) ? '–' : `${n.toFixed(2)}×`);
const signed = (n) =>
	n === null || n === undefined ? '–' : `${n >= 0 ? '+' : ''}${Math.round(n)}`;

const TARGETS = {
	lcpRatio: 1.3,
	tbtOverFloorMs: 30,
	storyHtmlGzip: 25_000,
	storyJsGzip: 40_000,
	embedJsGzip: 32_000,
	p95OverFloorMs: 4,
	heapBytes: 15_000_000
};

/** Which floor a route is compared with: the one in its language. */
export const floorLang = (route) => (/(^|\/)en\//.test(route) ? 'en' : 'zh');

/**
 * `results` as index.mjs measured them; returns the Markdown body, the targets missed and the
 * history line of each route for docs/performance.md.
 */
export function report(results, machine, runs) {
	const { routes, floor, lighthouse, bytes, steps, parts, trace, floorTrace, memory } = results;
	const lh = (r) => lighthouse[r.url] ?? {};
	const floorOf = (r) => lighthouse[floor[floorLang(r.route)]?.url] ?? {};
	const lcpRatio = (r) => (lh(r).lcpMs && floorOf(r).lcpMs ? lh(r).lcpMs / floorOf(r).lcpMs : null);
	const tbtOver = (r) =>
		lh(r).tbtMs !== undefined && floorOf(r).tbtMs !== undefined
			? lh(r).tbtMs - floorOf(r).tbtMs
			: null;

	const table = [
		'| Route | Perf | A11y | BP | SEO | FCP s | LCP s | LCP ÷ floor | TBT ms | TBT − floor ms | CLS | JS KB gz | JS at first reach KB gz | HTML KB gz | First view KB gz | DOM after load |',
		'|' + ' --- |'.repeat(16)
	];
	for (const lang of ['zh', 'en']) {
		const f = lighthouse[floor[lang]?.url];
		if (f)
			table.push(
				`| floor (${lang}) | ${f.performance} | ${f.accessibility} | ${f.bestPractices} | ${f.seo} | ${s2(f.fcpMs)} | ${s2(f.lcpMs)} | 1.00× | ${ms(f.tbtMs)} | 0 | ${f.cls?.toFixed(3)} | 0.0 | 0.0 | ${kb(bytes[floor[lang].url]?.html.gzip)} | ${kb(bytes[floor[lang].url]?.transferGzip)} | ${bytes[floor[lang].url]?.dom.elements ?? '–'} |`
			);
	}
	for (const r of routes) {
		const l = lh(r);
		const b = bytes[r.url];
		table.push(
			`| \`${r.route}\` | ${l.performance ?? '–'} | ${l.accessibility ?? '–'} | ${l.bestPractices ?? '–'} | ${r.noindex ? 'n/a (noindex)' : (l.seo ?? '–')} | ${s2(l.fcpMs)} | ${s2(l.lcpMs)} | ${x2(lcpRatio(r))} | ${ms(l.tbtMs)} | ${signed(tbtOver(r))} | ${l.cls?.toFixed(3) ?? '–'} | ${kb(b.js.gzip)} | ${kb(b.jsOnReach?.gzip)} | ${kb(b.html.gzip)} | ${kb(b.transferGzip)} | ${b.dom.elements} |`
		);
	}

	const partTable = [
		'| Route | Whole | Head | Page data (scripts) | Sticky charts | Fallback charts | Text and furniture |',
		'| --- | --- | --- | --- | --- | --- | --- |'
	];
	for (const [route, p] of Object.entries(parts))
		partTable.push(
			`| \`${route}\` | ${kb(p.whole.gzip)} (${kb(p.whole.raw)}) | ${kb(p.head.gzip)} | ${kb(p.pageData.gzip)} | ${kb(p.charts.gzip)} | ${kb(p.fallbackCharts.gzip)} (${kb(p.fallbackCharts.raw)} raw) | ${kb(p.text.gzip)} |`
		);

	const sectionTable = [
		'| Route | Section | Busiest step | Elements then | Chart elements (max) | Chart SVG nodes (max) |',
		'| --- | --- | --- | --- | --- | --- |'
	];
	for (const r of routes)
		for (const [id, s] of Object.entries(steps[r.url] ?? {}))
			sectionTable.push(
				`| \`${r.route}\` | ${id} | \`${s.busiestStep}\` | ${s.elements} | ${s.chartNodes} | ${s.chartSvgNodes} |`
			);

	const traceTable = trace
		? [
				`Scroll traces: ${trace.viewport.width}×${trace.viewport.height}, ${trace.cpuThrottling}× CPU throttling, ${trace.pxPerSecond} px/s; the story over ${trace.seconds} s (${trace.stepChanges} step changes, reached the end: ${trace.reachedEnd ? 'yes' : 'no'}).`,
				'',
				'| Page | Long tasks > 50 ms while scrolling | Longest task ms | p95 frame interval in transitions ms | p95 frame interval, whole scroll ms | Long tasks during load |',
				'| --- | --- | --- | --- | --- | --- |',
				...(floorTrace
					? [
							`| floor (zh) | ${floorTrace.longTasksOver50} | ${floorTrace.longestTaskMs} | – | ${floorTrace.p95FrameAllScrollMs ?? '–'} | ${floorTrace.loadLongTasks} |`
						]
					: []),
				`| \`${trace.route}\` | ${trace.longTasksOver50} | ${trace.longestTaskMs} | ${trace.p95FrameMs ?? '–'} (${trace.transitionFrames} frames) | ${trace.p95FrameAllScrollMs ?? '–'} | ${trace.loadLongTasks} (longest ${trace.loadLongestTaskMs} ms) |`
			]
		: ['No scroll trace.'];

	const memoryLine = memory
		? `Memory on \`${memory.route}\` at 390×844: JS heap ${(memory.heapUsedBytes / 1e6).toFixed(1)} MB after scrolling to the end and back (after garbage collection); ${detachedLine(memory.detachedNodes)}.`
		: '';

	const missed = [];
	const miss = (what) => missed.push(`- ${what}`);
	for (const r of routes) {
		const l = lh(r);
		const b = bytes[r.url];
		if (l.performance !== undefined) {
			if (l.performance < 100) miss(`\`${r.route}\`: Performance ${l.performance} < 100`);
			if (!r.noindex)
				for (const [id, name] of [
					['accessibility', 'Accessibility'],
					['bestPractices', 'Best Practices'],
					['seo', 'SEO']
				])
					if (l[id] < 100)
						miss(
							`\`${r.route}\`: ${name} ${l[id]} < 100 (${Object.keys(l.misses[id === 'bestPractices' ? 'best-practices' : id] ?? {}).join(', ')})`
						);
			const ratio = lcpRatio(r);
			if (ratio !== null && ratio > TARGETS.lcpRatio)
				miss(
					`\`${r.route}\`: LCP ${s2(l.lcpMs)} s is ${x2(ratio)} the floor's (target ≤ ${TARGETS.lcpRatio}×)`
				);
			const over = tbtOver(r);
			if (over !== null && over > TARGETS.tbtOverFloorMs)
				miss(
					`\`${r.route}\`: TBT ${ms(l.tbtMs)} ms is the floor's ${signed(over)} ms (target ≤ +${TARGETS.tbtOverFloorMs})`
				);
		}
		const jsBudget = r.embed ? TARGETS.embedJsGzip : TARGETS.storyJsGzip;
		if (b.js.gzip > jsBudget)
			miss(
				`\`${r.route}\`: JS before the reader scrolls ${kb(b.js.gzip)} KB gzip > ${kb(jsBudget)} KB`
			);
		if (r.story && b.html.gzip > TARGETS.storyHtmlGzip)
			miss(`\`${r.route}\`: HTML ${kb(b.html.gzip)} KB gzip > ${kb(TARGETS.storyHtmlGzip)} KB`);
		if (b.dom.fonts > 0) miss(`\`${r.route}\`: ${b.dom.fonts} web font file(s) loaded`);
		if (b.foreignRequests > 0)
			miss(`\`${r.route}\`: ${b.foreignRequests} request(s) left the origin`);
	}
	if (trace) {
		if (trace.longTasksOver50 > 0)
			miss(
				`scroll trace: ${trace.longTasksOver50} long task(s) > 50 ms (longest ${trace.longestTaskMs} ms)`
			);
		if (floorTrace && trace.p95FrameMs > floorTrace.p95FrameAllScrollMs + TARGETS.p95OverFloorMs)
			miss(
				`scroll trace: p95 frame interval in transitions ${trace.p95FrameMs} ms > the floor's ${floorTrace.p95FrameAllScrollMs} ms + ${TARGETS.p95OverFloorMs} ms`
			);
	}
	if (memory) {
		if (memory.heapUsedBytes > TARGETS.heapBytes)
			miss(
				`memory: JS heap ${(memory.heapUsedBytes / 1e6).toFixed(1)} MB > ${TARGETS.heapBytes / 1e6} MB`
			);
		const d = memory.detachedNodes;
		if (d && (d.nodes || d.nodesAfterThree))
			miss(
				`memory: ${Math.max(d.nodes, d.nodesAfterThree)} detached DOM nodes after language switches`
			);
		if (d && d.templatesAfterThree > d.templates)
			miss(
				`memory: Svelte's template cache grew from ${d.templates} to ${d.templatesAfterThree} with more switches`
			);
	}

	const loaded = Math.max(...machine.loadAverage) > machine.cores;
	const body = [
		`Measured ${machine.date.slice(0, 16).replace('T', ' ')} UTC, commit \`${machine.commit}\`, on ${machine.cpu}, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium}, Lighthouse ${machine.lighthouse ?? '(not run)'}; built and served under \`${machine.base || '/'}\`.`,
		`Load average (1 min) at start and end: ${machine.loadAverage.join(' and ')} on ${machine.cores} cores${loaded ? ' — **other work was running: timings are inflated; compare ratios, or runs made on a quiet machine**' : ''}.`,
		`Lighthouse: mobile form factor, simulated throttling, median of ${runs} runs per figure. The floor is a bare page per language (same fonts, a headline, a paragraph, a small SVG, no script) served by the same server in the same run. Bytes: what a 390×844 page fetches before the reader scrolls, idle-time prefetches included (gzip as served); JS at first reach: what it fetches next, once the reader reaches for it (a pointer over it) and its app starts, before any chart's code. **Headless Chromium on this machine is not a phone.**`,
		'',
		...table,
		'',
		'Story HTML by part (KB gzip, each part compressed on its own):',
		'',
		...partTable,
		'',
		...traceTable,
		'',
		memoryLine,
		'',
		'DOM per section (element counts with reduced motion, after each step settles):',
		'',
		...sectionTable,
		'',
		missed.length ? 'Targets missed:\n\n' + missed.join('\n') : 'Every target met.'
	].join('\n');
	const historyRows = routes.map((r) => {
		const l = lh(r);
		const b = bytes[r.url];
		const t = trace?.route === r.route ? trace : null;
		return `| ${machine.date.slice(0, 16).replace('T', ' ')} | \`${machine.commit}\` | ${machine.cores} cores | \`${r.route}\` | ${l.performance ?? '–'} | ${s2(l.lcpMs)} | ${ms(l.tbtMs)} | ${l.cls?.toFixed(3) ?? '–'} | ${kb(b.js.gzip)} | ${kb(b.transferGzip)} | ${t ? t.longTasksOver50 : ''} | ${t ? t.p95FrameMs : ''} | ${x2(lcpRatio(r))} |`;
	});
	return { body, missed, historyRows };
}

/** Rewrites the generated part of docs/performance.md and appends one history line per route. */
export function writeDoc(docPath, body, rows) {
	mkdirSync(dirname(docPath), { recursive: true });
	let doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '';
	doc = doc.replace(
		/<!-- bench:latest:start -->[\s\S]*<!-- bench:latest:end -->/,
		`<!-- bench:latest:start -->\n\n${body}\n\n<!-- bench:latest:end -->`
	);
	// Rows join the table right above the marker (Prettier keeps a blank line before it).
	doc = doc.replace(
		/\n*<!-- bench:history:end -->/,
		`\n${rows.join('\n')}\n\n<!-- bench:history:end -->`
	);
	writeFileSync(docPath, doc);
	// Keep the committed file in the project's one code style (npm test checks it).
	spawnSync('npx', ['prettier', '--write', docPath], { stdio: 'ignore' });
}

/** The detached DOM after language switches (page.mjs, measureMemory), in words. */
function detachedLine(d) {
	if (!d)
		return 'detached DOM nodes after switching language and back: not measurable in this Chromium';
	return `detached DOM nodes after switching language and back: ${d.nodes} (after three switches: ${d.nodesAfterThree}), besides ${d.templates} childless \`<template>\` elements of Svelte's parse cache (${d.templatesAfterThree} after three)`;
}
