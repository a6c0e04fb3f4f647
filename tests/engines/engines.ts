/**
 * One small interface over the three engines, so one tour (tour.ts) runs in each:
 *
 * - WebKit: Debian's WebKitGTK through its WebDriver (`WebKitWebDriver`, webdriverio, classic
 *   protocol), under `xvfb-run` (WebKitGTK has no headless mode), in a bare browser window of
 *   our own (`webkit-window.py`): MiniBrowser's toolbar keeps its windows at least ~447 px wide.
 * - Firefox: Debian's `firefox-esr`, headless, through puppeteer-core over WebDriver BiDi, with
 *   overlay scrollbars (as on a phone) so a 390 px window lays out 390 px.
 * - Chromium: Debian's `chromium`, headless, through puppeteer-core (CDP), scrollbars hidden as
 *   in the Playwright suite.
 *
 * Device pixel ratio 1 everywhere, so a screenshot's pixels are CSS pixels.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { remote } from 'webdriverio';
import { chromiumFlags, chromiumPath } from '../../scripts/chromium.js';

export type EngineName = 'webkit' | 'firefox' | 'chromium';

/** A function run in the page (serialised: it may use only its arguments and the page's globals). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type PageFn<A extends unknown[], R> = (...args: A) => R | Promise<R>;

export interface Tab {
	engine: EngineName;
	/** Sets the layout viewport (CSS px). */
	setSize(width: number, height: number): Promise<void>;
	goto(url: string): Promise<void>;
	run<A extends unknown[], R>(fn: PageFn<A, R>, ...args: A): Promise<R>;
	/** Runs `fn` inside the iframe matched by `selector` (any origin). */
	runInFrame<A extends unknown[], R>(selector: string, fn: PageFn<A, R>, ...args: A): Promise<R>;
	/** A PNG of the viewport as painted. */
	screenshot(): Promise<Buffer>;
	/** Messages the engine itself logged (not through the page), where the engine exposes them. */
	engineLog(): string[];
	close(): Promise<void>;
}

export interface Engine {
	name: EngineName;
	/** Why the engine cannot run here, or undefined when it can. */
	missing?: string;
	open(): Promise<Tab>;
}

const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
const XVFB_RUN = '/usr/bin/xvfb-run';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const WEBKIT_WINDOW = fileURLToPath(new URL('./webkit-window.py', import.meta.url));

function freePort(): Promise<number> {
	return new Promise((ok, fail) => {
		const s = createServer();
		s.on('error', fail);
		s.listen(0, '127.0.0.1', () => {
			const { port } = s.address() as { port: number };
			s.close(() => ok(port));
		});
	});
}

async function until(test: () => Promise<boolean>, ms: number, what: string) {
	const end = Date.now() + ms;
	while (Date.now() < end) {
		if (await test().catch(() => false)) return;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`timed out after ${ms} ms: ${what}`);
}

/** Puppeteer's page, for both Firefox and Chromium. */
async function puppeteerTab(engine: EngineName, browser: Browser): Promise<Tab> {
	const page: Page = await browser.newPage();
	const log: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error' || m.type() === 'warn') log.push(`${m.type()}: ${m.text()}`);
	});
	page.on('pageerror', (e) => log.push(`pageerror: ${(e as Error).message ?? e}`));
	const frame = async (selector: string): Promise<Frame> => {
		const handle = await page.waitForSelector(selector);
		const f = await handle!.contentFrame();
		if (!f) throw new Error(`no frame in ${selector}`);
		return f;
	};
	return {
		engine,
		async setSize(width, height) {
			await page.setViewport({ width, height, deviceScaleFactor: 1 });
		},
		async goto(url) {
			await page.goto(url, { waitUntil: 'load' });
		},
		run: (fn, ...args) => page.evaluate(fn as never, ...(args as never[])) as never,
		runInFrame: async (selector, fn, ...args) =>
			(await frame(selector)).evaluate(fn as never, ...(args as never[])) as never,
		screenshot: async () => Buffer.from(await page.screenshot({ type: 'png' })),
		engineLog: () => log.splice(0),
		async close() {
			await browser.close();
		}
	};
}

export const chromium: Engine = {
	name: 'chromium',
	missing: chromiumPath ? undefined : 'no Chromium found (apt-get install chromium)',
	async open() {
		const browser = await puppeteer.launch({
			executablePath: chromiumPath,
			headless: true,
			args: [...chromiumFlags, '--hide-scrollbars', '--force-device-scale-factor=1']
		});
		return puppeteerTab('chromium', browser);
	}
};

export const firefox: Engine = {
	name: 'firefox',
	missing: existsSync(FIREFOX) ? undefined : `no ${FIREFOX} (apt-get install firefox-esr)`,
	async open() {
		const browser = await puppeteer.launch({
			browser: 'firefox',
			executablePath: FIREFOX,
			headless: true,
			extraPrefsFirefox: {
				// Scrollbars over the page, as on a phone: a 390 px viewport lays out 390 px.
				'ui.useOverlayScrollbars': 1,
				'layout.css.devPixelsPerPx': '1.0'
			}
		});
		return puppeteerTab('firefox', browser);
	}
};

export const webkit: Engine = {
	name: 'webkit',
	missing: !existsSync(WEBKIT_DRIVER)
		? `no ${WEBKIT_DRIVER} (apt-get install webkit2gtk-driver)`
		: !existsSync(XVFB_RUN)
			? 'no xvfb-run (apt-get install xvfb)'
			: undefined,
	async open() {
		const port = await freePort();
		// A 24-bit screen larger than the largest window the tour asks for.
		const driver: ChildProcess = spawn(
			XVFB_RUN,
			['-a', '-s', '-screen 0 1920x1200x24', WEBKIT_DRIVER, `--port=${port}`, '--host=127.0.0.1'],
			{ detached: true, stdio: 'ignore' }
		);
		const stop = () => {
			try {
				if (driver.pid) process.kill(-driver.pid, 'SIGTERM');
			} catch {
				// Already gone.
			}
		};
		try {
			await until(
				async () => (await fetch(`http://127.0.0.1:${port}/status`)).ok,
				20_000,
				'WebKitWebDriver to start'
			);
			const b = await remote({
				hostname: '127.0.0.1',
				port,
				path: '/',
				logLevel: 'warn',
				connectionRetryCount: 1,
				capabilities: {
					browserName: 'webkit-window',
					'wdio:enforceWebDriverClassic': true,
					'webkitgtk:browserOptions': { binary: WEBKIT_WINDOW, args: ['--automation'] }
				} as WebdriverIO.Capabilities
			});
			const inFrame = async <R>(selector: string, body: () => Promise<R>) => {
				const el = await b.$(selector);
				await b.switchFrame(el);
				try {
					return await body();
				} finally {
					await b.switchFrame(null);
				}
			};
			return {
				engine: 'webkit' as const,
				async setSize(width, height) {
					// The window is only the web view: its size is the viewport's.
					await b.setWindowSize(width, height);
					await until(
						async () =>
							(await b.execute(() => [innerWidth, innerHeight])).join() === `${width},${height}`,
						5000,
						`a ${width}×${height} viewport`
					);
				},
				async goto(url) {
					await b.url(url);
				},
				run: (fn, ...args) => b.execute(fn as never, ...(args as never[])) as never,
				runInFrame: (selector, fn, ...args) =>
					inFrame(selector, () => b.execute(fn as never, ...(args as never[])) as never),
				screenshot: async () => Buffer.from(await b.takeScreenshot(), 'base64'),
				engineLog: () => [],
				async close() {
					await b.deleteSession().catch(() => {});
					stop();
				}
			};
		} catch (e) {
			stop();
			throw e;
		}
	}
};
