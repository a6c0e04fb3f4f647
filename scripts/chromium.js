// The Chromium every browser-driving script uses (tests, benchmark, screenshots): Debian's
// (Playwright cannot download its own here), found by CHROMIUM_PATH or the usual system paths,
// with the flags from the toolchain notes.
import { existsSync } from 'node:fs';

/** @type {string | undefined} */
export const chromiumPath = [
	process.env.CHROMIUM_PATH,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome'
]
	.filter(/** @returns {p is string} */ (p) => Boolean(p))
	.find((p) => existsSync(p));

export const chromiumFlags = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** Playwright's launch options for a headless run of that Chromium. */
export const launchOptions = {
	executablePath: chromiumPath,
	args: ['--headless', ...chromiumFlags]
};
