import { describe, expect, it } from 'vitest';
import type { Lang, Unit } from '$lib/format';
import { ContentError } from '$lib/server/content/errors';
import { FigureRegistry, type Figure } from '$lib/server/content/figures';
import { loadAll, projectFiles, type Files } from '$lib/server/content/load';
import { fillPlaceholders, plain } from '$lib/server/content/placeholders';

const figure = (key: string, value: number | string, unit: Unit): Figure => ({
	key,
	value,
	unit,
	status: 'CONFIRMED',
	sourceIds: [],
	origin: 'test'
});

const { quotes } = loadAll();
const fill = (text: string, figures: FigureRegistry, lang: Lang) =>
	plain(fillPlaceholders(text, { figures, quotes }, lang, 'test.aml', 'steps[0].text[0]'));

describe('house-style formats are figures: a corrected figure rewrites the sentence', () => {
	const en =
		'{t.models|words} models shared the rank; it was the {t.place|ordinal}-largest deal; they are {t.gap|age} years apart.';
	const zh =
		'{t.models|words}个模型并列；这是第{t.place|words}大交易，也是{t.place|ordinal}；两人相差{t.gap|age}。';
	const registry = (models: number, place: number, gap: number) =>
		new FigureRegistry([
			figure('t.models', models, 'count'),
			figure('t.place', place, 'position'),
			figure('t.gap', gap, 'years')
		]);

	it('fills the words in both languages', () => {
		const figures = registry(4, 2, 36.5);
		expect(fill(en, figures, 'en')).toBe(
			'four models shared the rank; it was the second-largest deal; they are 36 and a half years apart.'
		);
		expect(fill(zh, figures, 'zh')).toBe(
			'四个模型并列；这是第二大交易，也是第二；两人相差36岁半。'
		);
	});

	it('changes both sentences when the figures change', () => {
		const figures = registry(12, 13, 37);
		expect(fill(en, figures, 'en')).toBe(
			'12 models shared the rank; it was the 13th-largest deal; they are 37 years apart.'
		);
		expect(fill(zh, figures, 'zh')).toBe('12个模型并列；这是第13大交易，也是第13；两人相差37岁。');
	});

	it('refuses a number format on a figure that is not a number', () => {
		const figures = new FigureRegistry([figure('t.day', '2025-04-06', 'date')]);
		expect(() => fill('{t.day|words}', figures, 'en')).toThrow(
			/test\.aml: steps\[0\]\.text\[0\]: .*"words" needs a number, and t\.day is a date/
		);
	});
});

describe('quote placeholders', () => {
	const figures = new FigureRegistry([]);

	it('fill the words in the language, in its quotation marks', () => {
		expect(fill('LeCun said the results {quote.fudged}.', figures, 'en')).toBe(
			'LeCun said the results “were fudged a little bit”.'
		);
		expect(fill('杨立昆说，结果{quote.fudged}。', figures, 'zh')).toBe(
			`杨立昆说，结果“${quotes.get('fudged')!.words.zh}”。`
		);
	});

	it('stop the build on an unknown id, naming file, key and the nearest id', () => {
		let error: unknown;
		try {
			fill('{quote.fudge}', figures, 'en');
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(ContentError);
		expect(String(error)).toMatch(
			/test\.aml: steps\[0\]\.text\[0\]: placeholder \{quote\.fudge\} names no quote in src\/data\/quotes\.csv \(did you mean \{quote\.fudged\}\?\)/
		);
	});

	it('take no format', () => {
		expect(() => fill('{quote.fudged|words}', figures, 'en')).toThrow(/a quote takes no format/);
	});

	it('are marked as quotes in the filled paragraph, for the proof page', () => {
		const segments = fillPlaceholders('{quote.left}', { figures, quotes }, 'en', 'f', 'w');
		expect(segments).toEqual([
			{
				kind: 'quote',
				key: 'left',
				text: "“A lot of people have left, a lot of people who haven't yet left will leave”"
			}
		]);
	});
});

describe('quotes.csv', () => {
	const withQuotes = (edit: (t: string) => string): Files => ({
		...projectFiles,
		'src/data/quotes.csv': edit(projectFiles['src/data/quotes.csv']!)
	});

	it('rejects a quote citing a source that does not exist', () => {
		expect(() =>
			loadAll(withQuotes((t) => t.replace(',ami-ft-lunch;fastcompany-lecun', ',ami-ft-lunch;fc')))
		).toThrow(/quotes\.csv: line 2, column "source_ids": unknown source "fc"/);
	});

	it('names the line in the file, counting blank lines', () => {
		const broken = (t: string) => t.replace(',ami-ft-lunch;fastcompany-lecun', ',ami-ft-lunch;fc');
		expect(() => loadAll(withQuotes((t) => broken(t).replace('\n', '\n\n')))).toThrow(
			/quotes\.csv: line 3, column "source_ids": unknown source "fc"/
		);
	});

	it('rejects words that carry their own quotation marks', () => {
		expect(() =>
			loadAll(withQuotes((t) => t.replace('were fudged a little bit', 'were “fudged” a little')))
		).toThrow(/quotes\.csv: line 2, column "words_en".*without quotation marks/);
	});

	it('rejects an id used twice', () => {
		expect(() => loadAll(withQuotes((t) => `${t.trimEnd()}\n${t.split('\n')[1]}\n`))).toThrow(
			/quotes\.csv: line \d+, column "id": "fudged" is already used/
		);
	});
});

describe('names in Chinese text', () => {
	it('never break at the middle dot of a transliterated name', () => {
		const text = fill('Scale AI的创始人亚历山大·王；LMArena·Chatbot', new FigureRegistry([]), 'zh');
		expect(text).toBe('Scale AI的创始人亚历山大\u2060·\u2060王；LMArena·Chatbot');
	});
});
