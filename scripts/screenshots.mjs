/**
 * Screenshots for a person to look at, written to screenshots/: every step of the story, both
 * languages, on phones and a desktop; then every embed page at the preview widths, light and
 * dark (screenshots/embeds/). `npm run screenshots` needs `npm run preview` running (URL= to
 * point elsewhere). The embeds' heights are measured by `npm run embed-heights`.
 */
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { launchOptions } from './chromium.js';

const base = process.env.URL ?? 'http://127.0.0.1:4173';
// The sizes the desk reviews before publishing: two phones, a phone turned sideways, a desktop.
const sizes = [
	{ name: '360x740', width: 360, height: 740 },
	{ name: '390x844', width: 390, height: 844 },
	{ name: '844x390', width: 844, height: 390 },
	{ name: '1440x900', width: 1440, height: 900 }
];
// Every section has an embed; heights.json holds each one's measured heights.
const sections = Object.keys(JSON.parse(readFileSync('src/lib/embed/heights.json', 'utf8')).zh);
// The widths the embed preview page frames each embed at.
const embedWidths = [320, 375, 600, 1000];
mkdirSync('screenshots/embeds', { recursive: true });
const browser = await chromium.launch(launchOptions);
/** A page with motion reduced, so a screenshot shows a step's end state. */
const open = async (viewport, url) => {
	const page = await browser.newPage({ viewport });
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(url);
	return page;
};
for (const lang of ['zh', 'en']) {
	const path = lang === 'en' ? '/en' : '';
	for (const size of sizes) {
		const page = await open(size, `${base}${path}/`);
		await page.screenshot({ path: `screenshots/${lang}-${size.name}-top.png` });
		const ids = await page.$$eval('[data-step]', (els) => els.map((e) => e.id));
		for (const id of ids) {
			// As a reader sees it when the chart changes: the step's top just past the trigger line.
			await page.$eval(`#${id}`, (el) =>
				window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - innerHeight * 0.55)
			);
			await page.waitForTimeout(400);
			await page.screenshot({ path: `screenshots/${lang}-${size.name}-${id}.png` });
		}
		await page.close();
	}
	for (const id of sections) {
		for (const width of embedWidths) {
			for (const theme of ['light', 'dark']) {
				const page = await open(
					{ width, height: 400 },
					`${base}${path}/embed/${id}/?theme=${theme}`
				);
				await page.waitForTimeout(300);
				await page.screenshot({
					path: `screenshots/embeds/${lang}-${id}-${width}-${theme}.png`,
					fullPage: true
				});
				await page.close();
			}
		}
	}
}
await browser.close();
