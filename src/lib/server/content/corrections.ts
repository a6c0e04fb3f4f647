/**
 * src/data/corrections.csv: the corrections and updates log. Bilingual data (a zh and an en
 * column), its figures written as placeholders like the copy's.
 */
import { z } from 'zod';
import { formatDate, type Lang } from '$lib/format';
import type { Correction } from '$lib/story/types';
import { parseCsv, type CsvRow } from './csv';
import { expectOneOf } from './errors';
import { fillPlaceholders, type Lookup } from './placeholders';

const FILE = 'src/data/corrections.csv';

const correctionRowSchema = z.object({
	date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'),
	section: z.string().min(1, 'expected the section id'),
	zh: z.string().min(1, 'expected the Chinese text'),
	en: z.string().min(1, 'expected the English text')
});

export type CorrectionRow = CsvRow<typeof correctionRowSchema>;

export function parseCorrections(text: string): CorrectionRow[] {
	return parseCsv(FILE, text, correctionRowSchema);
}

/** The log in one language, its figures filled; a row naming an unknown section stops the build. */
export function buildCorrections(
	rows: CorrectionRow[],
	sections: string[],
	lookup: Lookup,
	lang: Lang
): Correction[] {
	return rows.map((c) => {
		expectOneOf(FILE, `line ${c.line}, column "section"`, 'section', c.section, sections);
		return {
			date: c.date,
			dateText: formatDate(c.date, lang),
			section: c.section,
			text: fillPlaceholders(c[lang], lookup, lang, FILE, `line ${c.line}, column "${lang}"`)
		};
	});
}

/** The date of the latest correction: the page's visible "Updated" and its dateModified. */
export function lastCorrected(rows: CorrectionRow[]): string | undefined {
	return rows
		.map((c) => c.date)
		.sort()
		.at(-1);
}
