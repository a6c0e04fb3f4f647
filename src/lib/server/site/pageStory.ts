import { ServerOnly } from '$lib/prerender/serverOnly';
import { pickWords, storyLiveWords } from '$lib/server/content/ui';
import type { ChartInput, PageSection, PageStory, Section, Story } from '$lib/story/types';

/** What a section's chart draws from (see ChartInput). */
export function chartInput({ labels, data, steps }: Section): ChartInput {
	return { labels, data, steps: steps.map((s) => s.chart) };
}

/**
 * A section as pages receive it: what the live parts read, its chart's input and its copy for
 * the prerender.
 */
export function pageSection(section: Section): PageSection {
	const { id, chart, title } = section;
	return {
		id,
		chart,
		title,
		steps: section.steps.map(({ id }) => ({ id })),
		input: new ServerOnly(chartInput(section)),
		hasAfter: section.after.length > 0,
		copy: new ServerOnly(section)
	};
}

/**
 * The story as pages receive it (see PageStory): the copy, the head's words and the interface
 * words only the prerender draws go to the prerender only.
 */
export function pageStory(story: Story): PageStory {
	const meta = { lang: story.meta.lang, ui: pickWords(story.meta.ui, storyLiveWords) };
	return { meta, sections: story.sections.map(pageSection), copy: new ServerOnly(story) };
}
