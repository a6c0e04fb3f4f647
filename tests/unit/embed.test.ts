import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
	MAX_HEIGHT,
	decodePym,
	heightFromMessage,
	stepFromParam,
	validHeight
} from '../../src/lib/embed/protocol';
import {
	DEFAULT_HEIGHT,
	frameUrl,
	handleMessage,
	parseHeights,
	readOptions,
	startHeight,
	type Frame
} from '../../src/lib/embed/loader';
import {
	heightsAttr,
	iframeSnippet,
	loaderSnippet,
	reservedHeightCss
} from '../../src/lib/embed/snippet';
import { buildLoader } from '../../src/lib/embed/build';
import { inlineScripts } from '../../scripts/csp.js';

/** The embed's height reporter: the inline script in its page's head, as the page runs it. */
const REPORTER = inlineScripts(
	readFileSync('src/routes/[[lang=lang]]/embed/[section]/+page.svelte', 'utf8')
).find((body) => body.includes('postMessage'))!;

/**
 * Runs the reporter in a stand-in frame (query `search`) whose content is `heights[0]` px tall,
 * then grows or shrinks to each next height in turn; returns what it posted to the parent page.
 * Outside a frame (`framed` false) the window is its own parent.
 */
function reported(search: string, heights: number[], framed = true): unknown[] {
	const posted: unknown[] = [];
	const listeners = new Map<string, () => void>();
	let height = heights[0]!;
	let resized = () => {};
	const win: Record<string, unknown> = {
		addEventListener: (type: string, f: () => void) => listeners.set(type, f)
	};
	win.parent = framed ? { postMessage: (m: unknown) => posted.push(m) } : win;
	const root = { getBoundingClientRect: () => ({ height }) };
	const document = { querySelector: () => root, fonts: { ready: new Promise(() => {}) } };
	class ResizeObserver {
		constructor(f: () => void) {
			resized = f;
		}
		observe() {}
	}
	const style = () => ({ marginTop: '0px', marginBottom: '0px' });
	new Function('window', 'location', 'document', 'getComputedStyle', 'ResizeObserver', REPORTER)(
		win,
		{ search },
		document,
		style,
		ResizeObserver
	);
	listeners.get('DOMContentLoaded')?.();
	for (const next of heights.slice(1)) {
		height = next;
		resized();
	}
	return posted;
}
/** The pym.js height message the embed sends as frame `id` at `height` px. */
const pymHeight = (id: string, height: number) => reported(`?childId=${id}`, [height])[0];
/** The AMP one. */
const ampHeight = (height: number) => reported('', [height])[1];

describe('the message format (pym.js and AMP)', () => {
	it('the embed reports its height exactly as a pym.js child does, and as AMP asks', () => {
		expect(reported('?childId=lecun-embed-0', [812.2])).toEqual([
			'pymxPYMxlecun-embed-0xPYMxheightxPYMx813',
			{ sentinel: 'amp', type: 'embed-size', height: 813 }
		]);
		// Without ?childId= (a plain iframe): the default id.
		expect(reported('', [400])[0]).toBe('pymxPYMxlecun-embedxPYMxheightxPYMx400');
	});
	it('the embed reports a new height only when it changes, and nothing outside a frame', () => {
		const sent = reported('?childId=a', [500, 500, 620.4, 620, 480]);
		expect(sent.filter((m) => typeof m === 'string')).toEqual([
			'pymxPYMxaxPYMxheightxPYMx500',
			'pymxPYMxaxPYMxheightxPYMx621',
			'pymxPYMxaxPYMxheightxPYMx620',
			'pymxPYMxaxPYMxheightxPYMx480'
		]);
		expect(reported('?childId=a', [500], false)).toEqual([]);
		expect(reported('?childId=a', [0])).toEqual([]);
	});
	it('decodes what the embed sends, and nothing malformed', () => {
		expect(decodePym(pymHeight('x', 10))).toEqual({ id: 'x', type: 'height', value: '10' });
		for (const bad of [
			'',
			'pym',
			'pymxPYMx',
			'pymxPYMxidxPYMxheight',
			'xpymxPYMxidxPYMxheightxPYMx10',
			'pymxPYMx xPYMxheightxPYMx10',
			'x'.repeat(5000),
			42,
			null,
			undefined,
			{},
			['pymxPYMxidxPYMxheightxPYMx10']
		]) {
			expect(decodePym(bad), String(bad)).toBeNull();
		}
	});
	it('accepts only sane heights', () => {
		expect(validHeight(500)).toBe(500);
		expect(validHeight('500.2')).toBe(501);
		for (const bad of [
			0,
			-1,
			-500,
			MAX_HEIGHT + 1,
			1e308,
			NaN,
			Infinity,
			'1e9',
			'-5',
			'12px',
			'',
			' ',
			'abc',
			null,
			{},
			true
		]) {
			expect(validHeight(bad), String(bad)).toBeNull();
		}
	});
	it('reads a height only from a height message for this frame', () => {
		expect(heightFromMessage(pymHeight('a', 700), 'a')).toBe(700);
		expect(heightFromMessage(pymHeight('b', 700), 'a')).toBeNull(); // another frame's id
		expect(heightFromMessage('pymxPYMxaxPYMxwidthxPYMx700', 'a')).toBeNull();
		expect(heightFromMessage('pymxPYMxaxPYMxheightxPYMx-700', 'a')).toBeNull();
		expect(heightFromMessage('pymxPYMxaxPYMxheightxPYMx99999999', 'a')).toBeNull();
		expect(heightFromMessage('pymxPYMxaxPYMxheightxPYMxNaN', 'a')).toBeNull();
		expect(heightFromMessage(ampHeight(300), 'a')).toBe(300);
		expect(
			heightFromMessage({ sentinel: 'amp', type: 'embed-size', height: '300' }, 'a')
		).toBeNull();
		expect(heightFromMessage({ sentinel: 'amp', type: 'embed-size', height: -3 }, 'a')).toBeNull();
		expect(heightFromMessage({ sentinel: 'amp', type: 'other', height: 300 }, 'a')).toBeNull();
		const hostile = {
			get sentinel(): string {
				throw new Error('boom');
			}
		};
		expect(() => heightFromMessage(hostile, 'a')).not.toThrow();
		expect(heightFromMessage(hostile, 'a')).toBeNull();
		for (const junk of [null, undefined, 0, true, [], Symbol('x'), () => 1, new Date()]) {
			expect(heightFromMessage(junk, 'a')).toBeNull();
		}
	});
	it('opens at a step by id, or by its number from 1', () => {
		const ids = ['second-place', 'style-control', 'released-model'];
		expect(stepFromParam('style-control', ids)).toBe(1);
		expect(stepFromParam('3', ids)).toBe(2);
		expect(stepFromParam('1', ids)).toBe(0);
		for (const bad of [null, undefined, '', '0', '4', '-1', '1.5', 'nope']) {
			expect(stepFromParam(bad, ids)).toBe(0);
		}
	});
});

describe('the loader', () => {
	const el = (attrs: Record<string, string>) => ({ getAttribute: (n: string) => attrs[n] ?? null });
	const page = 'https://news.example.org/article.html';

	it('reads a container’s options and refuses non-http embed URLs', () => {
		const o = readOptions(
			el({
				'data-lecun-embed': 'https://graphics.example.com/en/embed/deal/',
				'data-theme': 'dark',
				'data-transparent': 'true',
				'data-step': 'deal-price',
				'data-height': '320:1100,1000:760',
				'data-title': 'Deal'
			}),
			page
		)!;
		expect(o).toMatchObject({
			theme: 'dark',
			transparent: true,
			step: 'deal-price',
			title: 'Deal'
		});
		expect(frameUrl(o, 'lecun-embed-3')).toBe(
			'https://graphics.example.com/en/embed/deal/?childId=lecun-embed-3&theme=dark&transparent=1&step=deal-price'
		);
		expect(readOptions(el({ 'data-lecun-embed': 'javascript:alert(1)' }), page)).toBeNull();
		expect(readOptions(el({ 'data-lecun-embed': 'http://[' }), page)).toBeNull();
		const plain = readOptions(el({ 'data-lecun-embed': '/embed/ami/' }), page)!;
		expect(plain).toMatchObject({ theme: 'light', transparent: false, step: null });
		expect(plain.src).toBe('https://news.example.org/embed/ami/');
		expect(
			readOptions(el({ 'data-lecun-embed': '/x/', 'data-transparent': 'false' }), page)!.transparent
		).toBe(false);
	});

	it('reserves the height measured for the frame’s width', () => {
		const h = parseHeights('320:1400,600:1000,1000:800');
		expect(startHeight(h, 200)).toBe(1400);
		expect(startHeight(h, 320)).toBe(1400);
		expect(startHeight(h, 460)).toBe(1200);
		expect(startHeight(h, 1000)).toBe(800);
		expect(startHeight(h, 4000)).toBe(800);
		expect(startHeight(parseHeights('900'), 500)).toBe(900);
		for (const bad of [null, '', 'abc', '-5', '0', '99999999', '320:-1', 'a:b,c', ':,:']) {
			expect(parseHeights(bad), String(bad)).toBe(DEFAULT_HEIGHT);
		}
		// Bad pairs are dropped, good ones kept.
		expect(parseHeights('320:1400,x:1,600:-3')).toEqual([[320, 1400]]);
	});

	it('applies a height only from its own frame’s window and origin, and never throws', () => {
		const own = { name: 'own frame window' };
		const other = { name: 'another window' };
		const applied: number[] = [];
		const frames: Frame[] = [
			{
				id: 'lecun-embed-0',
				origin: 'https://g.example',
				source: () => own,
				setHeight: (h) => applied.push(h)
			}
		];
		const msg = (source: unknown, data: unknown, origin = 'https://g.example') =>
			handleMessage({ source, origin, data }, frames);
		expect(msg(own, pymHeight('lecun-embed-0', 900))).toBe(true);
		expect(msg(other, pymHeight('lecun-embed-0', 500))).toBe(false); // foreign window
		expect(msg(own, pymHeight('lecun-embed-0', 500), 'https://evil.example')).toBe(false);
		expect(msg(null, pymHeight('lecun-embed-0', 500))).toBe(false);
		expect(msg(own, pymHeight('lecun-embed-1', 500))).toBe(false);
		for (const bad of [
			'pymxPYMxlecun-embed-0xPYMxheightxPYMx-1',
			'pymxPYMxlecun-embed-0xPYMxheightxPYMx1e7',
			'garbage',
			12,
			null,
			{ height: 5 },
			{ sentinel: 'amp', type: 'embed-size', height: 1e9 }
		]) {
			expect(() => msg(own, bad)).not.toThrow();
			expect(msg(own, bad)).toBe(false);
		}
		expect(() => handleMessage(undefined as never, frames)).not.toThrow();
		const broken: Frame[] = [
			{
				id: 'x',
				origin: 'o',
				source: () => {
					throw new Error('x');
				},
				setHeight: () => {}
			}
		];
		expect(handleMessage({ source: own, origin: 'o', data: 'x' }, broken)).toBe(false);
		expect(applied).toEqual([900]);
	});
});

describe('the snippets', () => {
	it('keep, before the loader runs, the same space the loader then gives the frame', () => {
		const table = { '320': 1587, '375': 1439, '599': 1223, '600': 1095, '1000': 959 };
		const css = reservedHeightCss(table);
		// Evaluate the calc() for a container `w` px wide, as a browser would.
		const at = (w: number) =>
			Function(
				`return ${css
					.replace(/^calc/, '')
					.replace(
						/clamp\(0px, 100cqw - (\d+)px, (\d+)px\)/g,
						(_, a, b) => `Math.min(Math.max(0, ${w} - ${a}), ${b})`
					)
					.replace(/px/g, '')}`
			)() as number;
		const attr = parseHeights(heightsAttr(table));
		for (const w of [200, 320, 340, 375, 390, 480, 599, 600, 601, 768, 1000, 1400]) {
			expect(Math.abs(at(w) - startHeight(attr, w)), `${w}px`).toBeLessThanOrEqual(1);
		}
	});

	it('reserve each measured height up to the next measured width, so no width gets less', () => {
		const measured = { '320': 1100, '375': 1000, '600': 1050, '1000': 900 };
		const h = parseHeights(heightsAttr(measured));
		for (const [w, want] of [
			[300, 1100],
			[320, 1100],
			[374, 1100],
			[375, 1000],
			[599, 1000],
			[600, 1050],
			[999, 1050],
			[1000, 900],
			[1400, 900]
		] as const) {
			expect(startHeight(h, w), `${w}px`).toBe(want);
		}
	});

	const input = {
		root: 'https://news.example.com/graphics/lecun/',
		lang: 'en' as const,
		section: 'leaderboard',
		title: 'Second place, "for" <a> model & more',
		heights: { '1000': 900, '320': 1400 }
	};
	it('use absolute URLs, the reader’s language, escaped text and the loader’s stable path', () => {
		const s = loaderSnippet(input, 'https://news.example.com/graphics/lecun/en/#leaderboard');
		expect(s).toContain(
			'data-lecun-embed="https://news.example.com/graphics/lecun/en/embed/leaderboard/"'
		);
		expect(s).toContain(
			'<script async src="https://news.example.com/graphics/lecun/embed/v1.js"></script>'
		);
		expect(s).toContain('data-height="320:1400,999:1400,1000:900"');
		expect(s).toContain('Second place, &quot;for&quot; &lt;a&gt; model &amp; more');
		expect(s).toContain(
			'</style><a href="https://news.example.com/graphics/lecun/en/#leaderboard">'
		);
		const f = iframeSnippet({ ...input, lang: 'zh' });
		expect(f).toContain('src="https://news.example.com/graphics/lecun/embed/leaderboard/"');
		expect(f).toContain('height="1400"');
	});
});

describe('the built loader', () => {
	it('is the unit-tested module, bundled and minified into one classic script', async () => {
		const code = await buildLoader();
		expect(code.length).toBeLessThan(5000);
		expect(code).not.toMatch(/^\s*(import|export)\b/m);
		expect(code.split('\n').length).toBeLessThanOrEqual(3); // minified
		// It runs against a bare window without throwing and installs one listener.
		const listeners: string[] = [];
		const win = {
			document: {
				querySelectorAll: () => [],
				readyState: 'complete',
				baseURI: 'https://x.example/'
			},
			addEventListener: (type: string) => listeners.push(type)
		} as Record<string, unknown>;
		expect(() => new Function('window', code)(win)).not.toThrow();
		expect(listeners).toEqual(['message']);
		expect(win.__lecunEmbedV1).toBeTruthy();
		// A second copy of the script (two snippets on a page) adds no second listener.
		new Function('window', code)(win);
		expect(listeners).toEqual(['message']);
	}, 30_000);
	it('keeps the public names it promises in the README', () => {
		const readme = readFileSync('README.md', 'utf8');
		for (const name of ['/embed/v1.js', 'data-lecun-embed', 'xPYMx', 'childId']) {
			expect(readme, name).toContain(name);
		}
	});
});
