import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

/** Custom properties declared in one CSS block of app.css (`:root {…}` for the light theme). */
function tokens(block: string): Record<string, string> {
	return Object.fromEntries(
		[...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!])
	);
}

function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

const css = readFileSync('src/app.css', 'utf8');
const themes = [...css.matchAll(/(:root(?:\[data-theme="dark"\])?|\.dark)\s*\{([^}]*)\}/g)]
	.map((m) => ({ name: m[1]!, t: tokens(m[2]!) }))
	.filter(({ t }) => t.bg);

describe('the palette', () => {
	it('is declared', () => {
		expect(themes.length).toBeGreaterThanOrEqual(1);
	});
	for (const { name, t } of themes) {
		it(`${name}: text colours reach 4.5:1 against the background`, () => {
			for (const key of ['ink', 'muted', 'highlight-ink', 'link']) {
				expect(contrast(t[key]!, t.bg!), key).toBeGreaterThanOrEqual(4.5);
			}
		});
		it(`${name}: chart marks reach 3:1 against the background`, () => {
			for (const key of ['mark', 'highlight']) {
				expect(contrast(t[key]!, t.bg!), key).toBeGreaterThanOrEqual(3);
			}
		});
		it(`${name}: the highlight stands apart from the other marks`, () => {
			expect(contrast(t.highlight!, t.mark!)).toBeGreaterThan(1.3);
		});
	}
});
