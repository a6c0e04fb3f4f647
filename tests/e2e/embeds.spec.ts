import { expect, test, type Frame, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LANGS, axe, drawnRows, expectDrawnAt, expectedLeaderboard, guard } from './helpers';
import { missingInBuild, snippetUrls } from './site';

/**
 * Embeds as a newsroom uses them: the snippet from the story's "Embed this section" control,
 * pasted into a host page served from another origin (a small server started here).
 */
const SECTIONS = ['leaderboard', 'deal', 'layoffs', 'ami'] as const;
const expected = expectedLeaderboard();
const HOST_BG = 'rgb(247, 244, 239)';

let server: Server;
let hostOrigin = '';
let hostBody = '';
const hostPage = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Host article</title>
<style>body{margin:0 auto;max-width:46rem;padding:0 1rem;background:${HOST_BG};color:#222;font:18px/1.6 Georgia,serif}</style>
</head><body><h1>A newsroom's article</h1><p>Some text before the chart, as in any article.</p>${body}
<p>Some text after the chart.</p><p>And more.</p></body></html>`;

test.beforeAll(async () => {
	server = createServer((req, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(req.url?.startsWith('/other-frame') ? OTHER_FRAME : hostPage(hostBody));
	});
	await new Promise<void>((ok) =>
		server.listen(Number(process.env.PW_HOST_PORT ?? 0), '127.0.0.1', ok)
	);
	hostOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

/** A frame on the host page that tries to resize our embed with bogus heights. */
const OTHER_FRAME = `<!doctype html><title>other</title><script>
for (const h of ['5', '-40', '99999999', 'NaN']) parent.postMessage('pymxPYMxlecun-embed-0xPYMxheightxPYMx' + h, '*');
parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 7 }, '*');
parent.postMessage('pymxPYMxlecun-embed-0xPYMxheightxPYMx333', '*');
document.title = 'sent';
</script>`;

/** The loader snippets exactly as the story shows them, pointed at this test's server. */
async function snippets(page: Page, path: string, origin: string) {
	await page.goto(path);
	const out: Record<string, string> = {};
	for (const id of SECTIONS) {
		const code = await page.locator(`#embed-${id}-loader`).inputValue();
		out[id] = code.replace(/https?:\/\/[^/"]+/g, origin);
	}
	return out;
}

async function embedFrame(page: Page, id: string): Promise<Frame> {
	const iframe = page.locator(`iframe[src*="/embed/${id}/"]`);
	await iframe.scrollIntoViewIfNeeded();
	let frame: Frame | undefined;
	await expect
		.poll(() => (frame = page.frames().find((f) => f.url().includes(`/embed/${id}/`))))
		.toBeTruthy();
	// Its height is reported from the page's head script; the app starts only when reached for.
	await frame!.waitForFunction(() => document.readyState !== 'loading');
	return frame!;
}

/** The iframe's height on the host page and its content's height inside. */
async function heights(page: Page, frame: Frame, id: string) {
	const outer = await page
		.locator(`iframe[src*="/embed/${id}/"]`)
		.evaluate((el) => el.getBoundingClientRect().height);
	const inner = await frame.evaluate(() => ({
		content: document.body.getBoundingClientRect().height,
		overflow: document.documentElement.scrollHeight - document.documentElement.clientHeight
	}));
	return { outer, ...inner };
}

async function expectFitted(page: Page, frame: Frame, id: string) {
	await expect
		.poll(async () => {
			const h = await heights(page, frame, id);
			return Math.abs(h.outer - h.content) <= 2 && h.overflow <= 0;
		})
		.toBe(true);
}

for (const { lang, path } of LANGS) {
	test.describe(`${lang} embeds on a host page of another origin`, () => {
		test('each frame grows to its content, follows steps and resizes, and the host barely shifts', async ({
			page,
			baseURL
		}) => {
			const code = await snippets(page, path, baseURL!);
			hostBody = SECTIONS.map((id) => `${code[id]}<p>Text between embeds.</p>`).join('');
			await page.goto(`${hostOrigin}/`);
			await page.evaluate(() => {
				(window as unknown as { cls: number }).cls = 0;
				new PerformanceObserver((list) => {
					for (const e of list.getEntries() as unknown as { value: number }[])
						(window as unknown as { cls: number }).cls += e.value;
				}).observe({ type: 'layout-shift', buffered: true });
			});
			for (const id of SECTIONS) {
				await expectFitted(page, await embedFrame(page, id), id);
			}
			const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
			expect(cls, 'host-page layout shift').toBeLessThanOrEqual(0.05);

			// The content does not depend on the frame's height (no viewport units).
			const lb = await embedFrame(page, 'leaderboard');
			const iframe = page.locator('iframe[src*="/embed/leaderboard/"]');
			const before = (await heights(page, lb, 'leaderboard')).content;
			await iframe.evaluate((el: HTMLElement) => (el.style.height = '3000px'));
			await page.waitForTimeout(100);
			expect((await heights(page, lb, 'leaderboard')).content).toBeCloseTo(before, 0);
			await iframe.evaluate((el: HTMLElement, h) => (el.style.height = `${h}px`), before);

			// A step change, then a narrower screen: the frame follows.
			const frame = await embedFrame(page, 'ami');
			await frame.getByRole('button', { name: /next|下一步/i }).click();
			await expectFitted(page, frame, 'ami');
			const wide = (await heights(page, frame, 'ami')).outer;
			const size = page.viewportSize()!;
			await page.setViewportSize({ width: 320, height: size.height });
			await expectFitted(page, frame, 'ami');
			expect((await heights(page, frame, 'ami')).outer).not.toBe(wide);
			await page.setViewportSize(size);
			await expectFitted(page, frame, 'ami');
		});
	});
}

test.describe('the loader against bogus messages', () => {
	test(
		'heights from another frame, the host itself or absurd values change nothing',
		{ tag: '@desktop' },
		async ({ page, baseURL }) => {
			const code = await snippets(page, '/en/', baseURL!);
			hostBody = code.deal!;
			await page.goto(`${hostOrigin}/`);
			const frame = await embedFrame(page, 'deal');
			await expectFitted(page, frame, 'deal');
			const iframe = page.locator('iframe[src*="/embed/deal/"]');
			const height = await iframe.evaluate((el) => el.getBoundingClientRect().height);
			// Another frame (with our frame's child id), the host page, and our own frame with junk.
			await page.evaluate((src) => {
				const f = document.createElement('iframe');
				f.src = src;
				document.body.append(f);
				window.postMessage('pymxPYMxlecun-embed-0xPYMxheightxPYMx11', '*');
			}, `${hostOrigin}/other-frame`);
			await expect
				.poll(() =>
					page
						.frames()
						.find((f) => f.url().includes('other-frame'))
						?.title()
				)
				.toBe('sent');
			await frame.evaluate(() => {
				for (const h of ['-5', '0', '1e9', '99999999', 'abc', '']) {
					parent.postMessage(`pymxPYMxlecun-embed-0xPYMxheightxPYMx${h}`, '*');
				}
				parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: -1 }, '*');
				parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: '12' }, '*');
				parent.postMessage(null, '*');
				parent.postMessage(42, '*');
			});
			await page.waitForTimeout(300);
			expect(await iframe.evaluate((el) => el.getBoundingClientRect().height)).toBe(height);
		}
	);

	test(
		'a dark, transparent embed on a light host has no opaque backdrop',
		{ tag: '@desktop' },
		async ({ page, baseURL }) => {
			const code = await snippets(page, '/en/', baseURL!);
			hostBody = code.layoffs!.replace('<div ', '<div data-theme="dark" data-transparent="true" ');
			await page.goto(`${hostOrigin}/`);
			const frame = await embedFrame(page, 'layoffs');
			await expectFitted(page, frame, 'layoffs');
			// The dark palette is on: light text.
			const ink = await frame.locator('h1').evaluate((el) => getComputedStyle(el).color);
			const [r] = ink.match(/\d+/g)!.map(Number);
			expect(r).toBeGreaterThan(200);
			// The host's background shows through: change it, and the frame's pixels change too.
			const iframe = page.locator('iframe[src*="/embed/layoffs/"]');
			await page.waitForTimeout(500);
			const a = await iframe.screenshot({ animations: 'disabled' });
			await page.evaluate(() => (document.body.style.background = 'rgb(255, 200, 200)'));
			const b = await iframe.screenshot({ animations: 'disabled' });
			expect(a.equals(b), 'the frame paints its own backdrop').toBe(false);
			// The embed paints no background of its own.
			expect(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor)).toMatch(
				/rgba\(0, 0, 0, 0\)|transparent/
			);
		}
	);
});

for (const { lang } of LANGS) {
	const prefix = lang === 'en' ? '/en' : '';

	test.describe(`${lang} embed page`, () => {
		// Each step drawn at once, so a place read is the step's, not a frame of a move.
		test.use({ reducedMotion: 'reduce' });
		test('buttons and keys step the chart; keys only while the stepper has focus', async ({
			page,
			baseURL
		}) => {
			const problems = guard(page, baseURL!);
			await page.goto(`${prefix}/embed/leaderboard/`);
			const scope = '.live .chart';
			const name = expected['second-place'].name;
			await expectDrawnAt(page, name, expected['second-place'].place, scope);
			const text = page.locator('.text[data-step="second-place"]');
			await expect(text).toBeVisible();
			// The first press lands before the app has started (it starts on that reach): not lost.
			expect(await page.evaluate(() => document.documentElement.classList.contains('ready'))).toBe(
				false
			);
			await page.getByRole('button', { name: /next|下一步/i }).click();
			await expectDrawnAt(page, name, expected['style-control'].place, scope);
			await expect(text).toBeHidden();
			await expect(page.locator('.text[data-step="style-control"]')).toBeVisible();
			// The frame does not change height from step to step.
			const h1 = await page.locator('.embed').evaluate((el) => el.getBoundingClientRect().height);
			await page.keyboard.press('ArrowRight');
			await expectDrawnAt(
				page,
				expected['released-model'].name,
				expected['released-model'].place,
				scope
			);
			expect(await page.locator('.embed').evaluate((el) => el.getBoundingClientRect().height)).toBe(
				h1
			);
			await page.keyboard.press('ArrowLeft');
			await expectDrawnAt(page, name, expected['style-control'].place, scope);
			// A dot jumps to its step.
			await page.locator('.stepper .dots button').first().click();
			await expectDrawnAt(page, name, expected['second-place'].place, scope);
			// Focus outside the stepper: the keys do nothing.
			await page.locator('.credit a').focus();
			await expect(page.locator('.credit a')).toBeFocused();
			await page.keyboard.press('ArrowRight');
			await page.waitForTimeout(300);
			expect((await drawnRows(page, scope)).findIndex((r) => r.name === name) + 1).toBe(
				expected['second-place'].place
			);
			expect(problems).toEqual([]);
		});

		for (const width of [300, 320]) {
			test(
				`at ${width} px the stepper keeps one row: every dot on it, each label on one line`,
				{ tag: '@phone' },
				async ({ page }, testInfo) => {
					await page.setViewportSize({ width, height: 800 });
					for (const id of SECTIONS) {
						await page.goto(`${prefix}/embed/${id}/`);
						const g = await page.locator('.stepper').evaluate((stepper) => {
							const box = (el: Element) => el.getBoundingClientRect();
							const frame = box(stepper);
							const buttons = [...stepper.querySelectorAll('button')];
							const dots = buttons.filter((b) => b.closest('.dots'));
							const moves = buttons.filter((b) => !b.closest('.dots'));
							return {
								dotTops: dots.map((d) => box(d).top),
								labels: moves.map((b) => {
									// The label's line boxes: one per distinct top of its text's rectangles.
									const range = document.createRange();
									range.selectNodeContents(b);
									const rects = [...range.getClientRects()].filter((r) => r.width > 0);
									const tops = new Set(rects.map((r) => Math.round(r.top)));
									return {
										text: b.textContent!.trim(),
										lines: tops.size,
										height: range.getBoundingClientRect().height,
										lineHeight: parseFloat(getComputedStyle(b).lineHeight)
									};
								}),
								outside: buttons
									.map((b) => box(b))
									.filter((r) => r.left < frame.left - 0.5 || r.right > frame.right + 0.5).length
							};
						});
						expect(g.dotTops.length, id).toBeGreaterThan(1);
						for (const top of g.dotTops)
							expect(Math.abs(top - g.dotTops[0]!), `${id} dots`).toBeLessThanOrEqual(1);
						for (const l of g.labels) {
							expect(l.lines, `${id} "${l.text}"`).toBe(1);
							expect(l.height, `${id} "${l.text}"`).toBeLessThanOrEqual(l.lineHeight);
						}
						expect(g.outside, `${id}: controls outside the frame`).toBe(0);
					}
					await page.screenshot({ path: testInfo.outputPath(`stepper-${lang}-${width}.png`) });
				}
			);
		}

		test('?step= opens at that step, by id or by number', async ({ page }) => {
			await page.goto(`${prefix}/embed/leaderboard/?step=style-control`);
			await expectDrawnAt(page, expected['style-control'].name, 13, '.live .chart');
			await expect(page.locator('.text[data-step="style-control"]')).toBeVisible();
			await page.goto(`${prefix}/embed/leaderboard/?step=3`);
			await expectDrawnAt(
				page,
				expected['released-model'].name,
				expected['released-model'].place,
				'.live .chart'
			);
		});

		test(
			`no accessibility violations on any embed page, light${lang === 'zh' ? ' and dark' : ''}`,
			{ tag: '@desktop' },
			async ({ page }) => {
				for (const id of SECTIONS) {
					// Both languages draw the same colours: dark once, in Chinese.
					for (const theme of lang === 'zh' ? ['light', 'dark'] : ['light']) {
						await page.goto(`${prefix}/embed/${id}/?theme=${theme}`);
						// As most readers see it (the app not started), and once the reader reaches for it.
						expect(await axe(page), `${id} ${theme}`).toEqual([]);
						await page.locator('.stepper').hover();
						await page.waitForFunction(() => document.documentElement.classList.contains('ready'));
						expect(await axe(page), `${id} ${theme}, app started`).toEqual([]);
					}
				}
			}
		);

		test(
			'the reserved starting heights match the embeds (else run scripts/embed-heights.mjs)',
			{ tag: '@desktop' },
			async ({ page }) => {
				const table = (await import('../../src/lib/embed/heights.json', { with: { type: 'json' } }))
					.default as Record<string, Record<string, Record<string, number>>>;
				for (const id of SECTIONS) {
					for (const width of [375, 1000]) {
						await page.setViewportSize({ width, height: 700 });
						await page.goto(`${prefix}/embed/${id}/`);
						await page.evaluate(() => document.fonts.ready);
						const h = await page
							.locator('.embed')
							.evaluate((el) => el.getBoundingClientRect().height);
						const want = table[lang]![id]![String(width)]!;
						expect(Math.abs(h - want), `${id} at ${width}px: ${h} vs ${want}`).toBeLessThanOrEqual(
							Math.max(8, want * 0.02)
						);
					}
				}
			}
		);
	});

	test.describe(`${lang} embed page in a dark system theme`, () => {
		test.use({ colorScheme: 'dark' });
		test('is light unless the snippet asks for dark', { tag: '@desktop' }, async ({ page }) => {
			const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
			await page.goto(`${prefix}/embed/ami/`);
			expect(await bg()).toBe('rgb(255, 255, 255)');
			await page.goto(`${prefix}/embed/ami/?theme=dark`);
			expect(await bg()).toBe('rgb(21, 23, 26)');
		});
	});

	test.describe(`${lang} embed page without JavaScript`, () => {
		test.use({ javaScriptEnabled: false });
		test('every step is stacked with its own chart', async ({ page }) => {
			await page.goto(`${prefix}/embed/deal/`);
			await expect(page.locator('.live')).toBeHidden();
			const steps = page.locator('.static [data-step]');
			expect(await steps.count()).toBeGreaterThan(1);
			for (const step of await steps.all()) {
				await expect(step.locator('p').first()).toBeVisible();
				await expect(step.locator('.static-chart svg').first()).toBeVisible();
			}
			// Stacked: each step below the one before.
			const tops = await steps.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
			expect(tops).toEqual([...tops].sort((a, b) => a - b));
		});
	});
}

test(
	'the preview page: the loader finds every host box and each frame reports its height',
	{ tag: '@desktop' },
	async ({ page }) => {
		await page.goto('/en/embed/preview/');
		const hosts = await page.locator('figure.host').count();
		expect(hosts).toBeGreaterThanOrEqual(SECTIONS.length * 2);
		await expect(page.locator('figure.host iframe')).toHaveCount(hosts);
		// Every frame is mounted and drawn at a readable height.
		await expect
			.poll(
				() =>
					page
						.locator('figure.host iframe')
						.evaluateAll(
							(frames) => frames.filter((f) => f.getBoundingClientRect().height < 200).length
						),
				{ timeout: 20_000 }
			)
			.toBe(0);
	}
);

test.describe('Embed this section', () => {
	test(
		'the codes point at the embed page and the loader in build/, from the story and article mode alike',
		{ tag: '@desktop' },
		async ({ page }) => {
			// The origin the build was made with (read as src/lib/server/site/urls.ts does).
			const site = (process.env.SITE_URL ?? 'http://127.0.0.1:4173').replace(/\/+$/, '');
			for (const path of ['/', '/en/', '/article/', '/en/article/']) {
				const lang = path.startsWith('/en/') ? '/en' : '';
				await page.goto(path);
				for (const id of SECTIONS) {
					const loader = snippetUrls(await page.locator(`#embed-${id}-loader`).inputValue());
					const iframe = snippetUrls(await page.locator(`#embed-${id}-iframe`).inputValue());
					expect(loader, `${path} ${id}: loader code`).toEqual([
						`${site}${lang}/embed/${id}/`,
						`${site}${lang}/#${id}`,
						`${site}/embed/v1.js`
					]);
					expect(iframe, `${path} ${id}: iframe code`).toEqual([`${site}${lang}/embed/${id}/`]);
					expect(missingInBuild([...loader, ...iframe], 'build', '', site)).toEqual([]);
				}
			}
		}
	);

	test(
		'shows the code in the reader’s language and says when it copied',
		{ tag: '@desktop' },
		async ({ page, context }) => {
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			await page.goto('/en/');
			const control = page.locator('#deal .embed-this');
			await control.locator('summary').click();
			const field = control.locator('#embed-deal-loader');
			await expect(field).toBeVisible();
			const code = await field.inputValue();
			expect(code).toMatch(/data-lecun-embed="https?:\/\/[^"]+\/en\/embed\/deal\/"/);
			expect(code).toMatch(/<script async src="https?:\/\/[^"]+\/embed\/v1\.js"><\/script>/);
			await expect(control.locator('#embed-deal-iframe')).toHaveValue(
				/<iframe src="https?:\/\/[^"]+\/en\/embed\/deal\/"/
			);
			await control.getByRole('button', { name: 'Copy' }).first().click();
			await expect(control.getByRole('status').first()).toHaveText(/copied/i);
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
			// Chinese page: Chinese labels, Chinese embed URL.
			await page.goto('/');
			await page.locator('#deal .embed-this summary').click();
			await expect(page.locator('#deal .embed-this summary')).toHaveText('嵌入本节');
			expect(await page.locator('#embed-deal-loader').inputValue()).toMatch(/[^n]\/embed\/deal\//);
		}
	);
});
