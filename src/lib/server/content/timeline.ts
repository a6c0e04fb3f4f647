/**
 * src/data/timeline.csv: the year's events drawn in the opening. Each row names a date figure
 * (so a corrected date moves the event) and its section; its label is copy, in `{timeline}`.
 */
import { z } from 'zod';
import { formatDate, type Lang } from '$lib/format';
import type { TimelineEvent } from '$lib/story/types';
import { parseCsv, type CsvRow } from './csv';
import { ContentError, expectOneOf } from './errors';
import type { FigureRegistry } from './figures';

const FILE = 'src/data/timeline.csv';

const timelineRowSchema = z.object({
	id: z.string().regex(/^[a-z0-9-]+$/, 'expected an event id'),
	figure: z.string().min(1, 'expected the key of a date figure'),
	section: z.string().min(1, 'expected the section id')
});

/** A row of the timeline: an event, the date figure it happened on, its section. */
export type TimelineRow = CsvRow<typeof timelineRowSchema>;

export function parseTimeline(text: string): TimelineRow[] {
	return parseCsv(FILE, text, timelineRowSchema);
}

/** The events in one language: dates from their figures, labels from the story file's `{timeline}`. */
export function buildTimeline(
	rows: TimelineRow[],
	story: { file: string; sections: string[]; labels: Record<string, string> },
	figures: FigureRegistry,
	label: (text: string, where: string) => string,
	lang: Lang
): TimelineEvent[] {
	return rows.map((row) => {
		const where = (column: string) => `line ${row.line}, column "${column}"`;
		const figure = figures.get(row.figure);
		if (!figure || !['date', 'month'].includes(figure.unit)) {
			throw new ContentError(
				FILE,
				where('figure'),
				`"${row.figure}" is not a date figure in the data`
			);
		}
		expectOneOf(FILE, where('section'), 'section', row.section, story.sections);
		const text = story.labels[row.id];
		if (!text) {
			throw new ContentError(
				story.file,
				`timeline.${row.id}`,
				'missing: every event in src/data/timeline.csv needs a label'
			);
		}
		return {
			id: row.id,
			date: String(figure.value),
			dateText: formatDate(String(figure.value), lang),
			label: label(text, `timeline.${row.id}`),
			section: row.section
		};
	});
}
