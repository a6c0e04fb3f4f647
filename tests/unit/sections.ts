/** Test helper: a story's section, typed as the chart it draws defines it. */
import type { ChartDefinition, ChartLabels, ChartSettings } from '$lib/charts/shared/define';
import { CHARTS, type Charts } from '$lib/server/content/charts';
import type { Section, Story } from '$lib/story/types';

/** The story's section drawn by `chart` (its data, labels and settings typed by the chart). */
export function sectionOf<Settings extends ChartSettings, Labels extends ChartLabels, Data>(
	story: Story,
	chart: ChartDefinition<Settings, Labels, Data>,
	charts: Charts = CHARTS
): Section<Data, Labels, Settings> {
	const found = story.sections.find(
		(s): s is Section<Data, Labels, Settings> => charts.get(s.chart) === chart
	);
	if (!found) throw new Error('no section draws this chart');
	return found;
}
