import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseCsv } from '$lib/server/content/csv';
import { chineseDataTexts, copyTexts, properNames, withoutCode } from './copyText';

/**
 * Half-width , : ; ( ) next to a Chinese character (spaces between them do not excuse it), in
 * text that is not a model name (proper-names.txt), code or an address.
 */
export function halfWidthPunctuation(text: string): string[] {
	let prose = withoutCode(text);
	// A name stands in as one Latin letter, so what touches it is judged as touching Latin.
	for (const name of properNames) prose = prose.split(name).join('N');
	const han = String.raw`\p{Script=Han}`;
	const re = new RegExp(String.raw`${han}\s*[,:;()]|[,:;()]\s*${han}`, 'gu');
	return [...prose.matchAll(re)].map((m) =>
		prose.slice(Math.max(0, m.index - 4), m.index + m[0].length + 4)
	);
}

describe('Chinese punctuation', () => {
	it('catches half-width punctuation in Chinese and leaves names, code and addresses alone', () => {
		expect(halfWidthPunctuation('据报道,Meta')).toEqual(['据报道,Meta']);
		expect(halfWidthPunctuation('模型(实验版)')).toHaveLength(2);
		expect(halfWidthPunctuation('如下: 四个')).toHaveLength(1);
		expect(halfWidthPunctuation('裁员; 招人')).toHaveLength(1);
		expect(halfWidthPunctuation('（见下）')).toEqual([]);
		expect(halfWidthPunctuation('据报道，Meta（实验版）：四个；')).toEqual([]);
		expect(halfWidthPunctuation('Llama-4-Maverick-17B-128E-Instruct')).toEqual([]);
		expect(halfWidthPunctuation('比 ChatGPT-4o-latest (2025-03-26) 高')).toEqual([]);
		expect(halfWidthPunctuation('加上 data-step="a,b" 从')).toEqual([]);
		expect(halfWidthPunctuation('见 https://example.com/a,b 页')).toEqual([]);
		expect(halfWidthPunctuation('Meta, Scale AI (2025)')).toEqual([]);
	});

	it('Chinese copy, figures filled in, and Chinese data use full-width punctuation', () => {
		const texts = [...copyTexts().filter((t) => t.lang === 'zh'), ...chineseDataTexts()];
		expect(texts.length).toBeGreaterThan(100);
		const offending = texts.flatMap((t) =>
			halfWidthPunctuation(t.filled).map((hit) => `${t.file}: ${t.key}: …${hit}…`)
		);
		expect(offending).toEqual([]);
	});
});

/** One form of every name and term in Chinese: src/content/glossary.csv. */
const glossary = parseCsv(
	'src/content/glossary.csv',
	readFileSync('src/content/glossary.csv', 'utf8'),
	z.object({
		en: z.string().min(1, 'expected the English term'),
		zh: z.string().min(1, 'expected the chosen Chinese form'),
		zh_avoid: z.string()
	})
).map((row) => ({
	...row,
	avoid: row.zh_avoid
		.split('|')
		.map((v) => v.trim())
		.filter(Boolean)
}));

/** Spacing between Chinese and Latin is a matter of layout, not of the term's form. */
const squeeze = (s: string) =>
	s.replace(/(?<=\p{Script=Han})\s+(?=[\p{L}\d])|(?<=[\p{L}\d])\s+(?=\p{Script=Han})/gu, '');

/**
 * Variants found in a text once every chosen form is set aside (英国《金融时报》 holds 《金融时报》);
 * each found variant is set aside too, longest first, so 《金融时报》 is not also 金融时报.
 */
export function avoidedVariants(text: string): string[] {
	let rest = squeeze(text);
	for (const { zh } of [...glossary].sort((a, b) => b.zh.length - a.zh.length)) {
		rest = rest.split(squeeze(zh)).join('\u0000');
	}
	const variants = glossary
		.flatMap(({ zh, avoid }) => avoid.map((v) => ({ v: squeeze(v), zh })))
		.sort((a, b) => b.v.length - a.v.length);
	const found: string[] = [];
	for (const { v, zh } of variants) {
		if (!rest.includes(v)) continue;
		found.push(`"${v}" (write "${zh}")`);
		rest = rest.split(v).join('\u0000');
	}
	return found;
}

describe('the glossary', () => {
	it('holds starter terms, and no avoided variant is another entry’s chosen form', () => {
		expect(glossary.length).toBeGreaterThanOrEqual(15);
		const chosen = new Set(glossary.map((g) => squeeze(g.zh)));
		expect(glossary.flatMap((g) => g.avoid.filter((v) => chosen.has(squeeze(v))))).toEqual([]);
	});

	it('finds a variant the glossary avoids, but not the chosen form that contains it', () => {
		expect(avoidedVariants('Meta 首席人工智能科学家杨立昆')).toEqual([
			'"首席人工智能科学家" (write "首席AI科学家")'
		]);
		expect(avoidedVariants('Meta 首席 AI 科学家杨立昆')).toEqual([]);
		expect(avoidedVariants('据英国《金融时报》报道')).toEqual([]);
		expect(avoidedVariants('据《金融时报》报道')).toHaveLength(1);
	});

	it('no Chinese copy uses a variant the glossary avoids', () => {
		const offending = copyTexts()
			.filter((t) => t.lang === 'zh')
			.flatMap((t) => avoidedVariants(t.filled).map((v) => `${t.file}: ${t.key}: ${v}`));
		expect(offending).toEqual([]);
	});
});
