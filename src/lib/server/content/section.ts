/**
 * One section's copy file turned into what the page renders: its labels and each step's chart
 * settings checked against its chart's schemas (after the figures in them are filled), every
 * figure in its text filled, its data and table from the chart's definition.
 */
import type { Lang } from '$lib/format';
import type { Paragraph, Section } from '$lib/story/types';
import { downloadName, type Charts } from './charts';
import { check, type SectionFile } from './copy';
import { ContentError } from './errors';
import { plain } from './placeholders';

/** Each chart's data, prepared once per build, by chart name. */
export type ChartData = Map<string, unknown>;

export function buildSection(
	id: string,
	file: string,
	copy: SectionFile,
	fill: (text: string, where: string) => Paragraph,
	charts: Charts,
	chartData: ChartData,
	lang: Lang
): Section {
	const chart = charts.get(copy.chart);
	if (!chart) {
		throw new ContentError(
			file,
			'chart',
			`unknown chart "${copy.chart}", expected one of: ${[...charts.keys()].join(', ')}`
		);
	}
	const prose: readonly string[] = chart.prose;
	const labels = check(
		file,
		Object.fromEntries(
			Object.entries(copy.labels).map(([k, v]) => [k, plain(fill(v, `labels.${k}`))])
		),
		chart.labels,
		'labels'
	);
	const steps = copy.steps.map((step, i) => ({
		id: step.id,
		text: step.text.map((t, j) => fill(t, `steps[${i}].text[${j}]`)),
		alt: fill(step.alt, `steps[${i}].alt`),
		// Prose inside chart settings (notes, annotations) is copy too: its figures are filled.
		chart: check(
			file,
			Object.fromEntries(
				Object.entries(step.chart).map(([k, v]) => [
					k,
					prose.includes(k) && typeof v === 'string' ? plain(fill(v, `steps[${i}].chart.${k}`)) : v
				])
			),
			chart.step,
			`steps[${i}].chart`
		)
	}));
	const data = chartData.get(copy.chart);
	return {
		id,
		chart: copy.chart,
		title: plain(fill(copy.title, 'title')),
		intro: copy.intro.map((t, j) => fill(t, `intro[${j}]`)),
		after: copy.after.map((t, j) => fill(t, `after[${j}]`)),
		labels,
		steps,
		data,
		table: {
			...chart.table(data, labels, lang),
			downloads: chart.downloads.map(downloadName)
		}
	};
}
