/**
 * Quotes are data, like figures: src/data/quotes.csv holds each one's exact words (English as
 * the source gives them, Chinese as our rendering), who said it, where and when, and how we read
 * it. The copy names a quote as `{quote.<id>}`; it is the only way a quotation mark enters copy.
 */
import { z } from 'zod';
import type { Lang } from '$lib/format';
import { parseCsv } from './csv';
import { ContentError } from './errors';
import { sourceIdsIn, type SourceRow } from './sources';

export interface Quote {
	id: string;
	speaker: Record<Lang, string>;
	/** The exact words, without quotation marks (the placeholder adds them). */
	words: Record<Lang, string>;
	/** Where it was said or written (an interview, a post on X, a memo). */
	where: Record<Lang, string>;
	/** When it was said: YYYY-MM-DD, YYYY-MM or YYYY. */
	date: string;
	/** How we read it, when not in the original. */
	readVia: string;
	sourceIds: string[];
	/** The data file and line, for error messages and the proof page. */
	origin: string;
}

const line = (what: string) => z.string().trim().min(1, `expected ${what}`);
// Quotation marks come from the placeholder; words that carry their own would be quoted twice.
const words = (what: string) =>
	line(what).regex(/^[^"“”「」『』]*$/, 'expected the words without quotation marks');

const quoteRowSchema = z.object({
	id: z.string().regex(/^[a-z0-9_]+$/, 'expected an id in lower-case letters, digits and "_"'),
	speaker_en: line('who said it, in English'),
	speaker_zh: line('who said it, in Chinese'),
	words_en: words('the exact words'),
	words_zh: words('the Chinese rendering'),
	where_en: line('where it was said, in English'),
	where_zh: line('where it was said, in Chinese'),
	date: z.string().regex(/^\d{4}(-\d{2}){0,2}$/, 'expected a date YYYY-MM-DD, YYYY-MM or YYYY'),
	read_via: z.string(),
	source_ids: line('source ids from sources.csv')
});

/** Reads quotes.csv: one row per quote, ids unique, every source id in sources.csv. */
export function parseQuotes(file: string, text: string, sources: SourceRow[]): Map<string, Quote> {
	const known = new Set(sources.map((s) => s.id));
	const quotes = new Map<string, Quote>();
	for (const row of parseCsv(file, text, quoteRowSchema)) {
		const where = (column: string) => `line ${row.line}, column "${column}"`;
		const prior = quotes.get(row.id);
		if (prior) {
			throw new ContentError(file, where('id'), `"${row.id}" is already used (${prior.origin})`);
		}
		quotes.set(row.id, {
			id: row.id,
			speaker: { zh: row.speaker_zh, en: row.speaker_en },
			words: { zh: row.words_zh, en: row.words_en },
			where: { zh: row.where_zh, en: row.where_en },
			date: row.date,
			readVia: row.read_via,
			sourceIds: sourceIdsIn(row.source_ids, known, file, where('source_ids')),
			origin: `${file}, line ${row.line}`
		});
	}
	return quotes;
}

/** The words in the language, in its quotation marks (“…” in both: mainland Chinese uses them). */
export function quoted(quote: Quote, lang: Lang): string {
	return `“${quote.words[lang]}”`;
}
