/**
 * "Adding a chart touches its folder and the copy": a fifth chart that exists only here
 * (tests/fixtures/charts/share/, with its copy in ./copy/) is found by the same discovery the
 * site uses (a glob of chart folders, given the fixtures' folder too), loads and checks like the
 * others, renders on the server, and shows in every step of the stacked view.
 */
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { render } from 'svelte/server';
import { describe, expect, it, vi } from 'vitest';
import type { AnyChart } from '$lib/charts/shared/define';
import type { LoadedView } from '$lib/charts/shared/view';
import { chartsIn } from '$lib/server/content/charts';
import { loadAll, projectFiles, type Files } from '$lib/server/content/load';
import { pageSection } from '$lib/server/site/pageStory';
import Section from '$lib/story/Section.svelte';
import share from '../fixtures/charts/share/chart';
import { sectionOf } from './sections';

// The page's views, found in the chart folders and the fixtures' (the site's glob, widened).
vi.mock('$lib/charts/views', async (original) => {
	const { viewsIn } = await original<typeof import('$lib/charts/views')>();
	return {
		viewsIn,
		VIEWS: viewsIn(
			import.meta.glob<LoadedView>(
				['/src/lib/charts/*/view.ts', '/tests/fixtures/charts/*/view.ts'],
				{ import: 'default' }
			)
		)
	};
});

const charts = chartsIn(
	import.meta.glob<{ default: AnyChart }>(
		['/src/lib/charts/*/chart.ts', '/tests/fixtures/charts/*/chart.ts'],
		{ eager: true }
	)
);

/** The project's files with the fixture's copy added: its section file and a line in the list. */
function withShareCopy(): Files {
	const files: Files = { ...projectFiles };
	for (const lang of ['zh', 'en']) {
		files[`src/content/${lang}/share.aml`] = readFileSync(
			new URL(`../fixtures/charts/share/copy/${lang}/share.aml`, import.meta.url),
			'utf8'
		);
		const story = `src/content/${lang}/story.aml`;
		files[story] = files[story]!.replace('[sections]\n', '[sections]\n* share\n');
	}
	return files;
}

describe('a chart added as a folder and its copy', () => {
	const { stories } = loadAll(withShareCopy(), charts);

	it('is found by its folder and built like the others: settings checked, figures filled', () => {
		expect([...charts.keys()]).toEqual(['ami', 'deal', 'layoffs', 'leaderboard', 'share']);
		const section = sectionOf(stories.en, share, charts);
		expect(stories.en.sections.map((s) => s.id)).toEqual([
			'share',
			'leaderboard',
			'deal',
			'layoffs',
			'ami'
		]);
		expect(section.data).toEqual({ share: 49 });
		expect(section.steps.map((s) => s.chart)).toEqual([
			{ view: 'empty', note: 'Nothing yet' },
			{ view: 'share', note: 'Reportedly 49%' }
		]);
		expect(section.table.rows).toEqual([['49']]);
		expect(section.table.downloads).toEqual(['figures.csv', 'sources.csv']);
		expect(sectionOf(stories.zh, share, charts).steps[1]!.chart.note).toBe('据报道49%');
	});

	it('is not drawn without its folder: the copy alone stops the build, naming the chart', () => {
		const others = new Map([...charts].filter(([kind]) => kind !== 'share'));
		expect(() => loadAll(withShareCopy(), others)).toThrow(/unknown chart "share"/);
	});

	it('renders on the server and shows its marks in every step of the stacked view', () => {
		for (const lang of ['zh', 'en'] as const) {
			const section = sectionOf(stories[lang], share, charts);
			const { body } = render(Section, {
				props: { section: pageSection(section), lang, active: 0, downloadLabel: 'data' }
			});
			const $ = load(body);
			const lengths = section.steps.map((step) =>
				Number($(`#${step.id}-chart .share-bar`).attr('data-length'))
			);
			expect(lengths).toEqual([0, 49]);
			expect($(`#share-full-chart .chart-frame`).attr('data-view')).toBe('share');
			expect($(`#share-full-chart .chart-source`).text()).toBe(section.labels.source);
		}
	});
});
