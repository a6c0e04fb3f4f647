/**
 * Screenshots of every embed page at the preview widths, light and dark, both languages, and
 * each one's content height (to check the reserved starting heights in EmbedThis).
 * `URL=http://127.0.0.1:4173 node scripts/embed-screenshots.mjs` with a preview server running.
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumFlags, chromiumPath } from './chromium.js';

const base = process.env.URL ?? 'http://127.0.0.1:4173';
const sections = ['leaderboard', 'deal', 'layoffs', 'ami'];
const widths = [320, 375, 600, 1000];
mkdirSync('screenshots/embeds', { recursive: true });
const browser = await chromium.launch({
	executablePath: chromiumPath,
	args: ['--headless', ...chromiumFlags]
});
for (const lang of ['zh', 'en']) {
	for (const id of sections) {
		const heights = [];
		for (const width of widths) {
			for (const theme of ['light', 'dark']) {
				const page = await browser.newPage({ viewport: { width, height: 400 } });
				await page.emulateMedia({ reducedMotion: 'reduce' });
				await page.goto(`${base}${lang === 'en' ? '/en' : ''}/embed/${id}/?theme=${theme}`);
				await page.waitForTimeout(300);
				const h = await page.evaluate(() =>
					Math.ceil(document.querySelector('.embed').getBoundingClientRect().height)
				);
				if (theme === 'light') heights.push(`${width}:${h}`);
				await page.screenshot({
					path: `screenshots/embeds/${lang}-${id}-${width}-${theme}.png`,
					fullPage: true
				});
				await page.close();
			}
		}
		console.log(lang, id, heights.join(' '));
	}
}
await browser.close();
