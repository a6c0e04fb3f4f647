/**
 * Regenerates the share images (static/share/zh.png, en.png, 1200×630) from the prerendered
 * article: the headline beside the static leaderboard chart of the style-control step.
 * Run with the built site served (`npm run preview`), then commit the PNGs:
 * `npm run share-images` (URL= to point elsewhere). The build itself needs no browser.
 */
import { chromium } from '@playwright/test';
import { launchOptions } from './chromium.js';

const base = process.env.URL ?? 'http://127.0.0.1:4173';
const browser = await chromium.launch(launchOptions);
// The article: the story page links each step to its chart there.
for (const [lang, path] of [
	['zh', '/article/'],
	['en', '/en/article/']
]) {
	const context = await browser.newContext({
		viewport: { width: 1200, height: 630 },
		javaScriptEnabled: false
	});
	const page = await context.newPage();
	await page.goto(`${base}${path}`);
	await page.evaluate(() => {
		const title = document.querySelector('h1').textContent;
		const kicker = document.querySelector('.kicker').textContent;
		const chart = document.querySelector('[data-step="style-control"] .static-chart');
		const card = document.createElement('div');
		card.style.cssText =
			'position:fixed;inset:0;z-index:99;display:grid;grid-template-columns:1fr 1.15fr;gap:40px;' +
			'padding:48px 56px;background:var(--bg);box-sizing:border-box;align-items:center';
		const words = document.createElement('div');
		words.innerHTML = '<p></p><h2></h2>';
		words.querySelector('p').textContent = kicker;
		words.querySelector('p').style.cssText =
			'color:var(--highlight-ink);font-weight:700;letter-spacing:.06em;margin:0 0 16px';
		words.querySelector('h2').textContent = title;
		words.querySelector('h2').style.cssText = 'font-size:46px;line-height:1.2;margin:0';
		chart.style.cssText = 'height:534px;margin:0';
		card.append(words, chart);
		document.body.append(card);
	});
	await page.screenshot({ path: `static/share/${lang}.png` });
	await context.close();
}
await browser.close();
