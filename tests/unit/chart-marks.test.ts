/**
 * Marks that some engine paints wrongly, found in every chart's server-rendered markup at every
 * step of every section, in both languages:
 * - a zero-length `<line>` (a round-capped "dot"): WebKit paints it, under
 *   `vector-effect: non-scaling-stroke`, as a blob many times its size, and reports it as 0×0;
 * - a `<circle>` or `<ellipse>` inside a stretched SVG (`preserveAspectRatio="none"`, Layer
 *   Cake's ScaledSvg), which every engine draws as an ellipse of the box's aspect ratio.
 * Dots belong in the HTML layer, as round boxes sized in px.
 */
import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { render } from 'svelte/server';
import { loadAll } from '$lib/server/content/load';
import { VIEWS } from '$lib/charts/views';

/** The x and y factors of a CSS or SVG transform list (translations do not change a length). */
function scaleOf(transform: string): [number, number] {
	let sx = 1;
	let sy = 1;
	for (const [, fn, args] of transform.matchAll(/([a-zA-Z]+)\(([^)]*)\)/g)) {
		const n = args!
			.split(/[\s,]+/)
			.filter(Boolean)
			.map(parseFloat);
		if (fn === 'scale') [sx, sy] = [sx * n[0]!, sy * (n[1] ?? n[0]!)];
		else if (fn === 'scaleX') sx *= n[0]!;
		else if (fn === 'scaleY') sy *= n[0]!;
		else if (fn === 'matrix')
			[sx, sy] = [sx * Math.hypot(n[0]!, n[1]!), sy * Math.hypot(n[2]!, n[3]!)];
	}
	return [sx, sy];
}

/** The offending marks in a piece of markup, each described so a reader can find it. */
function badMarks(html: string): string[] {
	const $ = load(html);
	const out: string[] = [];
	$('line').each((_, el) => {
		const a = (name: string) => parseFloat($(el).attr(name) ?? '0') || 0;
		const style = /transform:\s*([^;]+)/.exec($(el).attr('style') ?? '')?.[1] ?? '';
		const [sx, sy] = scaleOf(`${$(el).attr('transform') ?? ''} ${style}`);
		const dx = (a('x2') - a('x1')) * sx;
		const dy = (a('y2') - a('y1')) * sy;
		if (dx === 0 && dy === 0) out.push(`zero-length ${$.html(el)}`);
	});
	$('svg')
		.filter((_, svg) =>
			Object.entries(svg.attribs).some(
				([k, v]) => k.toLowerCase() === 'preserveaspectratio' && v.trim() === 'none'
			)
		)
		.find('circle, ellipse')
		.each((_, el) => {
			out.push(`${el.tagName} in a stretched svg: ${$.html(el)}`);
		});
	return out;
}

describe('the checker', () => {
	it('finds a zero-length dot, with or without its own transform, and a stretched circle', () => {
		expect(badMarks('<svg><line x1="3" x2="3" y1="4" y2="4"/></svg>')).toHaveLength(1);
		expect(
			badMarks('<svg><line x1="0" x2="0" style="transform: translate(40px, 2px)"/></svg>')
		).toHaveLength(1);
		expect(
			badMarks(
				'<svg><line x1="0" x2="1" style="transform: translate(4px, 0px) scale(0, 1)"/></svg>'
			)
		).toHaveLength(1);
		expect(
			badMarks('<svg preserveAspectRatio="none" viewBox="0 0 100 100"><circle r="2"/></svg>')
		).toHaveLength(1);
	});
	it('passes lines of any length and circles in an unstretched svg', () => {
		expect(
			badMarks(
				'<svg><line x1="0" x2="1" style="transform: translate(4px, 0px) scale(12, 1)"/>' +
					'<line x1="2" x2="2" y1="0" y2="100"/></svg><svg viewBox="0 0 9 9"><circle r="2"/></svg>'
			)
		).toEqual([]);
	});
});

const { stories } = loadAll();
for (const lang of ['zh', 'en'] as const) {
	describe(`${lang}: every chart at every step, as prerendered`, () => {
		for (const section of stories[lang].sections) {
			it(`${section.id}: no zero-length line, no circle in a stretched svg`, async () => {
				const view = await VIEWS.get(section.chart)!();
				const offenders = section.steps.flatMap((step) =>
					badMarks(
						render(view.Chart, {
							props: { view, data: section.data, labels: section.labels, step: step.chart, lang }
						}).body
					).map((m) => `${step.id}: ${m}`)
				);
				expect(offenders, offenders.join('\n')).toEqual([]);
			});
		}
	});
}
