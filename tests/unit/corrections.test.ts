import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import StoryPage from '$lib/story/StoryPage.svelte';
import { loadAll, projectFiles, type Files } from '$lib/server/content/load';
import { pageStory } from '$lib/server/site/pageStory';
import type { Story } from '$lib/story/types';

/** The story page as prerendered: its head (JSON-LD) and its body, as text. */
function page(story: Story) {
	const urls = {
		canonical: 'https://x.test/',
		zh: 'https://x.test/',
		en: 'https://x.test/en/',
		root: 'https://x.test/'
	};
	const { head, body } = render(StoryPage, {
		props: {
			data: {
				story: pageStory(story),
				article: false,
				otherLanguageHref: '/en/',
				otherModeHref: '/article/',
				urls: { ...urls, shareImage: 'https://x.test/share/zh.png' }
			}
		}
	});
	const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(head)![1]!);
	const text = body
		.replace(/<!--.*?-->/gs, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ');
	return { ld, text };
}

describe('corrections', () => {
	it('none yet: the log says so and how to report an error; the page is not "updated"', () => {
		const { stories } = loadAll();
		for (const lang of ['zh', 'en'] as const) {
			const story = stories[lang];
			expect(story.corrections).toEqual([]);
			const { ld, text } = page(story);
			expect(ld.dateModified).toBe(story.meta.published);
			expect(text).toContain(story.meta.ui.corrections_none);
			expect(text).toContain(story.meta.ui.corrections_report);
			// The byline's "· Updated <date>" (the word alone also appears in a source's note).
			expect(text).not.toContain(`· ${story.meta.ui.updated} `);
		}
	});

	it('a correction row updates the visible "Updated" line and dateModified to its date', () => {
		const files: Files = {
			...projectFiles,
			'src/data/corrections.csv': [
				'date,section,zh,en',
				'2026-12-03,deal,更正：此前把交易日期写错了。,Correction: an earlier version gave the wrong deal date.',
				'2026-12-01,leaderboard,更正：此前写错了排名。,Correction: an earlier version gave the wrong rank.'
			].join('\n')
		};
		const { stories } = loadAll(files);
		const en = page(stories.en);
		expect(en.ld.dateModified).toBe('2026-12-03');
		expect(en.text).toContain('· Updated 3 December 2026');
		expect(en.text).toContain('Correction: an earlier version gave the wrong deal date.');
		expect(en.text).not.toContain(stories.en.meta.ui.corrections_none);
		const zh = page(stories.zh);
		expect(zh.ld.dateModified).toBe('2026-12-03');
		expect(zh.text).toContain('· 更新于 2026年12月3日');
	});
});
