import { defineConfig, devices } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './scripts/chromium.js';

/**
 * The build behind nginx (tests/server/, `npm run test:server`), apart from playwright.config.ts
 * because nginx is not one server on one port: the test renders deploy/nginx.conf and starts
 * nginx itself, on free ports, once over build/ and once over a BASE_PATH build it makes, next
 * to a host page of another origin. Run `npm run build` first (`npm test` has, by then).
 */
export default defineConfig({
	testDir: 'tests/server',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	// Each check is a step: the list shows them one by one, with the measured values.
	reporter: [['list', { printSteps: true }]],
	timeout: 60_000,
	use: {
		trace: 'off',
		launchOptions: { executablePath: chromiumPath, args: ['--headless', ...chromiumFlags] }
	},
	// A phone, as most readers of the Chinese edition are.
	projects: [
		{ name: 'phone', use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 } } }
	]
});
