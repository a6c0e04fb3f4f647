import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import postcss from 'postcss';
import {
	filterDeficiencyDeuter,
	parse,
	filterDeficiencyProt,
	filterDeficiencyTrit,
	formatHex,
	wcagContrast
} from 'culori';

/**
 * The two themes, found by their exact selectors in app.css (parsed, not matched by a regex, so
 * reformatting the file cannot make a theme silently disappear from these tests).
 */
const THEMES = [':root', ':root[data-theme="dark"]'];
const root = postcss.parse(readFileSync('src/app.css', 'utf8'));
function theme(selector: string): Record<string, string> {
	const tokens: Record<string, string> = {};
	root.walkRules((rule) => {
		if (rule.parent?.type !== 'root' || rule.selector.replaceAll("'", '"') !== selector) return;
		rule.walkDecls(/^--/, (d) => {
			if (/^#[0-9a-f]{6}$/i.test(d.value)) tokens[d.prop.slice(2)] = d.value;
		});
	});
	return tokens;
}
const themes = THEMES.map((name) => ({ name, t: theme(name) }));

describe('the palette', () => {
	for (const { name, t } of themes) {
		it(`${name}: declares every colour the charts and text use`, () => {
			for (const key of ['bg', 'ink', 'muted', 'mark', 'highlight', 'highlight-ink', 'link'])
				expect(t[key], key).toMatch(/^#[0-9a-f]{6}$/i);
		});
		it(`${name}: text colours reach 4.5:1 against the background`, () => {
			for (const key of ['ink', 'muted', 'highlight-ink', 'link'])
				expect(wcagContrast(t[key]!, t.bg!), key).toBeGreaterThanOrEqual(4.5);
		});
		it(`${name}: chart marks reach 3:1 against the background`, () => {
			for (const key of ['mark', 'highlight'])
				expect(wcagContrast(t[key]!, t.bg!), key).toBeGreaterThanOrEqual(3);
		});
		it(`${name}: the highlight stands apart from the other marks`, () => {
			expect(wcagContrast(t.highlight!, t.mark!)).toBeGreaterThan(1.3);
		});
	}
});

/** Machado et al. (2009) full-severity simulations, as culori implements them. */
const CVD = {
	protanopia: filterDeficiencyProt(1),
	deuteranopia: filterDeficiencyDeuter(1),
	tritanopia: filterDeficiencyTrit(1)
};

describe('the palette under colour-vision deficiencies', () => {
	for (const { name, t } of themes) {
		for (const [kind, filter] of Object.entries(CVD)) {
			it(`${name}, ${kind}: the highlight still stands out from the background and the other marks`, () => {
				const [hl, mark, bg] = [t.highlight!, t.mark!, t.bg!].map((c) =>
					formatHex(filter(parse(c)!))!
				);
				expect(wcagContrast(hl!, bg!)).toBeGreaterThanOrEqual(3);
				expect(wcagContrast(mark!, bg!)).toBeGreaterThanOrEqual(3);
				// Highlighted marks are also drawn bolder and labelled, so colour never works alone;
				// the hue difference must still survive as a visible lightness difference.
				expect(wcagContrast(hl!, mark!)).toBeGreaterThan(1.1);
			});
		}
	}
});
