import { describe, expect, it } from 'vitest';
import { loadAll } from '$lib/server/content/load';

/**
 * Published ids: newsrooms' pasted embed codes and readers' shared links name sections and steps
 * (/#style-control, data-step="…"). Pinned as published; a new step gets a new id and is added
 * here, in its place, but none of these may be renamed, dropped or reordered.
 */
const PUBLISHED: [section: string, steps: string[]][] = [
	['leaderboard', ['second-place', 'style-control', 'released-model', 'months-after']],
	['deal', ['deal-price', 'deal-valuation', 'deal-for-scale', 'deal-wang']],
	['layoffs', ['publication-rule', 'six-hundred', 'who-was-hit', 'in-context']],
	['ami', ['ami-exit', 'ami-round', 'ami-close', 'ami-bet']]
];

describe('published section and step ids', () => {
	const { stories } = loadAll();

	it.each(['zh', 'en'] as const)('are all still there, in their order (%s)', (lang) => {
		const sections = stories[lang].sections;
		expect(sections.map((s) => s.id)).toEqual(PUBLISHED.map(([id]) => id));
		for (const [id, steps] of PUBLISHED) {
			const now = sections.find((s) => s.id === id)!.steps.map((s) => s.id);
			// New steps may sit between published ones; the published ones keep their order.
			expect(
				now.filter((s) => steps.includes(s)),
				`section ${id}`
			).toEqual(steps);
		}
	});
});
