import { describe, expect, it } from 'vitest';
import { loadAll } from '$lib/server/content/load';
import { copyTexts, FACTS, withoutCode } from './copyText';

/**
 * Quotation marks used as quotes. An apostrophe inside a word (Meta's, don't) or after a plural's
 * s (the models' scores) is not one; a ' or ’ anywhere else is.
 */
export function quotationMarks(text: string): string[] {
	const marks = [...text.matchAll(/["“”「」『』]/g)].map((m) => m[0]);
	for (const m of text.matchAll(/['’‘]/g)) {
		const [before, after] = [text[m.index - 1] ?? ' ', text[m.index + 1] ?? ' '];
		const apostrophe =
			m[0] !== '‘' && /\p{L}/u.test(before) && (/\p{L}/u.test(after) || before === 's');
		if (!apostrophe) marks.push(m[0]);
	}
	return marks;
}

describe('quotes are data', () => {
	const { quotes } = loadAll();

	it('tells quotation marks from apostrophes', () => {
		expect(quotationMarks('Meta’s model, the models’ scores, don’t')).toEqual([]);
		expect(quotationMarks('he said "fudged"')).toEqual(['"', '"']);
		expect(quotationMarks('它“被粉饰过”')).toEqual(['“', '”']);
		expect(quotationMarks('所谓「风格控制」')).toEqual(['「', '」']);
		expect(quotationMarks("it was 'fudged'")).toEqual(["'", "'"]);
		expect(quotationMarks('it was ‘fudged’.')).toEqual(['‘', '’']);
	});

	it('every quotation mark in the copy of either language comes from a {quote.…} placeholder', () => {
		const stray = copyTexts()
			.map((t) => ({ ...t, marks: quotationMarks(withoutCode(t.raw.replace(/\{[^{}]*\}/g, ' '))) }))
			.filter((t) => t.marks.length)
			.map((t) => `${t.file}: ${t.key}: ${t.marks.join(' ')} in ${JSON.stringify(t.raw)}`);
		expect(stray).toEqual([]);
	});

	it('every quote in English is word for word in the fact sheet, and one sentence at most', () => {
		expect(quotes.size).toBeGreaterThanOrEqual(14);
		for (const q of quotes.values()) {
			expect(FACTS, `${q.origin}: ${q.id}`).toContain(q.words.en);
			expect(q.words.en, `${q.origin}: ${q.id}`).not.toMatch(/[.!?]\s+\p{Lu}/u);
			expect(q.words.zh, `${q.origin}: ${q.id}`).not.toMatch(/[。！？]./u);
		}
	});

	it('a quote not in the fact sheet would fail', () => {
		expect(FACTS).not.toContain('were fudged a lot');
	});
});
