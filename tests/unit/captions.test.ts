import { describe, expect, it } from 'vitest';
import { loadAll, projectFiles, type Files } from '$lib/server/content/load';
import { plain } from '$lib/server/content/placeholders';
import type { Lang } from '$lib/format';

/**
 * A step card is a caption for what the chart shows at that step: one or two sentences, at most
 * 45 words in English and 90 characters in Chinese, counted on the filled text (figures and
 * quotes in). On a phone a longer card covers the sticky chart.
 */
const LIMIT: Record<Lang, number> = { en: 45, zh: 90 };
const MAX_SENTENCES = 2;

/**
 * Length as a reader takes it in. English: words. Chinese: each Han character or full-width mark
 * is one; a run of Latin letters or digits (a model name, a number) counts as one word-like unit
 * per part between spaces and hyphens, so "Llama-4-Maverick-03-26-Experimental" is six, not 35.
 */
export function captionLength(text: string, lang: Lang): number {
	if (lang === 'en') return text.split(/\s+/).filter(Boolean).length;
	const cjk = text.match(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’…·]/gu) ?? [];
	const latin = text
		.replace(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’…·]/gu, ' ')
		.split(/[\s-]+/)
		.filter((w) => /[\p{L}\p{N}]/u.test(w));
	return cjk.length + latin.length;
}

/** Sentences end with 。！？ in Chinese, and . ! ? before a space or the end in English. */
export function sentenceCount(text: string, lang: Lang): number {
	const ends = lang === 'zh' ? /[。！？](?!”)|[。！？]”/g : /[.!?]["”’)]?(?=\s|$)/g;
	return Math.max(1, (text.trim().match(ends) ?? []).length);
}

interface Card {
	lang: Lang;
	id: string;
	text: string;
	length: number;
	sentences: number;
}

function cards(files?: Files): Card[] {
	const { stories } = loadAll(files);
	return (['zh', 'en'] as const).flatMap((lang) =>
		stories[lang].sections.flatMap((section) =>
			section.steps.map((step) => {
				const text = step.text.map(plain).join(' ');
				return {
					lang,
					id: `${section.id}/${step.id}`,
					text,
					length: captionLength(text, lang),
					sentences: sentenceCount(text, lang)
				};
			})
		)
	);
}

function tooLong(list: Card[]): Card[] {
	return list.filter((c) => c.length > LIMIT[c.lang] || c.sentences > MAX_SENTENCES);
}

describe('step cards are captions', () => {
	const all = cards();

	it('every card in both languages is one or two sentences within the length limit', () => {
		for (const lang of ['zh', 'en'] as const) {
			const longest = all
				.filter((c) => c.lang === lang)
				.reduce((a, b) => (b.length > a.length ? b : a));
			console.log(
				`${lang}: longest card ${longest.id}, ${longest.length} of ${LIMIT[lang]} ${lang === 'en' ? 'words' : 'characters'}: ${longest.text}`
			);
		}
		const over = tooLong(all);
		expect(
			over.map((c) => `${c.lang} ${c.id}: ${c.length} units, ${c.sentences} sentences: ${c.text}`)
		).toEqual([]);
	});

	it('a step with one paragraph per card (explanations live in [intro] and [after])', () => {
		const { stories } = loadAll();
		const multi = (['zh', 'en'] as const).flatMap((lang) =>
			stories[lang].sections.flatMap((s) =>
				s.steps.filter((st) => st.text.length > 1).map((st) => `${lang} ${s.id}/${st.id}`)
			)
		);
		expect(multi).toEqual([]);
	});

	it('fails on a card made longer than the limit, naming it', () => {
		const path = 'src/content/en/deal.aml';
		const padding = ' and then some more words to say'.repeat(8);
		const files = { ...projectFiles };
		const before = files[path]!;
		files[path] = before.replace(
			/(id: deal-price[\s\S]*?\[\.text\]\n\* [^\n]*?)\.\n/,
			`$1${padding}.\n`
		);
		expect(files[path]).not.toBe(before);
		const over = tooLong(cards(files));
		expect(over.map((c) => `${c.lang} ${c.id}`)).toEqual(['en deal/deal-price']);
	});

	it('counts Chinese by characters and Latin runs by words', () => {
		expect(captionLength('据报道，Meta以约143亿美元买下Scale AI的49%股份。', 'zh')).toBe(
			// 据报道，(4) Meta(1) 以约(2) 143(1) 亿美元买下(5) Scale AI(2) 的(1) 49%(1) 股份。(3)
			20
		);
		expect(captionLength('Llama-4-Maverick-03-26-Experimental得分1417。', 'zh')).toBe(
			6 + 2 + 1 + 1
		);
		expect(captionLength('Meta paid about $14.3 billion.', 'en')).toBe(5);
		expect(sentenceCount('第一句。第二句。第三句。', 'zh')).toBe(3);
		expect(sentenceCount('He said: “No.” Then he left.', 'en')).toBe(2);
		expect(sentenceCount('Gemini-2.5-Pro scored 1439.', 'en')).toBe(1);
	});
});
