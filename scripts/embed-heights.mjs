/**
 * Measures every embed's content height at the frame widths in src/lib/embed/heights.json and
 * writes them there (the snippets' reserved starting heights). Run after changing the copy or
 * an embed's layout, with a preview of the new build running:
 * `URL=http://127.0.0.1:4173 node scripts/embed-heights.mjs` (the embeds e2e test says when).
 */
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { chromiumFlags, chromiumPath } from './chromium.js';

const base = process.env.URL ?? 'http://127.0.0.1:4173';
const file = 'src/lib/embed/heights.json';
const old = JSON.parse(readFileSync(file, 'utf8'));
const widths = Object.keys(old.en.leaderboard).map(Number);
const browser = await chromium.launch({
	executablePath: chromiumPath,
	args: ['--headless', ...chromiumFlags]
});
const out = {};
for (const lang of ['zh', 'en']) {
	out[lang] = {};
	const page = await browser.newPage({ viewport: { width: 1000, height: 400 } });
	await page.goto(`${base}${lang === 'en' ? '/en' : ''}/`);
	const ids = await page.$$eval('section.section', (els) => els.map((e) => e.id));
	for (const id of ids) {
		out[lang][id] = {};
		for (const width of widths) {
			await page.setViewportSize({ width, height: 400 });
			await page.goto(`${base}${lang === 'en' ? '/en' : ''}/embed/${id}/`);
			await page.evaluate(() => document.fonts.ready);
			out[lang][id][width] = await page.evaluate(() =>
				Math.ceil(document.querySelector('.embed').getBoundingClientRect().height)
			);
		}
	}
	await page.close();
}
await browser.close();
writeFileSync(file, JSON.stringify(out, null, '\t') + '\n');
console.log(JSON.stringify(out));
