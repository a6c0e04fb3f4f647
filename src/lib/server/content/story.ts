/**
 * Turns the editors' files into the plain objects the page renders: copy checked against the
 * schemas, chart settings checked against their chart, every `{figure}` filled for the language,
 * and the two languages checked against each other.
 */
import type { z } from 'zod';
import { formatApproximateDate, formatDate, type Lang } from '$lib/format';
import { leaderboardLabelsSchema, leaderboardStepSchema } from '$lib/charts/leaderboard/settings';
import { leaderboardTable } from '$lib/charts/leaderboard/table';
import type { LeaderboardData } from '$lib/charts/leaderboard/types';
import { amiLabelsSchema, amiStepSchema } from '$lib/charts/ami/settings';
import { amiTable } from '$lib/charts/ami/table';
import type { AmiData } from '$lib/charts/ami/types';
import { dealLabelsSchema, dealStepSchema } from '$lib/charts/deal/settings';
import { dealTable } from '$lib/charts/deal/table';
import type { DealData } from '$lib/charts/deal/types';
import { layoffsLabelsSchema, layoffsStepSchema } from '$lib/charts/layoffs/settings';
import { layoffsTable } from '$lib/charts/layoffs/table';
import type { LayoffsData } from '$lib/charts/layoffs/types';
import type { DataTable, Paragraph, Section, Source, Story } from '$lib/story/types';
import { check, type SectionFile, type StoryFile } from './copy';
import { ContentError } from './errors';
import type { SourceRow } from './figures';
import { fillPlaceholders, plain, type Lookup } from './placeholders';

/** The figures and their sources, offered with every chart drawn from figures.csv. */
const FIGURES = ['figures.csv', 'sources.csv'];

/** Per chart: the schema of its step settings and labels, which settings are prose, its table. */
const CHARTS = {
	leaderboard: {
		step: leaderboardStepSchema,
		labels: leaderboardLabelsSchema,
		prose: ['note'],
		table: leaderboardTable,
		downloads: [
			'lmarena_top12_default_2025-04-06.csv',
			'lmarena_top15_stylectrl_2025-04-06.csv',
			'lmarena_text_2025-04-13.csv',
			'llama4_arena_timeline.csv'
		]
	},
	deal: {
		step: dealStepSchema,
		labels: dealLabelsSchema,
		prose: ['note'],
		table: dealTable,
		downloads: FIGURES
	},
	layoffs: {
		step: layoffsStepSchema,
		labels: layoffsLabelsSchema,
		prose: ['note'],
		table: layoffsTable,
		downloads: FIGURES
	},
	ami: {
		step: amiStepSchema,
		labels: amiLabelsSchema,
		prose: ['note'],
		table: amiTable,
		downloads: FIGURES
	}
} satisfies Record<
	Section['chart'],
	{
		step: z.ZodType;
		labels: z.ZodType;
		prose: readonly string[];
		/** The chart's data as a table (data and labels as this chart defines them). */
		table: (data: never, labels: never, lang: Lang) => Omit<DataTable, 'downloads'>;
		/** Data files offered beside the table. */
		downloads: readonly string[];
	}
>;
type ChartKind = keyof typeof CHARTS;

export interface ChartData {
	leaderboard: LeaderboardData;
	ami: AmiData;
	deal: DealData;
	layoffs: LayoffsData;
}

export interface CopyFiles {
	story: { file: string; copy: StoryFile };
	sections: Record<string, { file: string; copy: SectionFile }>;
}

/** A row of src/data/timeline.csv: an event, the date figure it happened on, its section. */
export interface TimelineRow {
	id: string;
	figure: string;
	section: string;
	line: number;
}

/** A row of src/data/corrections.csv: the log is bilingual data, its figures placeholders. */
export interface CorrectionRow {
	date: string;
	section: string;
	zh: string;
	en: string;
	line: number;
}

/** Everything but the copy that a story is built from. */
export interface StoryData extends Lookup {
	chartData: ChartData;
	sources: SourceRow[];
	corrections: CorrectionRow[];
	timeline: TimelineRow[];
}

export function buildStory(lang: Lang, files: CopyFiles, data: StoryData): Story {
	const { figures, chartData, sources, corrections, timeline } = data;
	const { file, copy } = files.story;
	const fill = (t: string, where: string, f = file): Paragraph =>
		fillPlaceholders(t, data, lang, f, where);
	const fillAll = (list: string[], where: string, f = file) =>
		list.map((t, i) => fill(t, `${where}[${i}]`, f));

	const sections = copy.sections.map((id, i): Section => {
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
	const modified = corrections
		.map((c) => c.date)
		.sort()
		.at(-1);
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
			)
		},
		intro: fillAll(copy.intro, 'intro'),
		timeline: timeline.map((row) => {
			const where = (column: string) => `line ${row.line}, column "${column}"`;
			const figure = figures.get(row.figure);
			if (!figure || !['date', 'month'].includes(figure.unit)) {
				throw new ContentError(
					'src/data/timeline.csv',
					where('figure'),
					`"${row.figure}" is not a date figure in the data`
				);
			}
			if (!copy.sections.includes(row.section)) {
				throw new ContentError(
					'src/data/timeline.csv',
					where('section'),
					`unknown section "${row.section}", expected one of: ${copy.sections.join(', ')}`
				);
			}
			const label = copy.timeline[row.id];
			if (!label) {
				throw new ContentError(
					file,
					`timeline.${row.id}`,
					'missing: every event in src/data/timeline.csv needs a label'
				);
			}
			return {
				id: row.id,
				date: String(figure.value),
				dateText: formatDate(String(figure.value), lang),
				label: plain(fill(label, `timeline.${row.id}`)),
				section: row.section
			};
		}),
		sections,
		closing: fillAll(copy.closing, 'closing'),
		method: fillAll(copy.method, 'method'),
		corrections: corrections.map((c) => {
			const where = `line ${c.line}, column "${lang}"`;
			if (!copy.sections.includes(c.section)) {
				throw new ContentError(
					'src/data/corrections.csv',
					`line ${c.line}, column "section"`,
					`unknown section "${c.section}", expected one of: ${copy.sections.join(', ')}`
				);
			}
			return {
				date: c.date,
				dateText: formatDate(c.date, lang),
				section: c.section,
				text: fillPlaceholders(c[lang], data, lang, 'src/data/corrections.csv', where)
			};
		}),
		sources: sources.map((s): Source => {
			const zh = lang === 'zh';
			const isDescription = s.description === 'yes';
			return {
				id: s.id,
				publisher: (zh && s.publisher_zh) || s.publisher,
				title: zh && isDescription ? s.title_zh : s.title,
				isDescription,
				date: s.date,
				dateText: s.approximate ? formatApproximateDate(s.date, lang) : formatDate(s.date, lang),
				url: s.url,
				readVia: zh ? s.read_via_zh : s.read_via,
				note: zh ? s.note_zh : s.note
			};
		})
	};
}

function buildSection(
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

/**
 * The languages must tell the same story: the same sections, the same step ids in the same
 * order, the same chart settings (but for text), the same labels and ui keys.
 */
export function checkLanguagesAgree(copies: Record<Lang, CopyFiles>): void {
	const [a, b] = [copies.zh, copies.en];
	compareKeys(a.story.copy.ui, b.story.copy.ui, a.story.file, b.story.file, 'ui');
	compareKeys(a.story.copy.timeline, b.story.copy.timeline, a.story.file, b.story.file, 'timeline');
	const idsA = a.story.copy.sections;
	const idsB = b.story.copy.sections;
	if (idsA.join() !== idsB.join()) {
		throw new ContentError(
			b.story.file,
			'sections',
			`expected the same sections as ${a.story.file} (${idsA.join(', ')}), found ${idsB.join(', ')}`
		);
	}
	for (const id of idsA) {
		const sa = a.sections[id];
		const sb = b.sections[id];
		if (!sa || !sb) continue; // buildStory names the missing file
		compareKeys(sa.copy.labels, sb.copy.labels, sa.file, sb.file, 'labels');
		const stepsA = sa.copy.steps.map((s) => s.id);
		const stepsB = sb.copy.steps.map((s) => s.id);
		const missing = stepsA.filter((s) => !stepsB.includes(s));
		const extra = stepsB.filter((s) => !stepsA.includes(s));
		if (missing.length || extra.length || stepsA.join() !== stepsB.join()) {
			throw new ContentError(
				sb.file,
				'steps',
				missing.length
					? `missing step "${missing[0]}" that ${sa.file} has`
					: extra.length
						? `step "${extra[0]}" is not in ${sa.file}`
						: `steps in a different order from ${sa.file} (${stepsA.join(', ')})`
			);
		}
		const prose: readonly string[] = CHARTS[sa.copy.chart as ChartKind]?.prose ?? [];
		sa.copy.steps.forEach((stepA, i) => {
			const stepB = sb.copy.steps[i]!;
			for (const [k, v] of Object.entries(stepA.chart)) {
				if (prose.includes(k)) continue; // prose differs by language
				if (JSON.stringify(v) !== JSON.stringify(stepB.chart[k])) {
					throw new ContentError(
						sb.file,
						`steps[${i}].chart.${k}`,
						`expected ${JSON.stringify(v)} as in ${sa.file}, found ${JSON.stringify(stepB.chart[k])}`
					);
				}
			}
		});
	}
}

function compareKeys(
	a: Record<string, unknown>,
	b: Record<string, unknown>,
	fileA: string,
	fileB: string,
	where: string
) {
	const missing = Object.keys(a).find((k) => !(k in b));
	if (missing) throw new ContentError(fileB, `${where}.${missing}`, `missing; ${fileA} has it`);
	const extra = Object.keys(b).find((k) => !(k in a));
	if (extra) throw new ContentError(fileA, `${where}.${extra}`, `missing; ${fileB} has it`);
}
