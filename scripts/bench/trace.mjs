/**
 * Scrolls a page at a reader's pace with 4× CPU throttling at 390×844 and records long tasks,
 * frame intervals and step changes (a step's `is-active` class). Frame intervals "in transitions"
 * are those within a chart transition of a step change; the floor page has none, so its whole
 * scroll is its baseline.
 */
import { quantile } from 'd3-array';
import { PHONE, phoneContext } from './page.mjs';

const TRANSITION_MS = 900; // --chart-duration plus a margin
// A reader's pace: 120 px every 160 ms (750 px/s), about one step card a second.
const STEP_PX = 120;
const PAUSE_MS = 160;

const round1 = (x) => (x === undefined || x === null ? null : Math.round(x * 10) / 10);

/**
 * Scrolls with the mouse wheel at a reader's pace to the end of the page as it is then (boxes
 * laid out only when near, content-visibility, change its height on the way), with a bound in
 * case it never settles, then waits for the last transitions.
 */
export async function scrollToEnd(page) {
	const atEnd = () =>
		page.evaluate(() => scrollY >= document.documentElement.scrollHeight - innerHeight - 2);
	for (let i = 0; i < 2000 && !(await atEnd()); i++) {
		await page.mouse.wheel(0, STEP_PX);
		await page.waitForTimeout(PAUSE_MS);
	}
	await page.waitForTimeout(1200);
}

export async function scrollTrace(browser, { url }) {
	const context = await phoneContext(browser);
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
					if (el.classList?.contains('step') && el.classList.contains('is-active'))
						b.changes.push([performance.now(), el.id]);
				}
			}).observe(document.body, { attributes: true, attributeFilter: ['class'], subtree: true });
		});
	});
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.waitForTimeout(1500);
	await page.mouse.move(PHONE.width / 2, PHONE.height / 2);
	const t0 = await page.evaluate(() => performance.now());
	await scrollToEnd(page);
	const t1 = await page.evaluate(() => performance.now());
	const data = await page.evaluate(() => window.__bench);
	const end = await page.evaluate(() => ({
		y: scrollY,
		max: document.documentElement.scrollHeight - innerHeight
	}));
	await context.close();
	const during = ([t]) => t >= t0 && t <= t1;
	const inTransition = ([t]) => data.changes.some(([c]) => t >= c && t <= c + TRANSITION_MS);
	const scrollTasks = data.longtasks.filter(during);
	const loadTasks = data.longtasks.filter(([t]) => t < t0);
	const frames = data.frames.filter(during);
	const transitionFrames = frames.filter(inTransition).map(([, d]) => d);
	const p95 = (xs) => (xs.length ? round1(quantile(xs, 0.95)) : null);
	return {
		cpuThrottling: 4,
		viewport: PHONE,
		pxPerSecond: Math.round((STEP_PX * 1000) / PAUSE_MS),
		reachedEnd: end.y >= end.max - 2,
		seconds: round1((t1 - t0) / 1000),
		stepChanges: data.changes.filter(([t]) => t >= t0).length,
		longTasksOver50: scrollTasks.filter(([, d]) => d > 50).length,
		longestTaskMs: Math.round(Math.max(0, ...scrollTasks.map(([, d]) => d))),
		loadLongTasks: loadTasks.length,
		loadLongestTaskMs: Math.round(Math.max(0, ...loadTasks.map(([, d]) => d))),
		transitionFrames: transitionFrames.length,
		p95FrameMs: p95(transitionFrames),
		p95FrameAllScrollMs: p95(frames.map(([, d]) => d)),
		longtaskApi: !data.noLongtask
	};
}
