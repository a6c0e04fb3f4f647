/**
 * A page's inlined stylesheet without the CSS of charts it does not draw.
 *
 * SvelteKit inlines, on every page of a route, the CSS of every component the route could load,
 * so each embed carried all four charts' styles (about 3 KB gzip more than its own chart needs,
 * which took its HTML past the 14 KB a server sends in its first round trip). A chart
 * component's scope class names its chart (src/lib/charts/scope.js); a chart is drawn on a page if
 * its scope appears in the page's markup (the prerendered chart, or its stacked twin written
 * inside `<noscript>`). All of a drawn chart's CSS stays, for the states its live code draws later.
 */
import postcss, { type AtRule, type Container } from 'postcss';
import { CHART_SCOPE } from '$lib/charts/scope.js';

const STYLE = /(<style[^>]*>)([\s\S]*?)(<\/style>)/g;

const chartsIn = (text: string) => [...text.matchAll(CHART_SCOPE)].map((m) => m[1]!);

/** The CSS without the rules (and keyframes) scoped only to charts not in `drawn`. */
export function cssForCharts(css: string, drawn: ReadonlySet<string>): string {
	const absent = (text: string) => {
		const charts = chartsIn(text);
		return charts.length > 0 && charts.every((c) => !drawn.has(c));
	};
	const root = postcss.parse(css);
	root.walkAtRules(/keyframes$/i, (at) => {
		if (absent(at.params)) at.remove();
	});
	root.walkRules((rule) => {
		if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as AtRule).name)) return;
		const kept = rule.selectors.filter((s) => !absent(s));
		if (kept.length === 0) rule.remove();
		else if (kept.length < rule.selectors.length) rule.selectors = kept;
	});
	// @media and @container blocks left empty go too (innermost first, so nesting empties out).
	const prune = (node: Container) => {
		node.each((child) => {
			if (child.type === 'atrule' && child.nodes) {
				prune(child);
				if (child.nodes.length === 0) child.remove();
			}
		});
	};
	prune(root);
	return root.toString();
}

/** The page with each `<style>` kept to the charts its markup draws. */
export function withDrawnChartsCss(page: string): string {
	const drawn = new Set(chartsIn(page.replace(STYLE, '')));
	return page.replace(STYLE, (_, open: string, css: string, close: string) => {
		return open + cssForCharts(css, drawn) + close;
	});
}
