import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { csvParse } from 'd3-dsv';
import Sources from '$lib/story/Sources.svelte';
import { loadAll, projectFiles, type Files } from '$lib/server/content/load';
import { copyTexts } from './copyText';

const rows = csvParse(projectFiles['src/data/sources.csv']!.replace(/^\uFEFF/, ''));
const publishers = new Set(rows.flatMap((r) => [r.publisher!, r.publisher_zh!]).filter(Boolean));

/**
 * Outlets as the copy may name them, by the publisher they stand for (besides the publisher and
 * publisher_zh columns themselves). Latin names match as whole words, case-sensitive.
 */
const OUTLETS: Record<string, string> = {
	FT: 'Financial Times',
	'Financial Times': 'Financial Times',
	金融时报: 'Financial Times',
	Reuters: 'Reuters',
	路透: 'Reuters',
	Bloomberg: 'Bloomberg',
	彭博: 'Bloomberg',
	AP: 'Associated Press',
	'Associated Press': 'Associated Press',
	美联社: 'Associated Press',
	AFP: 'AFP',
	法新社: 'AFP',
	Axios: 'Axios',
	'The Information': 'The Information',
	'Business Insider': 'Business Insider',
	商业内幕: 'Business Insider',
	QbitAI: 'QbitAI',
	量子位: 'QbitAI',
	Sifted: 'Sifted',
	'The Decoder': 'The Decoder',
	TechCrunch: 'TechCrunch',
	'The Verge': 'The Verge',
	Platformer: 'Platformer',
	CNBC: 'CNBC',
	Entrepreneur: 'Entrepreneur',
	'Fast Company': 'Fast Company',
	Fortune: 'Fortune',
	'《财富》': 'Fortune',
	'Wall Street Journal': 'The Wall Street Journal',
	WSJ: 'The Wall Street Journal',
	华尔街日报: 'The Wall Street Journal',
	'New York Times': 'The New York Times',
	纽约时报: 'The New York Times',
	Observer: 'Observer',
	'Hindustan Times': 'Hindustan Times',
	'India Today': 'India Today',
	TNW: 'TNW',
	'Network World': 'Network World',
	RTTNews: 'RTTNews',
	Wikipedia: 'Wikipedia',
	维基百科: 'Wikipedia',
	Springer: 'Springer',
	NYU: 'New York University',
	纽约大学: 'New York University',
	ACM: 'ACM',
	美国计算机协会: 'ACM'
};

/**
 * The relays we read sources through, from the read_via column: sites named there and nowhere
 * as a publisher. Prose never names them as the source of anything.
 */
const relays = [
	...new Set(
		rows
			.flatMap((r) => r.read_via!.split(/[;,()]| via /))
			.map((s) => s.trim())
			.filter((s) => /^[A-Z]/.test(s) || /^[\w-]+(\.[\w-]+)+$/.test(s))
			.map((s) => s.replace(/'s\b.*$/, ''))
			.filter((s) => !publishers.has(s) && !(s in OUTLETS))
	)
];

const named = (name: string, text: string) =>
	/^[\x20-\x7e]+$/.test(name)
		? new RegExp(`(?<![\\w.])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`).test(text)
		: text.includes(name);

describe('every outlet named in the text is in the sources', () => {
	const texts = copyTexts();

	it('reads the relays to look for', () => {
		expect(relays).toEqual(expect.arrayContaining(['HNGN', 'stockwatchindex.com', 'KRMG']));
		expect(relays).not.toContain('Reuters');
	});

	it('each outlet the copy names, in either language, is a publisher in sources.csv', () => {
		const missing = texts.flatMap((t) =>
			Object.entries(OUTLETS)
				.filter(([name, publisher]) => named(name, t.filled) && !publishers.has(publisher))
				.map(([name, publisher]) => `${t.file}: ${t.key}: names ${name} (${publisher})`)
		);
		expect(missing).toEqual([]);
	});

	it('no relay is named in the copy as a source', () => {
		const hits = texts.flatMap((t) =>
			relays.filter((r) => named(r, t.filled)).map((r) => `${t.file}: ${t.key}: names ${r}`)
		);
		expect(hits).toEqual([]);
	});

	it('would notice an outlet missing from the sources', () => {
		expect(named('WSJ', 'as the WSJ put it')).toBe(true);
		expect(publishers.has(OUTLETS['WSJ']!)).toBe(false);
		expect(named('AP', 'an APPLE a day')).toBe(false);
		expect(named('Reuters', '据Reuters报道')).toBe(true);
	});
});

describe('the list of sources', () => {
	const { stories } = loadAll();
	const list = (lang: 'zh' | 'en') =>
		[
			...render(Sources, { props: { story: stories[lang] } }).body.matchAll(
				/<li id="source-([\w-]+)"[^>]*>(.*?)<\/li>/gs
			)
		].map(
			(m) =>
				[
					m[1]!,
					m[2]!
						.replace(/<!--.*?-->/gs, '')
						.replace(/<[^>]+>/g, '')
						.replace(/\s+/g, ' ')
						.trim()
				] as const
		);
	const entry = (lang: 'zh' | 'en', id: string) => list(lang).find(([i]) => i === id)?.[1];

	it('names the original publisher, not the relay, and says how we read it', () => {
		expect(entry('en', 'reuters-scale')).toBe(
			"Reuters, [Report on Meta's investment in Scale AI, citing two people familiar with the deal], about 13 June 2025 (read via International Business Times; HNGN)."
		);
		expect(entry('zh', 'reuters-scale')).toBe(
			'路透社，［关于 Meta 投资 Scale AI 的报道，援引两位知情人士］，2025年6月13日前后（转引自《国际财经时报》、HNGN）。'
		);
	});

	it('quotes headlines, brackets descriptions, and marks approximate dates, in Chinese too', () => {
		expect(entry('en', 'ami-ft-lunch')).toMatch(
			/^Financial Times, “Computer scientist Yann LeCun: ‘Intelligence really is about learning’”, about 2 January 2026 \(read via Fast Company; .*\)\. Lunch with the FT, held in December 2025/
		);
		expect(entry('zh', 'ami-ft-lunch')).toMatch(
			/^英国《金融时报》，“Computer scientist Yann LeCun: ‘Intelligence really is about learning’”，2026年1月2日前后（转引自 Fast Company、.*）。英国《金融时报》午餐访谈/
		);
		expect(entry('zh', 'layoffs-qbitai')).toMatch(/^量子位，［关于 TBD Lab/);
		expect(entry('en', 'layoffs-ap')).toBe(
			'Associated Press, “Meta cutting roughly 600 AI jobs”, 22 October 2025 (read via KRMG). Meta confirmed the cuts.'
		);
	});

	it('links only to originals and archives, never to a relay', () => {
		const relayHosts = relays.filter((r) => r.includes('.')).map((r) => r.toLowerCase());
		for (const r of rows.filter((r) => r.url)) {
			const host = new URL(r.url!).hostname.replace(/^www\./, '');
			expect(relayHosts, r.id).not.toContain(host);
		}
		const html = render(Sources, { props: { story: stories.en } }).body;
		expect(html).not.toMatch(/href="https:\/\/[^"]*(stockwatchindex|krmg|hngn|ibtimes)/);
	});
});

describe('sources.csv is checked', () => {
	const edit = (from: string, to: string): Files => {
		const text = projectFiles['src/data/sources.csv']!;
		if (!text.includes(from)) throw new Error(`test setup: no ${from}`);
		return { ...projectFiles, 'src/data/sources.csv': text.replace(from, to) };
	};

	it('a description without its Chinese, or a headline with one', () => {
		expect(() => loadAll(edit('关于 Meta 投资 Scale AI 的报道，援引两位知情人士', ''))).toThrow(
			/sources\.csv: line \d+, column "title_zh": value "": expected the Chinese description/
		);
		expect(() =>
			loadAll(
				edit('Meta cutting roughly 600 AI jobs,,,', 'Meta cutting roughly 600 AI jobs,美联社报道,,')
			)
		).toThrow(/column "title_zh"/);
	});

	it('a relay without its Chinese, and a flag that is not "yes"', () => {
		expect(() => loadAll(edit(',KRMG,KRMG,', ',KRMG,,'))).toThrow(
			/column "read_via_zh": value "": expected read_via and read_via_zh both filled/
		);
		expect(() => loadAll(edit('2025-06-13,yes,', '2025-06-13,about,'))).toThrow(
			/column "approximate": value "about": expected "yes" or nothing/
		);
	});
});
