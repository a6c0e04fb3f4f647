import type { Lang } from '$lib/format';
import type { Paragraph, Segment } from '$lib/story/types';
import { ContentError } from './errors';
import type { FigureRegistry } from './figures';

const MODIFIERS = ['ordinal', 'number', 'large'] as const;
const PLACEHOLDER = /\{([^{}]*)\}/g;

/** The figure keys a text names, for checks that run over all copy. */
export function placeholderKeys(text: string): string[] {
	return [...text.matchAll(PLACEHOLDER)].map((m) => (m[1] ?? '').split('|')[0]!.trim());
}

/**
 * Fills `{figure.key}` (or `{figure.key|ordinal}`) with the figure formatted for the language.
 * Returns segments, so the page can mark each figure and the proof page can link it to its row.
 */
export function fillPlaceholders(
	text: string,
	figures: FigureRegistry,
	lang: Lang,
	file: string,
	where: string
): Paragraph {
	const segments: Segment[] = [];
	let last = 0;
	for (const match of text.matchAll(PLACEHOLDER)) {
		const index = match.index ?? 0;
		if (index > last) segments.push({ kind: 'text', text: text.slice(last, index) });
		const [key = '', modifier] = (match[1] ?? '').split('|').map((s) => s.trim());
		if (modifier !== undefined && !(MODIFIERS as readonly string[]).includes(modifier)) {
			throw new ContentError(
				file,
				where,
				`placeholder {${match[1]}}: unknown format "${modifier}", expected ${MODIFIERS.join(' or ')}`
			);
		}
		if (!figures.get(key)) {
			const hint = closest(key, figures.keys());
			throw new ContentError(
				file,
				where,
				`placeholder {${key}} names no figure in the data${hint ? ` (did you mean {${hint}}?)` : ''}`
			);
		}
		segments.push({ kind: 'figure', key, text: figures.format(key, lang, modifier) });
		last = index + match[0].length;
	}
	if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
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
