/**
 * A reader's tour of the built site, the same in every engine (scripts/engines.js): both languages, a
 * phone and a desktop window. Fails on any uncaught error, failed load, CSP violation, console
 * error or console warning in any page or embed frame. A check an engine cannot do here is
 * listed as a skipped test with its reason (see SKIPS), never dropped silently.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIRTH_DOT } from '../../src/lib/charts/deal/state';
import {
	cssColours,
	dotCentres,
	leaderboardDot,
	paintedDots,
	parseRgb,
	type Dot
} from '../shared/dots';
import type { Rgb } from '../shared/paint';
import { expectedLeaderboard } from '../shared/leaderboard';
import type { Engine, EngineName, Tab } from '../../scripts/engines.js';
import { startServers, type Servers } from './server';

const LANGS = [
	{ lang: 'zh', prefix: '' },
	{ lang: 'en', prefix: '/en' }
] as const;
type Lang = (typeof LANGS)[number]['lang'];

const SIZES = [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'desktop', width: 1440, height: 900 }
] as const;

/** The Scroller's trigger line, as a share of the viewport height. */
const OFFSET = 0.6;
/** How far past (or short of) the line the tour puts a step's top. */
const NEAR = 40;
/** Frame widths at which the reserved embed height must match the real one. */
const EMBED_WIDTHS = [320, 375, 600, 680, 1000];
const SECTIONS = ['leaderboard', 'deal', 'layoffs', 'ami'] as const;

/** Checks an engine cannot do here: printed as skipped tests, with the reason. */
const SKIPS: Partial<Record<EngineName, { check: string; reason: string }[]>> = {
	webkit: [
		{
			check: "messages the engine logs itself (not through the page's console)",
			reason:
				'WebKitWebDriver speaks classic WebDriver only, which has no log; errors, rejections, failed loads, CSP violations and console.error/warn calls are still caught in the page'
		}
	]
};

const leaderboard = expectedLeaderboard();

async function poll<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 8000): Promise<T> {
	const end = Date.now() + ms;
	let v = await read();
	while (!ok(v) && Date.now() < end) {
		await new Promise((r) => setTimeout(r, 150));
		v = await read();
	}
	return v;
}

/** What the page (and its frames) recorded through the capture script (server.ts), and the engine's own log. */
async function problems(tab: Tab, frames: string[] = []): Promise<string[]> {
	const read = () =>
		(window as unknown as { __tour?: string[] }).__tour?.splice(0) ?? ['no capture script'];
	const out = [...(await tab.run(read)), ...tab.engineLog()];
	for (const f of frames) out.push(...(await tab.runInFrame(f, read)).map((p) => `${f}: ${p}`));
	return out;
}

/**
 * The reader scrolls (one pixel), which starts a story page's app (src/hooks.server.ts: it waits
 * for the reader), and the app has started.
 */
async function waitReady(tab: Tab) {
	await tab.run(() => window.scrollBy({ top: 1, behavior: 'instant' }));
	await poll(
		() => tab.run(() => document.documentElement.classList.contains('ready')),
		(v) => v,
		15_000
	);
}

/**
 * A chart as a reader sees it: the visible texts inside `selector` (note line, labels, names,
 * values), sorted, without axis ticks (`tick`, `xtick`, `ytick`: their number follows the chart's
 * size, which differs between the sticky chart and the article's).
 */
function chartTexts(selector: string): string[] | null {
	const root = document.querySelector(selector);
	if (!root) return null;
	const out: string[] = [];
	const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	for (let n = walk.nextNode(); n; n = walk.nextNode()) {
		const text = (n.textContent ?? '').trim();
		const el = n.parentElement;
		if (!text || !el || el.closest('.tick, .xtick, .ytick')) continue;
		if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
		const box = el.getBoundingClientRect();
		if (box.width > 0 && box.height > 0) out.push(text);
	}
	return out.sort();
}

/** The leaderboard's rows top to bottom as drawn: name and whether it is set in bold. */
function drawnRows(selector: string) {
	return (
		[...document.querySelectorAll(`${selector} .cell`)]
			// A model not on the step's board is in the page, hidden.
			.filter((c) => getComputedStyle(c).visibility !== 'hidden')
			.map((c) => ({
				top: c.getBoundingClientRect().top,
				name: c.querySelector('.name')?.textContent ?? '',
				bold: Number(getComputedStyle(c.querySelector('.name')!).fontWeight) >= 700
			}))
			.sort((a, b) => a.top - b.top)
			.map(({ name, bold }) => ({ name, bold }))
	);
}

/** Puts the top of step `id` `dy` px below the trigger line (negative: above it). */
function placeStep(id: string, line: number, dy: number) {
	const top = document.getElementById(id)!.getBoundingClientRect().top;
	window.scrollTo({ top: window.scrollY + top - (line + dy), behavior: 'instant' });
}

interface Step {
	id: string;
	section: string;
	/** Its chart in the article's stacked view. */
	texts: string[];
}

/** Every step with its chart's texts, from `/article/` (the stacked view, no scrolling). */
async function articleSteps(tab: Tab, url: string): Promise<Step[]> {
	await tab.goto(url);
	const ids = await tab.run(() =>
		[...document.querySelectorAll('[data-step]')].map((s) => ({
			id: s.id,
			section: s.closest('section')!.id
		}))
	);
	const steps: Step[] = [];
	for (const { id, section } of ids) {
		const selector = `[data-step="${id}"] .static-chart`;
		// In view, as a reader meets it (off screen, `content-visibility: auto` skips it and
		// holds its fade-in), once its animations are done.
		await tab.run(async (s: string) => {
			const chart = document.querySelector(s)!;
			chart.scrollIntoView({ block: 'center', behavior: 'instant' });
			await new Promise(requestAnimationFrame);
			const done = chart.getAnimations({ subtree: true }).map((a) => a.finished.catch(() => {}));
			await Promise.race([Promise.all(done), new Promise((r) => setTimeout(r, 3000))]);
		}, selector);
		const texts = await tab.run(chartTexts, selector);
		expect(texts, `${id}: a chart in the article`).not.toBeNull();
		steps.push({ id, section, texts: texts! });
	}
	return steps;
}

/** Waits for the sticky chart of `step.section` to show `step`'s chart; returns what it shows. */
async function expectChart(tab: Tab, step: Step, context: string) {
	const shown = await poll(
		() => tab.run(chartTexts, `#${step.section} .stage`),
		(t) => JSON.stringify(t) === JSON.stringify(step.texts)
	);
	expect(shown, `${context}: the chart shows ${step.id}`).toEqual(step.texts);
}

async function expectLeaderboardRow(tab: Tab, id: keyof typeof leaderboard, context: string) {
	const { name, place } = leaderboard[id];
	const rows = await poll(
		() => tab.run(drawnRows, '#leaderboard .stage'),
		(r) => r.findIndex((x) => x.name === name) + 1 === place && r[place - 1]!.bold
	);
	expect(rows.findIndex((r) => r.name === name) + 1, `${context}: ${name}'s place`).toBe(place);
	expect(rows[place - 1]?.bold, `${context}: ${name} highlighted`).toBe(true);
}

/**
 * Dots on screen painted at their state's diameter (±2 px), measured on a screenshot with the
 * step cards (and `hide`, marks of the dots' colour that run through them) hidden.
 */
async function expectDotsPainted(
	tab: Tab,
	{
		section,
		dots,
		hide,
		...paint
	}: {
		section: string;
		dots: string;
		hide: string;
		colour: (d: Dot) => Rgb;
		background: Rgb;
		diameter: (d: Dot) => number;
		ignoreStrokesUpTo?: number;
	},
	least: { measured: number; highlighted: number },
	context: string
) {
	await tab.run((css: string) => {
		const style = document.createElement('style');
		style.id = 'tour-hide';
		style.textContent = css;
		document.head.append(style);
	}, `#${section} .steps { visibility: hidden } ${hide}`);
	try {
		const measure = async () =>
			paintedDots(await tab.screenshot(), await tab.run(dotCentres, dots), paint);
		const found = await poll(measure, (d) => d.wrong.length === 0 && d.measured >= least.measured);
		expect(found.wrong, `${context}: dots painted at their diameter`).toEqual([]);
		expect(found.measured, `${context}: dots on screen`).toBeGreaterThanOrEqual(least.measured);
		expect(found.highlighted, `${context}: highlighted dots`).toBeGreaterThanOrEqual(
			least.highlighted
		);
	} finally {
		await tab.run(() => document.getElementById('tour-hide')?.remove());
	}
}

/** The loader snippets as the story's "Embed this section" control shows them, for `origin`. */
async function snippets(tab: Tab, url: string, origin: string) {
	await tab.goto(url);
	// Started, so leaving does not cut off its module loads.
	await waitReady(tab);
	const code = await tab.run(
		(ids: readonly string[]) =>
			ids.map((id) => document.querySelector<HTMLTextAreaElement>(`#embed-${id}-loader`)!.value),
		SECTIONS
	);
	return code.map((c) => c.replace(/https?:\/\/[^/"]+/g, origin));
}

/** An embed frame's height on the host page against its content's height inside. */
async function fit(tab: Tab, frame: string) {
	const outer = await tab.run(
		(s: string) => document.querySelector(s)!.getBoundingClientRect().height,
		frame
	);
	const inner = await tab.runInFrame(frame, () => ({
		// Parsed: its head script reports its height (the app starts only when reached for).
		parsed: document.readyState !== 'loading',
		content: document.body.getBoundingClientRect().height,
		overflow: document.documentElement.scrollHeight - document.documentElement.clientHeight
	}));
	return {
		outer,
		...inner,
		fitted: inner.parsed && Math.abs(outer - inner.content) <= 2 && inner.overflow <= 0
	};
}

/** Scrolls the frame into view (frames load lazily) and waits until it fits its content. */
async function expectFitted(tab: Tab, frame: string, context: string) {
	await tab.run(
		(s: string) =>
			document.querySelector(s)!.scrollIntoView({ block: 'center', behavior: 'instant' }),
		frame
	);
	const f = await poll(
		() => fit(tab, frame).catch(() => undefined),
		(v) => v?.fitted === true,
		15_000
	);
	expect(f, `${context}: ${frame} sized to its content`).toMatchObject({ fitted: true });
}

/** Turns the window to landscape and back (or resizes it), letting each size settle. */
async function turn(tab: Tab, width: number, height: number) {
	for (const [w, h] of [
		[height, width],
		[width, height]
	] as const) {
		await tab.setSize(w, h);
		await new Promise((r) => setTimeout(r, 800));
	}
}

export function tour(engine: Engine) {
	describe(engine.name, () => {
		let tab: Tab;
		let servers: Servers;
		const started = Date.now();

		beforeAll(async () => {
			if (engine.missing) throw new Error(`${engine.name} cannot run: ${engine.missing}`);
			servers = await startServers();
			tab = await engine.open();
		}, 60_000);

		afterAll(async () => {
			await tab?.close();
			await servers?.close();
			console.log(`${engine.name}: tour took ${((Date.now() - started) / 1000).toFixed(0)} s`);
		});

		for (const { check, reason } of SKIPS[engine.name] ?? []) {
			it.skip(`${check} — skipped in ${engine.name}: ${reason}`, () => {});
		}

		for (const size of SIZES) {
			for (const { lang, prefix } of LANGS) {
				const where = `${lang} ${size.name} ${size.width}×${size.height}`;

				it(`${where}: every step takes over at the trigger line, its chart as in /article/, the leaderboard's rows as in the CSVs and its dots (and the deal's) painted at their size; nothing logged`, async () => {
					await tab.setSize(size.width, size.height);
					const steps = await articleSteps(tab, `${servers.site}${prefix}/article/`);
					expect.soft(await problems(tab), `${where} /article/`).toEqual([]);

					await tab.goto(`${servers.site}${prefix}/`);
					await waitReady(tab);
					const [mark, highlight, bg] = (
						await tab.run(cssColours, ['--mark', '--highlight', '--bg'])
					).map(parseRgb);
					const colours = { mark: mark!, highlight: highlight!, bg: bg! };
					const page = await tab.run(() => ({
						ids: [...document.querySelectorAll('[data-step]')].map((s) => s.id),
						overflow: document.documentElement.scrollWidth - innerWidth,
						line: Math.round(innerHeight * 0.6)
					}));
					expect(page.line).toBe(Math.round(size.height * OFFSET));
					expect(page.ids, 'the story has the article’s steps').toEqual(steps.map((s) => s.id));
					expect(page.overflow, 'nothing wider than the window').toBeLessThanOrEqual(0);

					for (const [i, step] of steps.entries()) {
						const before = steps[i - 1];
						if (before?.section === step.section) {
							// Short of the line, the step before is still the one drawn.
							await tab.run(placeStep, step.id, page.line, NEAR);
							await expectChart(tab, before, `${where} ${step.id} ${NEAR} px below the line`);
						}
						await tab.run(placeStep, step.id, page.line, -NEAR);
						await expectChart(tab, step, `${where} ${step.id} ${NEAR} px past the line`);
						if (step.id in leaderboard) {
							await expectLeaderboardRow(tab, step.id as keyof typeof leaderboard, where);
						}
						if (step.section === 'leaderboard') {
							const timeline = step.id === 'months-after';
							await expectDotsPainted(
								tab,
								{
									section: 'leaderboard',
									dots: '#leaderboard .stage .lb-cake .dot',
									// The released model's line on the timeline is as thick as its dots.
									hide: timeline ? '#leaderboard .stage svg path { visibility: hidden }' : '',
									colour: (d) => (d.hl ? colours.highlight : colours.mark),
									background: colours.bg,
									diameter: leaderboardDot(timeline),
									// An interval line (2–3 px) runs through each board dot.
									ignoreStrokesUpTo: timeline ? 0 : 4
								},
								{ measured: 8, highlighted: 1 },
								`${where} ${step.id}`
							);
						}
						if (step.id === 'deal-wang') {
							await expectDotsPainted(
								tab,
								{
									section: 'deal',
									dots: '#deal .stage [data-person]',
									// The lifelines run through the birth dots in the same colour.
									hide: '#deal .stage svg { visibility: hidden }',
									colour: () => colours.highlight,
									background: colours.bg,
									diameter: () => BIRTH_DOT
								},
								{ measured: 2, highlighted: 0 },
								`${where} deal-wang`
							);
						}
					}
					expect.soft(await problems(tab), `${where} story`).toEqual([]);
				}, 240_000);

				it(`${where}: the embeds on another origin's page fit their content after loading and after the stepper moves`, async () => {
					await tab.setSize(size.width, size.height);
					const code = await snippets(tab, `${servers.site}${prefix}/`, servers.site);
					expect.soft(await problems(tab)).toEqual([]);
					servers.setHostBody(code.map((c) => `${c}<p>Text between embeds.</p>`).join(''));
					await tab.goto(`${servers.host}/`);
					const frames = SECTIONS.map((s) => `iframe[src*="/embed/${s}/"]`);
					for (const frame of frames) await expectFitted(tab, frame, `${where} after load`);
					for (const frame of frames) {
						await tab.runInFrame(frame, () =>
							[...document.querySelectorAll<HTMLButtonElement>('.stepper .controls button')]
								.at(-1)!
								.click()
						);
						await expectFitted(tab, frame, `${where} after "next"`);
					}
					expect.soft(await problems(tab, frames), `${where} host page and frames`).toEqual([]);
				}, 180_000);
			}
		}

		it('turning a phone and back, or resizing a window, logs nothing (story, article, embeds)', async () => {
			for (const { lang, prefix } of LANGS) {
				await tab.setSize(390, 844);
				await tab.goto(`${servers.site}${prefix}/`);
				await waitReady(tab);
				await tab.run((id: string) => document.getElementById(id)!.scrollIntoView(), 'deal-wang');
				await new Promise((r) => setTimeout(r, 800));
				await turn(tab, 390, 844);
				expect.soft(await problems(tab), `${lang} story`).toEqual([]);
				await tab.goto(`${servers.site}${prefix}/article/`);
				await tab.run((id: string) => document.getElementById(id)!.scrollIntoView(), 'deal-wang');
				await new Promise((r) => setTimeout(r, 800));
				await turn(tab, 390, 844);
				expect.soft(await problems(tab), `${lang} article`).toEqual([]);
			}
			const code = await snippets(tab, `${servers.site}/en/`, servers.site);
			servers.setHostBody(code.join(''));
			await tab.goto(`${servers.host}/`);
			const frames = SECTIONS.map((s) => `iframe[src*="/embed/${s}/"]`);
			for (const frame of frames) await expectFitted(tab, frame, 'before turning');
			await turn(tab, 390, 844);
			for (const frame of frames) await expectFitted(tab, frame, 'after turning');
			await turn(tab, 1440, 900);
			for (const frame of frames) await expectFitted(tab, frame, 'after resizing');
			expect.soft(await problems(tab, frames), 'host page and frames').toEqual([]);
		});

		for (const { lang, prefix } of LANGS) {
			it(`${lang}: the height a snippet reserves is the embed's real height within 8 px, at ${EMBED_WIDTHS.join(', ')} px`, async () => {
				await tab.setSize(1440, 900);
				const code = await snippets(tab, `${servers.site}${prefix}/`, servers.site);
				servers.setHostBody(
					EMBED_WIDTHS.flatMap((w) =>
						SECTIONS.map((s, i) => `<div id="w${w}-${s}" style="width:${w}px">${code[i]}</div>`)
					).join('<p>Text between embeds.</p>')
				);
				await tab.goto(`${servers.host}/`);
				const rows: string[] = [];
				const misses: string[] = [];
				for (const w of EMBED_WIDTHS) {
					for (const s of SECTIONS) {
						const frame = `#w${w}-${s} iframe`;
						await expectFitted(tab, frame, `${w} px`);
						const log = await tab.run(
							(sel: string) =>
								(
									window as unknown as { __heights: { frame: Element; heights: string[] }[] }
								).__heights
									.find((h) => h.frame === document.querySelector(sel))!
									.heights.map(parseFloat),
							frame
						);
						const [reserved, real] = [log[0]!, log.at(-1)!];
						rows.push(
							`${engine.name} ${lang} ${s}@${w}: reserved ${reserved}, real ${real} (${real - reserved > 0 ? '+' : ''}${real - reserved})`
						);
						if (Math.abs(real - reserved) > 8) misses.push(rows.at(-1)!);
					}
				}
				console.log(rows.join('\n'));
				expect(
					misses,
					'the embed outgrew its reserved height: after a build, with a preview running, `URL=… node scripts/embed-heights.mjs`'
				).toEqual([]);
				expect.soft(await problems(tab), 'host page').toEqual([]);
			}, 240_000);
		}
	});
}
