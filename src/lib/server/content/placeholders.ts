import type { Lang } from '$lib/format';
import type { Paragraph, Segment } from '$lib/story/types';
import { ContentError } from './errors';
import type { FigureRegistry } from './figures';
import { quoted, type Quote } from './quotes';

/**
 * `{key|format}`: ordinal (second / 13th, 第二 / 第13), words (four / 13, 四 / 13), age
 * (36 and a half / 36岁半), number (a plain count), large (1.2 billion / 12亿).
 */
const MODIFIERS = ['ordinal', 'words', 'age', 'number', 'large'] as const;
const PLACEHOLDER = /\{([^{}]*)\}/g;
/** `{quote.<id>}` names a row of quotes.csv rather than a figure. */
const QUOTE = 'quote.';

/**
 * A run of copy as the reader gets it. Transliterated names (亚历山大·王, 约书亚·本吉奥) never
 * break at their middle dot: word joiners hold the dot to both halves, which line breaking in
 * Chinese text would otherwise split ("亚历山大·" at a line's end, "王" on the next).
 */
function prose(text: string): Segment {
	return {
		kind: 'text',
		text: text.replace(/(?<=\p{Script=Han})·(?=\p{Script=Han})/gu, '\u2060·\u2060')
	};
}

/** What a placeholder can name: figures, and quotes. */
export interface Lookup {
	figures: FigureRegistry;
	quotes: Map<string, Quote>;
}

/** The keys a text names (figure keys, and `quote.<id>`), for checks that run over all copy. */
export function placeholderKeys(text: string): string[] {
	return [...text.matchAll(PLACEHOLDER)].map((m) => (m[1] ?? '').split('|')[0]!.trim());
}

/**
 * Fills `{figure.key}` (or `{figure.key|ordinal}`) with the figure formatted for the language,
 * and `{quote.id}` with the quote's words in the language, in quotation marks. Returns segments,
 * so the page can mark each figure and the proof page can link figures and quotes to their rows.
 */
export function fillPlaceholders(
	text: string,
	{ figures, quotes }: Lookup,
	lang: Lang,
	file: string,
	where: string
): Paragraph {
	const segments: Segment[] = [];
	let last = 0;
	for (const match of text.matchAll(PLACEHOLDER)) {
		const index = match.index ?? 0;
		if (index > last) segments.push(prose(text.slice(last, index)));
		const [key = '', modifier] = (match[1] ?? '').split('|').map((s) => s.trim());
		last = index + match[0].length;
		if (key.startsWith(QUOTE)) {
			const id = key.slice(QUOTE.length);
			const quote = quotes.get(id);
			if (!quote) {
				const hint = closest(id, [...quotes.keys()]);
				throw new ContentError(
					file,
					where,
					`placeholder {${key}} names no quote in src/data/quotes.csv${hint ? ` (did you mean {${QUOTE}${hint}}?)` : ''}`
				);
			}
			if (modifier !== undefined) {
				throw new ContentError(file, where, `placeholder {${match[1]}}: a quote takes no format`);
			}
			segments.push({ kind: 'quote', key: id, text: quoted(quote, lang) });
			continue;
		}
		if (modifier !== undefined && !(MODIFIERS as readonly string[]).includes(modifier)) {
			throw new ContentError(
				file,
				where,
				`placeholder {${match[1]}}: unknown format "${modifier}", expected ${MODIFIERS.join(', ')}`
			);
		}
		const figure = figures.get(key);
		if (!figure) {
			const hint = closest(key, figures.keys());
			throw new ContentError(
				file,
				where,
				`placeholder {${key}} names no figure in the data${hint ? ` (did you mean {${hint}}?)` : ''}`
			);
		}
		if (modifier !== undefined && typeof figure.value !== 'number') {
			throw new ContentError(
				file,
				where,
				`placeholder {${match[1]}}: the format "${modifier}" needs a number, and ${key} is a ${figure.unit}`
			);
		}
		segments.push({ kind: 'figure', key, text: figures.format(key, lang, modifier) });
	}
	if (last < text.length) segments.push(prose(text.slice(last)));
	const stray = segments.find((s) => s.kind === 'text' && /[{}]/.test(s.text));
	if (stray) {
		throw new ContentError(file, where, `unmatched "{" or "}" in: ${JSON.stringify(stray.text)}`);
	}
	return segments;
}

/** Joins a filled paragraph back into plain text (chart labels, meta tags). */
export function plain(paragraph: Paragraph): string {
	return paragraph.map((s) => s.text).join('');
}

/** The nearest known key by edit distance, if it is close enough to be a typo. */
function closest(key: string, keys: string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = Math.max(3, Math.floor(key.length / 4)) + 1;
	for (const k of keys) {
		const d = distance(key, k);
		if (d < bestDistance) [best, bestDistance] = [k, d];
	}
	return best;
}

function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let prev = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const tmp = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = tmp;
		}
	}
	return row[b.length]!;
}
