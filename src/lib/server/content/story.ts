/**
 * One language's story file and section files turned into the plain object the page renders:
 * every `{figure}` filled for the language, each section built by its chart (section.ts), the
 * timeline, corrections and sources beside them.
 */
import { formatDate, type Lang } from '$lib/format';
import type { Paragraph, Story } from '$lib/story/types';
import type { Charts } from './charts';
import type { CopyFiles } from './copy';
import { buildCorrections, lastCorrected, type CorrectionRow } from './corrections';
import { ContentError } from './errors';
import { fillPlaceholders, plain, type Lookup } from './placeholders';
import { buildSection, type ChartData } from './section';
import { sourcesIn, type SourceRow } from './sources';
import { buildTimeline, type TimelineRow } from './timeline';
import type { UiWords } from './ui';

/** Everything but the copy that a story is built from. */
interface StoryData extends Lookup {
	charts: Charts;
	chartData: ChartData;
	sources: SourceRow[];
	corrections: CorrectionRow[];
	timeline: TimelineRow[];
}

export function buildStory(lang: Lang, files: CopyFiles, data: StoryData): Story {
	const { figures, charts, chartData, sources, corrections, timeline } = data;
	const { file, copy } = files.story;
	const fill = (t: string, where: string, f = file): Paragraph =>
		fillPlaceholders(t, data, lang, f, where);
	const fillAll = (list: string[], where: string, f = file) =>
		list.map((t, i) => fill(t, `${where}[${i}]`, f));

	const sections = copy.sections.map((id, i) => {
		const entry = files.sections[id];
		if (!entry) {
			throw new ContentError(
				file,
				`sections[${i}]`,
				`no copy file for section "${id}" (expected ${lang}/${id}.aml)`
			);
		}
		return buildSection(
			id,
			entry.file,
			entry.copy,
			(t, where) => fill(t, where, entry.file),
			charts,
			chartData,
			lang
		);
	});

	const seen = new Map<string, string>();
	for (const section of sections) {
		for (const step of [{ id: section.id }, ...section.steps]) {
			const prior = seen.get(step.id);
			if (prior) {
				throw new ContentError(
					files.sections[section.id]!.file,
					`steps: id "${step.id}"`,
					`used twice (also in ${prior}); every step and section id must be unique`
				);
			}
			seen.set(step.id, files.sections[section.id]!.file);
		}
	}

	const published = String(figures.get('publication.published')?.value ?? '');
	// A correction updates the page: its date is the visible "Updated" and the JSON-LD dateModified.
	const modified = lastCorrected(corrections);
	return {
		meta: {
			lang,
			title: plain(fill(copy.title, 'title')),
			description: plain(fill(copy.description, 'description')),
			kicker: plain(fill(copy.kicker, 'kicker')),
			standfirst: fillAll(copy.standfirst, 'standfirst'),
			byline: plain(fill(copy.byline, 'byline')),
			published,
			publishedText: formatDate(published, lang),
			...(modified && { modified, modifiedText: formatDate(modified, lang) }),
			ui: Object.fromEntries(
				Object.entries(copy.ui).map(([k, v]) => [k, plain(fill(v, `ui.${k}`))])
			) as UiWords
		},
		intro: fillAll(copy.intro, 'intro'),
		timeline: buildTimeline(
			timeline,
			{ file, sections: copy.sections, labels: copy.timeline },
			figures,
			(t, where) => plain(fill(t, where)),
			lang
		),
		sections,
		closing: fillAll(copy.closing, 'closing'),
		method: fillAll(copy.method, 'method'),
		corrections: buildCorrections(corrections, copy.sections, data, lang),
		sources: sourcesIn(sources, lang)
	};
}
