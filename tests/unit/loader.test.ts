import { describe, expect, it } from 'vitest';
import { loadAll, projectFiles, type Files } from '$lib/server/content/load';
import { ContentError } from '$lib/server/content/errors';
import { plain } from '$lib/server/content/placeholders';

/** The project's own files with one file changed by `edit`. */
function withEdit(path: string, edit: (text: string) => string): Files {
	const text = projectFiles[path];
	if (text === undefined) throw new Error(`test setup: no ${path}`);
	const changed = edit(text);
	if (changed === text) throw new Error(`test setup: edit did not change ${path}`);
	return { ...projectFiles, [path]: changed };
}

function errorOf(files: Files): ContentError {
	try {
		loadAll(files);
	} catch (e) {
		if (e instanceof ContentError) return e;
		throw e;
	}
	throw new Error('expected the load to fail');
}

describe('the copy and data as they are', () => {
	const { stories, figures } = loadAll();

	it('loads both languages with the same sections and steps', () => {
		const ids = (lang: 'zh' | 'en') =>
			stories[lang].sections.map((s) => [s.id, s.steps.map((st) => st.id)]);
		expect(ids('zh')).toEqual(ids('en'));
		expect(stories.zh.sections[0]!.steps.map((s) => s.id)).toEqual([
			'second-place',
			'style-control',
			'released-model',
			'months-after'
		]);
	});

	it('fills figures from the data into the text, formatted per language', () => {
		const lb = stories.en.sections.find((s) => s.id === 'leaderboard')!;
		const first = lb.steps[0]!.text.map(plain).join(' ');
		expect(first).toContain('6 April 2025');
		expect(first).toContain('1417 points');
		const zhFirst = stories.zh.sections[0]!.steps[0]!.text.map(plain).join('');
		expect(zhFirst).toContain('2025年4月6日');
		expect(zhFirst).toContain('得分1417');
		expect(lb.steps[1]!.chart.note).toBe('rank 7, 13th by score');
		expect(stories.zh.sections[0]!.steps[1]!.chart.note).toBe('排名第七，按分数排第13位');
	});

	it('derives the leaderboard figures the fact sheet states', () => {
		const v = (k: string) => figures.get(`leaderboard.${k}`)?.value;
		expect([v('experimental.score'), v('experimental.rank'), v('experimental.position')]).toEqual([
			1417, 2, 2
		]);
		expect([v('experimental.rank_style'), v('experimental.position_style')]).toEqual([7, 13]);
		expect(v('experimental.ahead_style')).toBe(6);
		expect(v('experimental.shared_rank')).toBe(4);
		expect([v('gap.gpt4o'), v('gap.leader'), v('gap.leader_style')]).toEqual([7, 22, 72]);
		expect([v('public.rank'), v('public.position'), v('public.first_rank')]).toEqual([32, 38, 35]);
		expect([v('public.end_rank'), v('public.end_models_listed'), v('public.end_score')]).toEqual([
			59, 217, 1292
		]);
	});
});

describe('an editor’s mistakes stop the build with a message naming file, key and expectation', () => {
	it('a misspelled placeholder', () => {
		const e = errorOf(
			withEdit('src/content/en/leaderboard.aml', (t) =>
				t.replace(
					'scored {leaderboard.experimental.score} points,',
					'scored {leaderboard.experimentl.score} points,'
				)
			)
		);
		expect(e.file).toBe('src/content/en/leaderboard.aml');
		expect(e.message).toMatch(/steps\[0\]\.text\[0\]/);
		expect(e.message).toMatch(/\{leaderboard\.experimentl\.score\} names no figure/);
		expect(e.message).toMatch(/did you mean \{leaderboard\.experimental\.score\}/);
	});

	it('a placeholder with an unknown format', () => {
		const e = errorOf(
			withEdit('src/content/zh/leaderboard.aml', (t) =>
				t.replace(
					'{leaderboard.experimental.position|ordinal}',
					'{leaderboard.experimental.position|roman}'
				)
			)
		);
		expect(e.message).toMatch(
			/unknown format "roman", expected ordinal, words, age, number, large/
		);
	});

	it('step settings that do not fit the chart', () => {
		const e = errorOf(
			withEdit('src/content/en/leaderboard.aml', (t) =>
				t.replace('chart.board: style', 'chart.board: sideways')
			)
		);
		expect(e.file).toBe('src/content/en/leaderboard.aml');
		expect(e.message).toMatch(/steps\[1\]\.chart\.board/);
		expect(e.message).toMatch(/expected board: default, style, public or timeline/);
	});

	it('a chart setting the chart does not know', () => {
		const e = errorOf(
			withEdit('src/content/en/leaderboard.aml', (t) =>
				t.replace('chart.board: style', 'chart.board: style\nchart.colour: red')
			)
		);
		expect(e.message).toMatch(/steps\[1\]\.chart.*colour/);
	});

	it('a step id used twice', () => {
		const files = withEdit('src/content/en/leaderboard.aml', (t) =>
			t.replace('id: style-control', 'id: second-place')
		);
		files['src/content/zh/leaderboard.aml'] = files['src/content/zh/leaderboard.aml']!.replace(
			'id: style-control',
			'id: second-place'
		);
		const e = errorOf(files);
		expect(e.message).toMatch(/"second-place".*used twice/);
	});

	it('a language missing a step the other has', () => {
		const e = errorOf(
			withEdit('src/content/en/leaderboard.aml', (t) =>
				t.replace('id: months-after', 'id: months-later')
			)
		);
		expect(e.file).toBe('src/content/en/leaderboard.aml');
		expect(e.message).toMatch(
			/missing step "months-after" that src\/content\/zh\/leaderboard\.aml has/
		);
	});

	it('languages that disagree on a chart setting', () => {
		const e = errorOf(
			withEdit('src/content/en/leaderboard.aml', (t) =>
				t.replace('chart.board: public', 'chart.board: default')
			)
		);
		expect(e.message).toMatch(/steps\[2\]\.chart\.board: expected "public"/);
	});

	it('a malformed CSV row', () => {
		const e = errorOf(
			withEdit('src/data/figures.csv', (t) => `${t.trimEnd()}\nllama4.extra,3,count\n`)
		);
		expect(e.file).toBe('src/data/figures.csv');
		expect(e.message).toMatch(/line \d+: has 3 cells, expected 8/);
	});

	it('a value of the wrong type', () => {
		const e = errorOf(
			withEdit('src/data/leaderboard/lmarena_top12_default_2025-04-06.csv', (t) =>
				t.replace('Llama,2,2,1417,', 'Llama,2,2,fourteen-seventeen,')
			)
		);
		expect(e.message).toMatch(
			/lmarena_top12_default_2025-04-06\.csv: line 3, column "score_default"/
		);
	});

	it('a figure without a source', () => {
		const e = errorOf(
			withEdit('src/data/figures.csv', (t) =>
				t.replace('CONFIRMED,meta-llama4-blog,', 'CONFIRMED,,')
			)
		);
		expect(e.message).toMatch(/column "source_ids".*every figure needs a source/);
	});

	it('a figure citing a source that does not exist', () => {
		const e = errorOf(
			withEdit('src/data/figures.csv', (t) =>
				t.replace('CONFIRMED,meta-llama4-blog,', 'CONFIRMED,meta-blog,')
			)
		);
		expect(e.message).toMatch(/unknown source "meta-blog"/);
	});

	it('a copy placeholder whose figure has no data (its row removed from figures.csv)', () => {
		const e = errorOf(
			withEdit('src/data/figures.csv', (t) =>
				t
					.split('\n')
					.filter((line) => !line.startsWith('lecun.lunch_held,'))
					.join('\n')
			)
		);
		expect(e.file).toBe('src/content/zh/story.aml');
		expect(e.message).toMatch(/standfirst\[0\]/);
		expect(e.message).toMatch(/\{lecun\.lunch_held\} names no figure/);
	});

	it('a step pointing to a chart state that does not exist', () => {
		const e = errorOf(
			withEdit('src/content/en/deal.aml', (t) =>
				t.replace('chart.view: stake', 'chart.view: stakes')
			)
		);
		expect(e.file).toBe('src/content/en/deal.aml');
		expect(e.message).toMatch(/steps\[0\]\.chart\.view/);
		expect(e.message).toMatch(/expected view: stake, valuation, acquisitions or ages/);
	});

	it('an event label one language has and the other does not', () => {
		const e = errorOf(
			withEdit('src/content/en/story.aml', (t) =>
				t.replace('{timeline}\n', '{timeline}\nfounding: FAIR opens in New York\n')
			)
		);
		expect(e.file).toBe('src/content/zh/story.aml');
		expect(e.message).toMatch(/timeline\.founding: missing; src\/content\/en\/story\.aml has it/);
	});

	it('a chart without its source line', () => {
		const files = withEdit('src/content/en/deal.aml', (t) => t.replace(/^source: .*\n/m, ''));
		files['src/content/zh/deal.aml'] = files['src/content/zh/deal.aml']!.replace(
			/^source: .*\n/m,
			''
		);
		const e = errorOf(files);
		expect(e.file).toBe('src/content/zh/deal.aml');
		expect(e.message).toMatch(/labels\.source/);
	});

	it('a step id used twice within one section', () => {
		const files = withEdit('src/content/en/deal.aml', (t) =>
			t.replace('id: deal-valuation', 'id: deal-price')
		);
		files['src/content/zh/deal.aml'] = files['src/content/zh/deal.aml']!.replace(
			'id: deal-valuation',
			'id: deal-price'
		);
		const e = errorOf(files);
		expect(e.message).toMatch(/deal\.aml: steps: id "deal-price": used twice/);
	});

	it('a section listed in the story with no copy file', () => {
		const e = errorOf(
			withEdit('src/content/zh/story.aml', (t) =>
				t.replace('* leaderboard', '* leaderboard\n* leaderbord')
			)
		);
		expect(e.message).toMatch(/src\/content\/zh\/leaderbord\.aml does not exist/);
	});
});

describe('the passage after a section’s scrolly block', () => {
	/** The section's own [after] passage replaced by `lines`. */
	const withoutAfter = (t: string) => t.replace(/^\[after\]\n[\s\S]*?^\[\]\n?/m, '');
	const after = (lines: string) => (t: string) =>
		`${withoutAfter(t).trimEnd()}\n\n[after]\n${lines}\n[]\n`;

	it('is read from [after], figures and quotes filled, and empty when absent', () => {
		const files = withEdit(
			'src/content/en/leaderboard.aml',
			after(
				'* LeCun said the results {quote.fudged}.\n* The board listed {leaderboard.models_listed} models.'
			)
		);
		files['src/content/zh/leaderboard.aml'] = after('* 杨立昆说，成绩{quote.fudged}。')(
			files['src/content/zh/leaderboard.aml']!
		);
		for (const lang of ['zh', 'en'])
			files[`src/content/${lang}/deal.aml`] = withoutAfter(files[`src/content/${lang}/deal.aml`]!);
		const { stories } = loadAll(files);
		expect(stories.en.sections[0]!.after.map(plain)).toEqual([
			'LeCun said the results “were fudged a little bit”.',
			'The board listed 187 models.'
		]);
		expect(plain(stories.zh.sections[0]!.after[0]!)).toMatch(/^杨立昆说，成绩“.+”。$/);
		expect(stories.en.sections[1]!.after).toEqual([]);
	});

	it('names the file and paragraph of a misspelled quote', () => {
		const e = errorOf(withEdit('src/content/en/deal.aml', after('* {quote.wang_learn}')));
		expect(e.file).toBe('src/content/en/deal.aml');
		expect(e.message).toMatch(
			/after\[0\]: placeholder \{quote\.wang_learn\} names no quote.*quote\.wang_learns/
		);
	});
});

describe('the interface words ({ui})', () => {
	const without = (key: string) => (t: string) => t.replace(new RegExp(`^${key}: .*\n`, 'm'), '');

	it('a word deleted from one language stops the build, naming the file and the key', () => {
		const e = errorOf(withEdit('src/content/zh/story.aml', without('embed_copy')));
		expect(e.file).toBe('src/content/zh/story.aml');
		expect(e.where).toBe('ui.embed_copy');
		expect(e.message).toMatch(/ui\.embed_copy: missing: a page uses this word/);
	});

	it('a word deleted from both languages stops the build too (the Copy button would be empty)', () => {
		const files = withEdit('src/content/en/story.aml', without('embed_copy'));
		files['src/content/zh/story.aml'] = without('embed_copy')(files['src/content/zh/story.aml']!);
		const e = errorOf(files);
		expect(e.file).toBe('src/content/zh/story.aml');
		expect(e.where).toBe('ui.embed_copy');
	});

	it('an empty word stops the build', () => {
		const e = errorOf(
			withEdit('src/content/en/story.aml', (t) => t.replace(/^embed_next: .*$/m, 'embed_next:'))
		);
		expect(e.file).toBe('src/content/en/story.aml');
		expect(e.message).toMatch(/ui\.embed_next: expected text, found nothing/);
	});

	it('a word no page uses stops the build, naming the file and the key', () => {
		const e = errorOf(
			withEdit('src/content/en/story.aml', (t) =>
				t.replace(/^embed_copy: .*$/m, '$&\nembed_paste: Paste')
			)
		);
		expect(e.file).toBe('src/content/en/story.aml');
		expect(e.where).toBe('ui.embed_paste');
		expect(e.message).toMatch(/no page uses this word/);
	});
});

describe('sources', () => {
	it('a source id used twice', () => {
		const e = errorOf(
			withEdit('src/data/sources.csv', (t) => `${t.trimEnd()}\n${t.split('\n')[1]}\n`)
		);
		expect(e.message).toMatch(
			/sources\.csv: line \d+, column "id": "lmarena-archive" is already used on line 2/
		);
	});
});

describe('the year timeline', () => {
	it('draws every event on the date of its figure, in order', () => {
		const { stories } = loadAll();
		const events = stories.en.timeline;
		expect(events.map((e) => e.date)).toEqual([...events.map((e) => e.date)].sort());
		expect(events[0]).toMatchObject({ date: '2025-04-05', section: 'leaderboard' });
		expect(events.at(-1)).toMatchObject({ date: '2026-03-10', section: 'ami' });
	});

	it('an event pointing at a figure that is not a date', () => {
		const e = errorOf(
			withEdit('src/data/timeline.csv', (t) => t.replace('layoffs.date', 'layoffs.roles_cut'))
		);
		expect(e.message).toMatch(
			/timeline\.csv: line \d+, column "figure": "layoffs\.roles_cut" is not a date figure/
		);
	});

	it('an event without a label in the copy', () => {
		const files = withEdit('src/content/en/story.aml', (t) => t.replace(/^close: .*\n/m, ''));
		files['src/content/zh/story.aml'] = files['src/content/zh/story.aml']!.replace(
			/^close: .*\n/m,
			''
		);
		const e = errorOf(files);
		expect(e.message).toMatch(/timeline\.close: missing/);
	});
});
