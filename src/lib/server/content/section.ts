/**
 * One section's copy file turned into what the page renders: its chart settings and labels
 * checked against its chart's schemas, every figure in its text, notes and labels filled.
 */
import type { z } from 'zod';
import type { Lang } from '$lib/format';
import type { Paragraph, Section } from '$lib/story/types';
import { CHARTS, type ChartData, type ChartKind } from './charts';
import { check, type SectionFile } from './copy';
import { ContentError } from './errors';
import { plain } from './placeholders';

export function buildSection(
	id: string,
	file: string,
	copy: SectionFile,
	fill: (text: string, where: string) => Paragraph,
	chartData: ChartData,
	lang: Lang
): Section {
	if (!(copy.chart in CHARTS)) {
		throw new ContentError(
			file,
			'chart',
			`unknown chart "${copy.chart}", expected one of: ${Object.keys(CHARTS).join(', ')}`
		);
	}
	const kind = copy.chart as ChartKind;
	const schemas = CHARTS[kind];
	const labels = check(file, copy.labels, schemas.labels, 'labels');
	const filledLabels = Object.fromEntries(
		Object.entries(labels).map(([k, v]) => [k, plain(fill(String(v), `labels.${k}`))])
	);
	const steps = copy.steps.map((step, i) => {
		const settings = check(file, step.chart, schemas.step, `steps[${i}].chart`);
		// Prose inside chart settings (notes, annotations) is copy too: fill its figures.
		const filled = Object.fromEntries(
			Object.entries(settings).map(([k, v]) => [
				k,
				schemas.prose.includes(k) ? plain(fill(String(v), `steps[${i}].chart.${k}`)) : v
			])
		);
		return {
			id: step.id,
			text: step.text.map((t, j) => fill(t, `steps[${i}].text[${j}]`)),
			alt: fill(step.alt, `steps[${i}].alt`),
			chart: filled as z.output<typeof schemas.step>
		};
	});
	return {
		id,
		chart: kind,
		title: plain(fill(copy.title, 'title')),
		intro: copy.intro.map((t, j) => fill(t, `intro[${j}]`)),
		after: copy.after.map((t, j) => fill(t, `after[${j}]`)),
		labels: filledLabels as z.output<typeof schemas.labels>,
		steps,
		data: chartData[kind],
		table: {
			...schemas.table(chartData[kind] as never, filledLabels as never, lang),
			downloads: [...schemas.downloads]
		}
		// Each kind's steps, labels and data were checked against that kind's schemas above.
	} as Section;
}
