import { describe, expect, it } from 'vitest';
import { cssForCharts, withDrawnChartsCss } from '../../src/lib/server/site/chartCss';
import { scopeClass } from '../../src/lib/charts/scope.js';

const hash = (s: string) => `h${s.length}`;
const scope = (filename: string) => scopeClass({ hash, css: '', filename });

describe('chart style scopes', () => {
	it('mark a chart component with its chart, and leave every other component as Svelte names it', () => {
		const deal = scope('/repo/src/lib/charts/deal/Labels.html.svelte');
		const deal2 = scope('src/lib/charts/deal/Box.svelte');
		const ami = scope('src/lib/charts/ami/Box.svelte');
		expect(deal).toMatch(/^svelte[a-z0-9]-h\d+$/);
		expect(deal.slice(0, 7)).toBe(deal2.slice(0, 7));
		expect(deal.slice(0, 7)).not.toBe(ami.slice(0, 7));
		expect(scope('src/lib/charts/shared/Chart.svelte')).toMatch(/^svelte-h\d+$/);
		expect(scope('src/lib/charts/SectionChart.svelte')).toMatch(/^svelte-h\d+$/);
		expect(scope('src/lib/story/App.svelte')).toMatch(/^svelte-h\d+$/);
	});
});

describe("a page's stylesheet", () => {
	const [a, b] = ['sveltea-1x', 'svelteb-2y'];
	const css =
		`:root{--ink:#111}.frame.svelte-9z{display:flex}` +
		`.bar.${a}{fill:red}.bar.${b}{fill:blue}.x.${a},.y.${b}{margin:0}` +
		`@media (width>=600px){.bar.${b}{fill:navy}@container (width>1px){.dot.${b}{r:2}}}` +
		`@keyframes ${b}-pulse{0%{opacity:0}to{opacity:1}}@keyframes ${a}-pulse{0%{opacity:0}to{opacity:1}}`;

	it('keeps what every page needs and the charts drawn; drops what only other charts use', () => {
		const kept = cssForCharts(css, new Set(['a']));
		expect(kept).toBe(
			`:root{--ink:#111}.frame.svelte-9z{display:flex}.bar.${a}{fill:red}.x.${a}{margin:0}` +
				`@keyframes ${a}-pulse{0%{opacity:0}to{opacity:1}}`
		);
		expect(cssForCharts(css, new Set(['a', 'b']))).toBe(css);
	});

	it('keeps the CSS of charts whose markup the page has, even written inside <noscript>', () => {
		const page =
			`<html><head><style>${css}</style></head><body>` +
			`<noscript class="stacked-chart">&lt;div class="bar ${b}"&gt;&lt;/div&gt;</noscript></body></html>`;
		const out = withDrawnChartsCss(page);
		expect(out).toContain(`.bar.${b}{fill:blue}`);
		expect(out).toContain(`.y.${b}{margin:0}`);
		expect(out).not.toContain(`.bar.${a}`);
		expect(out).toContain('.frame.svelte-9z{display:flex}');
	});
});
