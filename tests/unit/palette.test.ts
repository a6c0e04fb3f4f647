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

/** Machado et al. (2009) full-severity simulations, applied to linear RGB. */
const CVD: Record<string, number[][]> = {
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};

function simulate(hex: string, m: number[][]): string {
	const lin = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	const out = m.map((row) =>
		Math.min(1, Math.max(0, row[0]! * lin[0]! + row[1]! * lin[1]! + row[2]! * lin[2]!))
	);
	return `#${out
		.map((c) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055))
		.map((c) =>
			Math.round(c * 255)
				.toString(16)
				.padStart(2, '0')
		)
		.join('')}`;
}

describe('the palette under colour-vision deficiencies', () => {
	for (const { name, t } of themes) {
		for (const [kind, m] of Object.entries(CVD)) {
			it(`${name}, ${kind}: the highlight still stands out from the background and the other marks`, () => {
				const [hl, mark, bg] = [t.highlight!, t.mark!, t.bg!].map((c) => simulate(c, m));
				expect(contrast(hl!, bg!)).toBeGreaterThanOrEqual(3);
				expect(contrast(mark!, bg!)).toBeGreaterThanOrEqual(3);
				// Highlighted marks are also drawn bolder and labelled, so colour never works alone;
				// the hue difference must still survive as a visible lightness difference.
				expect(contrast(hl!, mark!)).toBeGreaterThan(1.1);
			});
		}
	}
});
