/**
 * The interface words (`{ui}` in each language's story.aml): every key a page uses, each required
 * and non-empty. A key the pages do not use stops the build too, so the list stays the truth: to
 * add a word, add it here and to both story files.
 */
import { z } from 'zod';

const word = z
	.string({
		error: (issue) =>
			issue.input === undefined ? 'missing: a page uses this word' : 'expected a line of text'
	})
	.trim()
	.min(1, 'expected text, found nothing');

export const uiSchema = z.strictObject(
	{
		// The page frame (App, StoryBar, Opening)
		skip_link: word,
		other_language_label: word,
		scroll_hint: word,
		published: word,
		updated: word,
		timeline_title: word,
		closing_title: word,
		menu_label: word,
		opening_label: word,
		reading_options: word,
		theme_dark: word,
		reduce_motion: word,
		article_mode: word,
		scrolly_mode: word,
		progress_label: word,
		download_data: word,
		// The stacked view of the story page (Section): a step's chart is in the article
		chart_in_article: word,
		// Sources, method and corrections (Sources)
		method_title: word,
		sources_title: word,
		sources_intro: word,
		read_via: word,
		corrections_title: word,
		corrections_none: word,
		corrections_report: word,
		// "Embed this section" (EmbedThis)
		embed_open: word,
		embed_intro: word,
		embed_loader_label: word,
		embed_iframe_label: word,
		embed_options: word,
		embed_copy: word,
		embed_copied: word,
		embed_copy_failed: word,
		// The embed page (Embed) and the editors' preview of the embeds
		embed_credit: word,
		embed_stepper_label: word,
		embed_previous: word,
		embed_next: word,
		embed_step: word,
		embed_preview_title: word,
		embed_preview_intro: word,
		embed_preview_host: word,
		embed_preview_light: word,
		embed_preview_dark: word,
		// The 404 page
		not_found_title: word,
		not_found_text: word,
		not_found_link: word
	},
	{
		error: (issue) =>
			issue.code === 'unrecognized_keys'
				? 'no page uses this word: remove it, or add it to src/lib/server/content/ui.ts'
				: 'expected a {ui} block of interface words'
	}
);

export type UiWords = z.output<typeof uiSchema>;

/**
 * The words the story page's live parts draw in the browser (App, StoryBar, EmbedThis): the only ones its
 * page data carries. The others are drawn at prerender only (Opening, Sources, EmbedPanel, the
 * data tables) and are already in the page's HTML; sending them again repeated them.
 */
export const storyLiveWords = [
	'skip_link',
	'other_language_label',
	'scroll_hint',
	'closing_title',
	'menu_label',
	'opening_label',
	'reading_options',
	'theme_dark',
	'reduce_motion',
	'article_mode',
	'scrolly_mode',
	'progress_label',
	'chart_in_article',
	'method_title',
	// The copy buttons under the embed codes (EmbedThis)
	'embed_copy',
	'embed_copied',
	'embed_copy_failed'
] as const;

/** The words an embed page's live parts draw (Embed: the stepper and the credit). */
export const embedLiveWords = [
	'embed_credit',
	'embed_stepper_label',
	'embed_previous',
	'embed_next',
	'embed_step'
] as const;

/** Just these words, for a page's data. */
export function pickWords<K extends keyof UiWords>(
	ui: UiWords,
	keys: readonly K[]
): Pick<UiWords, K> {
	return Object.fromEntries(keys.map((k) => [k, ui[k]])) as Pick<UiWords, K>;
}
