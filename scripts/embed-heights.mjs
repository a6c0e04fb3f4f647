/**
 * Measures every embed's content height at some frame widths, in Chromium, Firefox and WebKit (scripts/engines.js), and writes the tallest of the three there:
 * the snippets reserve it, and the embed keeps at least that height (Embed.svelte), so the host
 * page does not move in any of them. Run after changing the copy or an embed's layout, with a
 * preview of the new build running:
 * `npm run embed-heights` (URL= to point elsewhere; the engine tours say when).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { ENGINES } from './engines.js';

const base = process.env.URL ?? 'http://127.0.0.1:4173';
const file = 'src/lib/embed/heights.json';
/** @type {Record<string, Record<string, Record<string, number>>>} */
const old = JSON.parse(readFileSync(file, 'utf8'));
const sections = Object.keys(old.en ?? {});
// Frame widths: from the narrowest a snippet should serve, and at every width where the embed's
// layout changes (600: Embed.svelte's container query); the snippet holds each height up to the
// next width (snippet.ts, heightsAttr), so more widths mean less room to spare, not more safety.
const widths = [300, 320, 375, 480, 600, 800, 1000];

/** @type {Record<string, Record<string, Record<string, number>>>} */
const out = {};
for (const engine of ENGINES) {
	if (engine.missing) throw new Error(`${engine.name}: ${engine.missing}`);
	const tab = await engine.open();
	try {
		for (const lang of ['zh', 'en']) {
			for (const id of sections) {
				for (const width of widths) {
					await tab.setSize(width, 600);
					await tab.goto(`${base}${lang === 'en' ? '/en' : ''}/embed/${id}/`);
					// The content's own height: without the reserved minimum, once the fonts are in,
					// as a reader first sees it (the app starts only when the reader reaches for it,
					// and changes no height: every step's text keeps its place).
					const height = await tab.run(async () => {
						await document.fonts.ready;
						const embed = /** @type {HTMLElement} */ (document.querySelector('.embed'));
						embed.style.minHeight = '0';
						return Math.ceil(embed.getBoundingClientRect().height);
					});
					const row = ((out[lang] ??= {})[id] ??= {});
					row[width] = Math.max(row[width] ?? 0, height);
					console.log(`${engine.name} ${lang} ${id} ${width}: ${height}`);
				}
			}
		}
	} finally {
		await tab.close();
	}
}
writeFileSync(file, JSON.stringify(out, null, '\t') + '\n');
console.log(`wrote ${file}`);
