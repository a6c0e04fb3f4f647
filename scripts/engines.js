// The three engines behind one small interface, for the engine tours (tests/engines/) and the
// embed height measurement (scripts/embed-heights.mjs):
//
// - WebKit: Debian's WebKitGTK through its WebDriver (`WebKitWebDriver`, webdriverio, classic
//   protocol), under `xvfb-run` (WebKitGTK has no headless mode), in a bare browser window of
//   our own (`webkit-window.py`): MiniBrowser's toolbar keeps its windows at least ~447 px wide.
// - Firefox: Debian's `firefox-esr`, headless, through puppeteer-core over WebDriver BiDi, with
//   overlay scrollbars (as on a phone), so a 390 px window lays out 390 px.
// - Chromium: Debian's `chromium` (scripts/chromium.js), headless, through puppeteer-core (CDP),
//   scrollbars hidden as in the Playwright suite.
//
// Device pixel ratio 1 everywhere, so a screenshot's pixels are CSS pixels.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { chromiumFlags, chromiumPath } from './chromium.js';

/** @typedef {'webkit' | 'firefox' | 'chromium'} EngineName */

/**
 * A function run in the page: serialised, so it may use only its arguments and the page's globals.
 * @template {unknown[]} A
 * @template R
 * @typedef {(...args: A) => R | Promise<R>} PageFn
 */

/**
 * One browser window.
 * @typedef {object} Tab
 * @property {EngineName} engine
 * @property {(width: number, height: number) => Promise<void>} setSize Sets the viewport (CSS px).
 * @property {(url: string) => Promise<void>} goto
 * @property {<A extends unknown[], R>(fn: PageFn<A, R>, ...args: A) => Promise<R>} run
 * @property {<A extends unknown[], R>(selector: string, fn: PageFn<A, R>, ...args: A) => Promise<R>} runInFrame
 *   Runs `fn` inside the iframe matched by `selector` (any origin).
 * @property {() => Promise<Buffer>} screenshot A PNG of the viewport as painted.
 * @property {() => string[]} engineLog Messages the engine logged itself (where it exposes them), since the last call.
 * @property {() => Promise<void>} close
 */

/**
 * @typedef {object} Engine
 * @property {EngineName} name
 * @property {string | undefined} missing Why the engine cannot run here, or undefined.
 * @property {() => Promise<Tab>} open
 */

const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
const XVFB_RUN = '/usr/bin/xvfb-run';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const WEBKIT_WINDOW = fileURLToPath(new URL('./webkit-window.py', import.meta.url));

/** @returns {Promise<number>} */
function freePort() {
	return new Promise((ok, fail) => {
		const s = createServer();
		s.on('error', fail);
		s.listen(0, '127.0.0.1', () => {
			const address = /** @type {import('node:net').AddressInfo} */ (s.address());
			s.close(() => ok(address.port));
		});
	});
}

/**
 * @param {() => Promise<boolean>} test
 * @param {number} ms
 * @param {string} what
 */
async function until(test, ms, what) {
	const end = Date.now() + ms;
	while (Date.now() < end) {
		if (await test().catch(() => false)) return;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`timed out after ${ms} ms: ${what}`);
}

/**
 * A puppeteer page (Firefox and Chromium).
 * @param {EngineName} engine
 * @param {import('puppeteer-core').Browser} browser
 * @returns {Promise<Tab>}
 */
async function puppeteerTab(engine, browser) {
	const page = await browser.newPage();
	/** @type {string[]} */
	const log = [];
	page.on('console', (m) => {
		if (m.type() === 'error' || m.type() === 'warn') log.push(`${m.type()}: ${m.text()}`);
	});
	page.on('pageerror', (e) => log.push(`pageerror: ${e instanceof Error ? e.message : e}`));
	/** @param {string} selector */
	const frame = async (selector) => {
		const f = await (await page.waitForSelector(selector))?.contentFrame();
		if (!f) throw new Error(`no frame in ${selector}`);
		return f;
	};
	return {
		engine,
		async setSize(width, height) {
			try {
				await page.setViewport({ width, height, deviceScaleFactor: 1 });
			} catch (e) {
				// Puppeteer sends a screen orientation with every viewport over BiDi, and Debian's
				// Firefox ESR 140 knows no such command (it failed every Firefox tour on a new
				// machine); so the viewport alone, through the BiDi browsing context puppeteer keeps.
				if (!String(e).includes('setScreenOrientationOverride')) throw e;
				const frame = /** @type {any} */ (page.mainFrame());
				await frame.browsingContext.setViewport({
					viewport: { width, height },
					devicePixelRatio: 1
				});
			}
		},
		async goto(url) {
			await page.goto(url, { waitUntil: 'load' });
		},
		// Puppeteer's own types want its handle-aware signatures; the functions here are plain.
		run: (fn, ...args) => /** @type {any} */ (page.evaluate)(fn, ...args),
		runInFrame: async (selector, fn, ...args) =>
			/** @type {any} */ ((await frame(selector)).evaluate)(fn, ...args),
		screenshot: async () => Buffer.from(await page.screenshot({ type: 'png' })),
		engineLog: () => log.splice(0),
		async close() {
			await browser.close();
		}
	};
}

/** @type {Engine} */
export const chromium = {
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

/** @type {Engine} */
export const firefox = {
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

/** @type {Engine} */
export const webkit = {
	name: 'webkit',
	missing: !existsSync(WEBKIT_DRIVER)
		? `no ${WEBKIT_DRIVER} (apt-get install webkit2gtk-driver)`
		: !existsSync(XVFB_RUN)
			? 'no xvfb-run (apt-get install xvfb)'
			: undefined,
	async open() {
		const port = await freePort();
		// A 24-bit screen, larger than the largest window asked for. Its own process group, so
		// closing ends the X server, the driver and the browser together.
		const driver = spawn(
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
				capabilities: /** @type {WebdriverIO.Capabilities} */ ({
					browserName: 'webkit-window',
					// webdriverio 9 would otherwise ask for WebDriver BiDi, which WebKitGTK lacks.
					'wdio:enforceWebDriverClassic': true,
					'webkitgtk:browserOptions': { binary: WEBKIT_WINDOW, args: ['--automation'] }
				})
			});
			/** @type {(fn: Function, args: unknown[]) => Promise<any>} */
			const execute = (fn, args) => /** @type {any} */ (b.execute)(fn, ...args);
			return {
				engine: 'webkit',
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
				run: (fn, ...args) => execute(fn, args),
				async runInFrame(selector, fn, ...args) {
					await b.switchFrame(await b.$(selector));
					try {
						return await execute(fn, args);
					} finally {
						await b.switchFrame(null);
					}
				},
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

export const ENGINES = [chromium, firefox, webkit];
