/**
 * The build-time loader: reads every editor's file once, checks it, and hands each route the
 * story in its language. Imported only by prerendered server code.
 */
import { z } from 'zod';
import type { Lang } from '$lib/format';
import type { Story } from '$lib/story/types';
import { CHARTS, type Charts } from './charts';
import { parseCopy, sectionFileSchema, storyFileSchema, type CopyFiles } from './copy';
import { parseCorrections } from './corrections';
import { parseCsv } from './csv';
import { ContentError } from './errors';
import { FigureRegistry, parseFigures, type Figure } from './figures';
import { checkLanguagesAgree } from './languages';
import { parseQuotes, type Quote } from './quotes';
import { parseSources } from './sources';
import { buildStory } from './story';
import { parseTimeline } from './timeline';

/** Every editor's file, as text, keyed by its path from the project root. */
export type Files = Record<string, string>;

const raw = import.meta.glob<string>(
	['/src/content/**/*.aml', '/src/content/*.txt', '/src/data/**/*.csv'],
	{
		query: '?raw',
		import: 'default',
		eager: true
	}
);

/** The project's own files (paths without the leading slash, as editors see them). */
export const projectFiles: Files = Object.fromEntries(
	Object.entries(raw).map(([path, text]) => [path.replace(/^\//, ''), text])
);

interface Loaded {
	stories: Record<Lang, Story>;
	figures: FigureRegistry;
	quotes: Map<string, Quote>;
}

/**
 * Loads and checks everything; any editor's mistake throws a ContentError naming file and key.
 * `files`: every editor's file by path; `charts`: the charts a section may draw.
 */
export function loadAll(files: Files = projectFiles, charts: Charts = CHARTS): Loaded {
	const read = (path: string): string => {
		const text = files[path];
		if (text === undefined) throw new ContentError(path, '(file)', 'missing');
		return text;
	};
	const sources = parseSources('src/data/sources.csv', read('src/data/sources.csv'));
	const figuresFromSheet = parseFigures(
		'src/data/figures.csv',
		read('src/data/figures.csv'),
		sources
	);
	// Each chart's data, once; the figures a chart derives (the leaderboard's) join the registry.
	const sheet = new FigureRegistry(figuresFromSheet);
	const chartData = new Map<string, unknown>();
	const chartFigures: Figure[] = [];
	for (const [kind, chart] of charts) {
		const prepared = chart.prepare({ read, figures: sheet });
		chartData.set(kind, prepared.data);
		chartFigures.push(...(prepared.figures ?? []));
	}
	const publication = parseCsv(
		'src/data/publication.csv',
		read('src/data/publication.csv'),
		z.object({ key: z.enum(['published']), value: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) })
	).map((row, i): Figure => ({
		key: `publication.${row.key}`,
		value: row.value,
		unit: 'date',
		status: 'CONFIRMED',
		sourceIds: [],
		origin: `src/data/publication.csv, line ${i + 2}`
	}));
	const figures = new FigureRegistry([...figuresFromSheet, ...chartFigures, ...publication]);
	const quotes = parseQuotes('src/data/quotes.csv', read('src/data/quotes.csv'), sources);
	const corrections = parseCorrections(read('src/data/corrections.csv'));
	const timeline = parseTimeline(read('src/data/timeline.csv'));

	const copies = perLanguage((lang) => readCopy(lang, files));
	// Each language is checked on its own first (schemas, placeholders), then against the other.
	const stories = perLanguage((lang) =>
		buildStory(lang, copies[lang], {
			figures,
			quotes,
			charts,
			chartData,
			sources,
			corrections,
			timeline
		})
	);
	checkLanguagesAgree(copies, charts);
	return { stories, figures, quotes };
}

/** One value per language, made in the languages' order (Chinese first: its errors come first). */
function perLanguage<T>(make: (lang: Lang) => T): Record<Lang, T> {
	const zh = make('zh');
	return { zh, en: make('en') };
}

function readCopy(lang: Lang, files: Files): CopyFiles {
	const storyPath = `src/content/${lang}/story.aml`;
	const storyText = files[storyPath];
	if (storyText === undefined) throw new ContentError(storyPath, '(file)', 'missing');
	const story = parseCopy(storyPath, storyText, storyFileSchema);
	const sections: CopyFiles['sections'] = {};
	for (const id of story.sections) {
		const path = `src/content/${lang}/${id}.aml`;
		const text = files[path];
		if (text === undefined) {
			throw new ContentError(storyPath, 'sections', `lists "${id}" but ${path} does not exist`);
		}
		sections[id] = { file: path, copy: parseCopy(path, text, sectionFileSchema) };
	}
	return { story: { file: storyPath, copy: story }, sections };
}

let cache: Loaded | undefined;
/** The checked story in one language (loaded once per build). */
export function loadStory(lang: Lang): Story {
	cache ??= loadAll();
	return cache.stories[lang];
}
