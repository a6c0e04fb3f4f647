/**
 * src/data/sources.csv: every figure and quote names its sources here. Read once, checked (one
 * row per id, links only to the original or an archive), and given to the page in its language.
 */
import { z } from 'zod';
import { formatApproximateDate, formatDate, type Lang } from '$lib/format';
import type { Source } from '$lib/story/types';
import { parseCsv } from './csv';
import { ContentError } from './errors';

const flag = z.enum(['', 'yes'], { error: 'expected "yes" or nothing' });
const bothOrNeither = (a: string, b: string) => (row: Record<string, string>) =>
	(row[a] === '') === (row[b] === '');

/**
 * A source: its original publisher (never a relay: relays go in read_via and are never linked),
 * in English and in its usual Chinese form; its headline, or a description of it (description =
 * yes) with the description in Chinese too; its date, marked when approximate.
 */
const sourceSchema = z
	.object({
		id: z.string().regex(/^[a-z0-9-]+$/, 'expected an id in lower-case letters, digits and "-"'),
		publisher: z.string().min(1, 'expected the original publisher'),
		// Empty when the name is the same in Chinese (LMArena, TechCrunch).
		publisher_zh: z.string(),
		title: z.string().min(1, 'expected the title'),
		// Descriptions are ours and translated; headlines stay as published.
		title_zh: z.string(),
		description: flag,
		date: z.string().regex(/^\d{4}(-\d{2}){0,2}$/, 'expected a date YYYY-MM-DD, YYYY-MM or YYYY'),
		approximate: flag,
		// Empty when we only read the source through a relay: relays and content farms are never linked.
		url: z
			.string()
			.regex(
				/^(https:\/\/\S+)?$/,
				'expected a link to the original or an archive (https://…), or nothing'
			),
		read_via: z.string(),
		read_via_zh: z.string(),
		note: z.string(),
		note_zh: z.string()
	})
	.refine((row) => (row.description === 'yes') === (row.title_zh !== ''), {
		path: ['title_zh'],
		message:
			'expected the Chinese description when description is "yes", and nothing for a headline'
	})
	.refine(bothOrNeither('read_via', 'read_via_zh'), {
		path: ['read_via_zh'],
		message: 'expected read_via and read_via_zh both filled or both empty'
	})
	.refine(bothOrNeither('note', 'note_zh'), {
		path: ['note_zh'],
		message: 'expected note and note_zh both filled or both empty'
	});
export type SourceRow = z.output<typeof sourceSchema>;

/** Reads sources.csv; an id used twice stops the build. */
export function parseSources(file: string, text: string): SourceRow[] {
	const sources = parseCsv(file, text, sourceSchema);
	for (const s of sources) {
		const first = sources.find((o) => o.id === s.id)!;
		if (first !== s) {
			throw new ContentError(
				file,
				`line ${s.line}, column "id"`,
				`"${s.id}" is already used on line ${first.line}; every source needs its own id`
			);
		}
	}
	return sources;
}

/**
 * The `source_ids` cell of a figure or quote (`;`-separated): each must be an id in sources.csv.
 * `where`: the row's place in `file`, for the error.
 */
export function sourceIdsIn(
	cell: string,
	known: ReadonlySet<string>,
	file: string,
	where: string
): string[] {
	const ids = cell.split(/\s*;\s*/).filter(Boolean);
	const unknown = ids.find((id) => !known.has(id));
	if (unknown !== undefined) {
		throw new ContentError(
			file,
			where,
			`unknown source "${unknown}": expected an id from sources.csv`
		);
	}
	return ids;
}

/** The sources as the reader of one language sees them listed. */
export function sourcesIn(sources: SourceRow[], lang: Lang): Source[] {
	const zh = lang === 'zh';
	return sources.map((s) => {
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
	});
}
