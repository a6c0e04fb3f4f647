/**
 * Every piece of copy as an editor wrote it and as a reader reads it (placeholders filled), with
 * the file and key it comes from, for the house-style tests (quotes, punctuation, glossary,
 * outlets). Also the Chinese text that comes from data files (quotes, sources, glossary).
 */
import archieml from 'archieml';
import { csvParse } from 'd3-dsv';
import { readFileSync } from 'node:fs';
import type { Lang } from '$lib/format';
import { loadAll, projectFiles, type Files } from '$lib/server/content/load';
import { fillPlaceholders, plain } from '$lib/server/content/placeholders';

export interface CopyText {
	file: string;
	lang: Lang;
	/** The key path as written in the file (steps[1].text[0]), or a CSV line and column. */
	key: string;
	/** As written, placeholders and all (empty for data files). */
	raw: string;
	/** As the reader reads it. */
	filled: string;
}

/** Keys that are structure, not prose: ids, the chart kind, the list of sections, chart settings. */
const STRUCTURE = /(^|\.)(id|chart)$|^sections\[|\.chart\.(?!note$)/;

function* strings(value: unknown, key: string): Generator<[string, string]> {
	if (typeof value === 'string') yield [key, value];
	else if (Array.isArray(value)) {
		for (const [i, v] of value.entries()) yield* strings(v, `${key}[${i}]`);
	} else if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) yield* strings(v, key ? `${key}.${k}` : k);
	}
}

/** All copy in the .aml files of both languages. */
export function copyTexts(files: Files = projectFiles): CopyText[] {
	const { figures, quotes } = loadAll(files);
	const out: CopyText[] = [];
	for (const [file, text] of Object.entries(files)) {
		const m = /^src\/content\/(zh|en)\/[\w-]+\.aml$/.exec(file);
		if (!m) continue;
		const lang = m[1] as Lang;
		for (const [key, raw] of strings(archieml.load(text), '')) {
			if (STRUCTURE.test(key)) continue;
			const filled = plain(fillPlaceholders(raw, { figures, quotes }, lang, file, key));
			out.push({ file, lang, key, raw, filled });
		}
	}
	return out;
}

/** Chinese text from data files: the quotes' renderings, the sources' Chinese columns. */
export function chineseDataTexts(files: Files = projectFiles): CopyText[] {
	const columns: Record<string, string[]> = {
		'src/data/quotes.csv': ['speaker_zh', 'words_zh', 'where_zh'],
		'src/data/sources.csv': ['publisher_zh', 'title_zh', 'read_via_zh', 'note_zh']
	};
	return Object.entries(columns).flatMap(([file, cols]) =>
		csvParse(files[file]!.replace(/^\uFEFF/, '')).flatMap((row, i) =>
			cols
				.filter((c) => row[c])
				.map((c) => ({
					file,
					lang: 'zh' as const,
					key: `line ${i + 2}, column "${c}"`,
					raw: '',
					filled: row[c]!
				}))
		)
	);
}

/** Proper names that carry digits or Latin punctuation (model names), longest first. */
export const properNames = (projectFiles['src/content/proper-names.txt'] ?? '')
	.split('\n')
	.map((l) => l.trim())
	.filter((l) => l && !l.startsWith('#'))
	.sort((a, b) => b.length - a.length);

/** Code and addresses are not prose: `data-theme="dark"`, `https://…`, `…`. */
export function withoutCode(text: string): string {
	return text
		.replace(/https?:\/\/\S+/g, ' ')
		.replace(/`[^`]*`/g, ' ')
		.replace(/[\w-]+="[^"]*"/g, ' ');
}

/** The desk's fact sheet (a copy of ../shared/facts/FACTS.md, kept with the data drawn from it). */
export const FACTS = readFileSync('src/data/FACTS.md', 'utf8');
