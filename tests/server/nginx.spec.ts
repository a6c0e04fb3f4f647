import { expect, test, type Browser, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { buildOnce } from '../../scripts/build-once.js';
import { existsSync, readFileSync } from 'node:fs';
import { request, createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
	appStarted,
	expectDrawnAt,
	expectedLeaderboard,
	guard,
	scrollToStep
} from '../e2e/helpers';
import { brotliModule, nginxPath, startNginx, type Nginx } from './nginx';

/**
 * The build served by nginx with deploy/nginx.conf, as a newsroom would deploy it: the headers
 * per kind of file, the precompressed copies, the 404 page, the embeds framed from another
 * origin (and a story page refused), and a reader's tour in Chromium. Once over build/ and once
 * over a build made with BASE_PATH=/lecun (into .build-nginx/, so build/ is left alone).
 */
const SECTIONS = ['leaderboard', 'deal', 'layoffs', 'ami'] as const;
const SHORT = 'public, max-age=300, must-revalidate';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const LOADER = 'public, max-age=3600, stale-while-revalidate=86400';
const policy = (ancestors: string) =>
	`frame-ancestors ${ancestors}; object-src 'none'; base-uri 'self'`;
const PAGE_HEADERS = {
	'content-type': 'text/html; charset=utf-8',
	'cache-control': SHORT,
	'content-security-policy': policy("'self'"),
	'x-frame-options': 'SAMEORIGIN',
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin'
};
const EMBED_HEADERS = {
	...PAGE_HEADERS,
	'content-security-policy': policy('*'),
	'x-frame-options': undefined
};

const SITES = [
	{ name: 'build/', base: '', dir: 'build', build: false },
	{ name: 'a BASE_PATH=/lecun build', base: '/lecun', dir: '.build-nginx/site', build: true }
];

test.use({ reducedMotion: 'reduce' });

test.beforeAll(() => {
	console.log(
		(nginxPath
			? `${spawnSync(nginxPath, ['-v'], { encoding: 'utf8' }).stderr.trim()} (${nginxPath}); `
			: 'nginx NOT FOUND; ') +
			(brotliModule
				? `brotli_static: ${brotliModule}`
				: 'brotli_static: NOT INSTALLED, .br checks skipped (apt-get install libnginx-mod-http-brotli-static)')
	);
});

for (const site of SITES) {
	test.describe(`nginx over ${site.name}`, () => {
		test.describe.configure({ mode: 'serial' });
		let nginx: Nginx;
		let host: Host;

		test.beforeAll(async () => {
			test.setTimeout(240_000);
			if (site.build) {
				// The same sub-path build the unit tests check (scripts/build-once.js): made once.
				const { built, ms } = buildOnce({ dir: site.dir, base: site.base });
				console.log(
					built
						? `built ${site.dir} with BASE_PATH=${site.base} in ${ms} ms`
						: `${site.dir} is current`
				);
			} else if (!existsSync(join(site.dir, 'index.html'))) {
				throw new Error(`no ${site.dir}index.html: run \`npm run build\` first`);
			}
			nginx = await startNginx(site.dir, site.base);
			host = await startHost();
			console.log(`nginx serves ${site.dir} at ${nginx.root}; host pages at ${host.origin}`);
		});
		test.afterAll(async () => {
			await host?.close();
			await nginx?.stop();
		});

		const file = (path: string) => readFileSync(join(site.dir, path));
		const url = (path: string) => `${nginx.root}${path}`;

		test('headers by kind of file, revalidation, redirects and the 404 page', async () => {
			for (const path of ['', 'en/', 'article/', 'en/article/']) {
				await test.step(`story page ${url(path)}: short cache, not frameable`, async () => {
					const res = await get(url(path));
					expect(res.status).toBe(200);
					expectHeaders(res.headers, PAGE_HEADERS);
					expect(res.body.equals(file(`${path}index.html`)), 'body is the built file').toBe(true);
					// A cache asking again gets "not modified", with the same freshness to apply.
					const again = await get(url(path), { 'if-none-match': res.headers.etag! });
					expect(again.status).toBe(304);
					expect(again.headers['cache-control']).toBe(SHORT);
				});
			}
			for (const lang of ['', 'en/']) {
				for (const id of SECTIONS) {
					const path = `${lang}embed/${id}/`;
					await test.step(`embed ${url(path)}: frameable from any origin`, async () => {
						const res = await get(url(path));
						expect(res.status).toBe(200);
						expectHeaders(res.headers, EMBED_HEADERS);
					});
				}
			}
			const asset = immutableScript(file('index.html').toString('utf8'), site.base);
			await test.step(`immutable asset ${url(asset)}: cached for a year`, async () => {
				const res = await get(url(asset));
				expect(res.status).toBe(200);
				expectHeaders(res.headers, {
					'content-type': 'application/javascript; charset=utf-8',
					'cache-control': IMMUTABLE,
					'x-content-type-options': 'nosniff'
				});
			});
			await test.step(`loader ${url('embed/v1.js')}: an hour, then revalidated`, async () => {
				const res = await get(url('embed/v1.js'));
				expect(res.status).toBe(200);
				expectHeaders(res.headers, {
					'content-type': 'application/javascript; charset=utf-8',
					'cache-control': LOADER,
					'x-content-type-options': 'nosniff'
				});
				const again = await get(url('embed/v1.js'), { 'if-none-match': res.headers.etag! });
				expect(again.status).toBe(304);
				expect(again.headers['cache-control']).toBe(LOADER);
			});
			await test.step(`data ${url('data/figures.csv')}: text/csv in UTF-8`, async () => {
				const res = await get(url('data/figures.csv'));
				expect(res.status).toBe(200);
				expectHeaders(res.headers, {
					'content-type': 'text/csv; charset=utf-8',
					'x-content-type-options': 'nosniff'
				});
			});
			const notFound = file('404.html');
			for (const path of ['no-such-page/', 'en/embed/no-such-section/', '_app/immutable/gone.js']) {
				await test.step(`unknown ${url(path)}: the 404 page, status 404, short cache`, async () => {
					const res = await get(url(path));
					expect(res.status).toBe(404);
					expectHeaders(res.headers, PAGE_HEADERS);
					expect(res.body.equals(notFound), 'body is 404.html').toBe(true);
				});
			}
			const redirects = [['en', 'en/'], ...(site.base ? [[site.base, `${site.base}/`]] : [])];
			for (const [from, to] of redirects) {
				const target = to!.startsWith('/') ? to! : `${site.base}/${to}`;
				const address = from!.startsWith('/') ? `${nginx.origin}${from}` : url(from!);
				await test.step(`${address} redirects to ${target}`, async () => {
					const res = await get(address);
					expect(res.status).toBe(301);
					expect(res.headers.location).toBe(target);
				});
			}
		});

		test('precompressed copies by Accept-Encoding, with Vary', async () => {
			const asset = immutableScript(file('index.html').toString('utf8'), site.base);
			for (const [path, built] of [
				['en/', 'en/index.html'],
				[asset, asset],
				['embed/v1.js', 'embed/v1.js']
			] as const) {
				const original = file(built);
				const cases = [
					{ accept: 'identity', encoding: undefined, body: original },
					{ accept: 'gzip', encoding: 'gzip', body: file(`${built}.gz`) },
					...(brotliModule
						? [
								{ accept: 'br', encoding: 'br', body: file(`${built}.br`) },
								// What Chromium sends: brotli is preferred.
								{ accept: 'gzip, deflate, br, zstd', encoding: 'br', body: file(`${built}.br`) }
							]
						: [])
				];
				for (const c of cases) {
					await test.step(`${url(path)} with Accept-Encoding: ${c.accept} → ${c.encoding ?? 'uncompressed'} (${c.body.length} bytes)`, async () => {
						const res = await get(url(path), { 'accept-encoding': c.accept });
						expect(res.status).toBe(200);
						expect(res.headers['content-encoding']).toBe(c.encoding);
						expect(res.headers.vary).toBe('Accept-Encoding');
						expect(res.body.equals(c.body), 'the built copy, byte for byte').toBe(true);
					});
				}
			}
			if (!brotliModule) {
				test.info().annotations.push({ type: 'skipped', description: 'br: module not installed' });
			}
		});

		test('all eight embeds framed from another origin through /embed/v1.js; story pages refused', async ({
			page
		}) => {
			// The loader snippets as the story's "Embed this section" shows them, pointed at nginx.
			const snippets: string[] = [];
			for (const lang of ['', 'en/']) {
				await page.goto(url(lang));
				for (const id of SECTIONS) {
					const code = await page.locator(`#embed-${id}-loader`).inputValue();
					snippets.push(code.replace(/https?:\/\/[^/"]+/g, nginx.origin));
				}
			}
			const refused = [url(''), url('en/article/')];
			host.body = [
				...snippets,
				...refused.map((src) => `<iframe class="story" src="${src}" title="story"></iframe>`)
			].join('\n<p>Text between.</p>\n');

			const messages: string[] = [];
			page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
			page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
			const offSite: string[] = [];
			page.on('request', (r) => {
				const origin = new URL(r.url()).origin;
				if (origin !== host.origin && origin !== nginx.origin) offSite.push(r.url());
			});
			await page.goto(host.origin);

			for (const lang of ['', 'en/']) {
				for (const id of SECTIONS) {
					const src = url(`${lang}embed/${id}/`);
					await test.step(`${src} in a frame on ${host.origin}: reports its height, frame fitted`, async () => {
						const iframe = page.locator(`iframe[src^="${src}?"]`);
						await iframe.scrollIntoViewIfNeeded();
						const childId = new URL((await iframe.getAttribute('src'))!).searchParams.get(
							'childId'
						)!;
						const frame = (await (await iframe.elementHandle())!.contentFrame())!;
						// Its height comes from the page's head script: no app needed (it starts on reach).
						await frame.waitForFunction(() => document.readyState !== 'loading');
						let seen = { reported: 0, frame: 0, content: 0 };
						await expect
							.poll(async () => {
								const reported = await page.evaluate(
									({ childId, origin }) =>
										(window as unknown as { heights: [string, string][] }).heights
											.filter(
												([o, d]) => o === origin && d.startsWith(`pymxPYMx${childId}xPYMxheight`)
											)
											.map(([, d]) => Number(d.split('xPYMx').pop()))
											.pop() ?? 0,
									{ childId, origin: nginx.origin }
								);
								const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
								const content = await frame.evaluate(
									() => document.body.getBoundingClientRect().height
								);
								seen = { reported, frame: outer, content };
								return reported > 0 && outer === reported && Math.abs(content - outer) <= 2;
							})
							.toBe(true);
						console.log(
							`    ${src}: reported ${seen.reported} px, frame ${seen.frame} px, content ${seen.content} px`
						);
					});
				}
			}
			// Chromium names the refused page's origin and the directive, and shows an error page.
			const refusal = /^error: Framing '.*' violates .*"frame-ancestors 'self'"/;
			for (const [i, src] of refused.entries()) {
				await test.step(`${src} in a frame on ${host.origin}: refused (frame-ancestors 'self')`, async () => {
					const iframe = page.locator(`iframe.story[src="${src}"]`);
					await iframe.scrollIntoViewIfNeeded();
					await expect
						.poll(() => messages.filter((m) => refusal.test(m)).length)
						.toBeGreaterThan(i);
					const frame = (await (await iframe.elementHandle())!.contentFrame())!;
					expect(frame.url()).toMatch(/^chrome-error:/);
					expect(await frame.locator('[data-step]').count(), 'story content in the frame').toBe(0);
				});
			}
			await test.step('no other console message or error, no request off the two origins', async () => {
				expect(messages.filter((m) => !refusal.test(m))).toEqual([]);
				expect(offSite).toEqual([]);
			});
		});

		test("a reader's tour: every step's chart in both languages, nothing off the origin", async ({
			page,
			browser
		}) => {
			const served: { url: string; status: number; encoding?: string; type: string }[] = [];
			// Read at once (`headers()`, not the awaited `allHeaders()`): a response still arriving
			// as the test ends would otherwise be read from a closed page and fail the test.
			page.on('response', (r) => {
				served.push({
					url: r.url(),
					status: r.status(),
					encoding: r.headers()['content-encoding'],
					type: r.request().resourceType()
				});
			});
			const problems = guard(page, nginx.origin);
			const leaderboard = expectedLeaderboard();
			for (const lang of ['', 'en/']) {
				const notes = await staticNotes(browser, url(`${lang}article/`));
				await page.goto(url(lang));
				await appStarted(page);
				for (const { section, step, note } of notes) {
					await test.step(`${url(lang)}#${step}: the ${section} chart shows this step`, async () => {
						await scrollToStep(page, step);
						// The note drawn: one that left is still in the page, hidden.
						await expect(
							page.locator(`#${section} .stage .chart-note`).filter({ visible: true })
						).toHaveText([note]);
						if (step in leaderboard) {
							const e = leaderboard[step as keyof typeof leaderboard];
							await expectDrawnAt(page, e.name, e.place);
						}
					});
				}
			}
			await test.step('every response from nginx succeeded, scripts compressed', async () => {
				expect(problems, 'console errors and requests off the origin').toEqual([]);
				expect(served.filter((s) => s.status >= 400)).toEqual([]);
				const scripts = served.filter((s) => s.type === 'script' || s.type === 'document');
				expect(scripts.filter((s) => !s.encoding)).toEqual([]);
				const encodings = [...new Set(scripts.map((s) => s.encoding))].join(', ');
				console.log(
					`    ${served.length} responses, ${scripts.length} documents and scripts, all sent as ${encodings}`
				);
			});
		});
	});
}

interface Response {
	status: number;
	headers: IncomingHttpHeaders;
	body: Buffer;
}

/** A plain GET that leaves the body as sent (fetch would decompress it). */
function get(url: string, headers: Record<string, string> = {}): Promise<Response> {
	return new Promise((ok, fail) => {
		const req = request(url, { headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				ok({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) })
			);
		});
		req.on('error', fail);
		req.end();
	});
}

/** Each expected header has exactly this value; `undefined` means it must be absent. */
function expectHeaders(headers: IncomingHttpHeaders, want: Record<string, string | undefined>) {
	for (const [name, value] of Object.entries(want)) {
		expect.soft(headers[name], name).toBe(value);
	}
}

/** The first content-hashed script the story page loads, relative to the site's root. */
function immutableScript(html: string, base: string): string {
	const path = new RegExp(`${base}/(_app/immutable/[^"]+\\.js)`).exec(html)?.[1];
	expect(path, 'a script under _app/immutable/ in index.html').toBeTruthy();
	return path!;
}

/** The article with JavaScript off: every step in order with its section and its chart's note line. */
async function staticNotes(browser: Browser, url: string) {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page: Page = await context.newPage();
	await page.goto(url);
	const notes = await page.locator('section[id] [data-step]').evaluateAll((steps) =>
		steps.map((step) => ({
			section: step.closest('section[id]')!.id,
			step: step.id,
			note: (step.querySelector('.static-chart .chart-note')?.textContent ?? '').trim()
		}))
	);
	await context.close();
	expect(notes.length).toBeGreaterThanOrEqual(12);
	for (const n of notes) expect(n.note, `note of ${n.step}`).not.toBe('');
	return notes;
}

interface Host {
	origin: string;
	body: string;
	close(): Promise<void>;
}

/** A newsroom's article page on another origin; it records the messages its frames post. */
async function startHost(): Promise<Host> {
	const host: Host = { origin: '', body: '', close: async () => {} };
	const server: Server = createServer((_req, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Host article</title>
<script>window.heights = []; addEventListener('message', (e) => typeof e.data === 'string' && heights.push([e.origin, e.data]));</script>
<style>body{margin:0 auto;max-width:46rem;padding:0 1rem;font:18px/1.6 Georgia,serif}iframe.story{width:100%;height:400px}</style>
</head><body><h1>A newsroom's article</h1><p>Text before the charts.</p>
${host.body}
<p>Text after the charts.</p></body></html>`);
	});
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	host.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	host.close = () => new Promise<void>((ok) => server.close(() => ok()));
	return host;
}
