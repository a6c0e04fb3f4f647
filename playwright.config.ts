import { defineConfig, devices } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './scripts/chromium.js';

if (!chromiumPath && !process.env.PLAYWRIGHT_OWN_BROWSER) {
	throw new Error(
		'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium fonts-noto-cjk`), ' +
			'or set CHROMIUM_PATH to a Chromium binary, or set PLAYWRIGHT_OWN_BROWSER=1 after `npx playwright install chromium`.'
	);
}

/** Debian's Chromium (scripts/chromium.js), else Playwright's own browser if installed. */
const launchOptions = { executablePath: chromiumPath, args: ['--headless', ...chromiumFlags] };

export const PORT = Number(process.env.PW_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	// Two workers on two cores: most of a test waits for transitions and scrolls to settle (the
	// whole run keeps about a third of the cores busy). Four were faster still, but the tests that
	// count animation frames and the late-script timers then failed on a busy machine.
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	timeout: 60_000,
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'off',
		launchOptions
	},
	// A test tagged @phone or @desktop runs in that project only (it sets its own sizes, or one
	// viewport is enough); an untagged test runs in both.
	projects: [
		{
			name: 'phone',
			grepInvert: /@desktop/,
			use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 } }
		},
		{
			name: 'desktop',
			grepInvert: /@phone/,
			use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } }
		}
	],
	webServer: {
		// build/ as `npm run build` makes it, unless the one tests/unit/build.test.ts checked is current.
		command: `node scripts/build-once.js && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	}
});
