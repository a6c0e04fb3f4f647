/**
 * Screenshots of every step, both languages, phone and desktop, for a person to look at:
 * `npm run screenshots` (needs `npm run preview` running; URL= to point elsewhere). Written to screenshots/.
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumFlags, chromiumPath } from './chromium.js';

const base = process.env.URL ?? 'http://127.0.0.1:4173';
// The sizes the desk reviews before publishing: two phones, a phone turned sideways, a desktop.
const sizes = [
	{ name: '360x740', width: 360, height: 740 },
	{ name: '390x844', width: 390, height: 844 },
	{ name: '844x390', width: 844, height: 390 },
	{ name: '1440x900', width: 1440, height: 900 }
];
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({
	executablePath: chromiumPath,
	args: ['--headless', ...chromiumFlags]
});
for (const lang of ['', 'en/']) {
	for (const size of sizes) {
		const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto(`${base}/${lang}`);
		await page.screenshot({ path: `screenshots/${lang ? 'en' : 'zh'}-${size.name}-top.png` });
		const ids = await page.$$eval('[data-step]', (els) => els.map((e) => e.id));
		for (const id of ids) {
			// As a reader sees it when the chart changes: the step's top just past the trigger line.
			await page.$eval(`#${id}`, (el) =>
				window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - innerHeight * 0.55)
			);
			await page.waitForTimeout(400);
			await page.screenshot({ path: `screenshots/${lang ? 'en' : 'zh'}-${size.name}-${id}.png` });
		}
		await page.close();
	}
}
await browser.close();
