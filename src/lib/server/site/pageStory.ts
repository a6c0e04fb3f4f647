import { ServerOnly } from '$lib/prerender/serverOnly';
import { pickWords, storyLiveWords } from '$lib/server/content/ui';
import type { PageSection, PageStory, Section, Story } from '$lib/story/types';

/** A section as pages receive it: what the live parts read, and its copy for the prerender. */
export function pageSection(section: Section): PageSection {
	const { id, chart, title, labels, data } = section;
	return {
		id,
		chart,
		title,
		labels,
		data,
		steps: section.steps.map(({ id, chart }) => ({ id, chart })),
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
