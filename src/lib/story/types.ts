/** The plain, typed objects the build-time loader hands to the page. No ArchieML or CSV here. */
import type { Lang } from '$lib/format';
import type { UiWords, storyLiveWords } from '$lib/server/content/ui';
import type { ChartLabels, ChartSettings } from '$lib/charts/shared/define';
import type { ServerOnly } from '$lib/prerender/serverOnly';

/** The interface words the story's live parts draw (src/lib/server/content/ui.ts). */
export type StoryLiveWords = Pick<UiWords, (typeof storyLiveWords)[number]>;

/**
 * A run of prose, a figure filled in from the data, or a quote (its words in quotation marks,
 * `key` its id in quotes.csv): kept apart so pages can mark and link them.
 */
export type Segment =
	| { kind: 'text'; text: string }
	| { kind: 'figure'; text: string; key: string }
	| { kind: 'quote'; text: string; key: string };
export type Paragraph = Segment[];

/**
 * Dates arrive twice: ISO (for `datetime`, sorting, spacing) and as the reader reads them,
 * formatted at build time, because building Intl date formatters in the browser was a fifth of
 * the page's start-up work.
 */
interface Dated {
	date: string;
	dateText: string;
}

interface Step<Settings> {
	/** Stable slug: used in URLs, embeds, tests and the corrections log. */
	id: string;
	text: Paragraph[];
	/** What the chart shows at this step, for screen readers (the graphic is aria-hidden). */
	alt: Paragraph;
	chart: Settings;
}

/** A chart's data as a real table, in the reader's language. */
export interface DataTable {
	caption: string;
	columns: string[];
	/** Which columns hold numbers (right-aligned, tabular figures). */
	numeric: boolean[];
	rows: string[][];
	/** Data files offered beside the table (names under /data/). */
	downloads: string[];
}

/**
 * One section: its copy and its chart (`chart` names the chart folder under src/lib/charts/).
 * The page passes data, labels and settings to the chart as they are; each chart's own types
 * (its definition's schemas and data) are checked in its folder.
 */
export interface Section<
	Data = unknown,
	Labels extends ChartLabels = ChartLabels,
	Settings extends ChartSettings = ChartSettings
> {
	id: string;
	chart: string;
	title: string;
	intro: Paragraph[];
	steps: Step<Settings>[];
	/** The passage after the scrolly block (empty when the section has none). */
	after: Paragraph[];
	labels: Labels;
	data: Data;
	table: DataTable;
}

/** A source in the reader's language (`dateText` says "about …" when the date is approximate). */
export interface Source extends Dated {
	id: string;
	/** The original publisher, in its usual form in the reader's language. */
	publisher: string;
	/** A headline as published (in its own language), or our description of the source. */
	title: string;
	isDescription: boolean;
	url: string;
	/** The relays we read it through (never linked), and a note; empty when none. */
	readVia: string;
	note: string;
}

interface StoryMeta {
	lang: Lang;
	title: string;
	description: string;
	kicker: string;
	standfirst: Paragraph[];
	byline: string;
	published: string;
	/** `published` as the reader reads it (see Dated). */
	publishedText: string;
	/** The date of the latest correction (ISO, and as read), when there is one. */
	modified?: string;
	modifiedText?: string;
	/** Site-wide strings (buttons, hints, headings), every one required (src/lib/server/content/ui.ts). */
	ui: UiWords;
}

/** A dated entry of the corrections and updates log (src/data/corrections.csv). */
export interface Correction extends Dated {
	/** The section it concerns, linked from the log. */
	section: string;
	text: Paragraph;
}

/** An event of the year, drawn in the opening timeline and linked to its section. */
export interface TimelineEvent extends Dated {
	/** `date`: ISO date (or month) from the figure the event names. */
	id: string;
	label: string;
	section: string;
}

export interface Story {
	meta: StoryMeta;
	timeline: TimelineEvent[];
	intro: Paragraph[];
	sections: Section[];
	closing: Paragraph[];
	method: Paragraph[];
	sources: Source[];
	corrections: Correction[];
}

/**
 * What a section's live chart draws from: its data, its words and its settings per step. Not in
 * the page data: the prerender reads it (`input` in LiveSection), and the browser fetches it with
 * the chart's code (src/routes/[[lang=lang]]/charts/[section].json), when the chart goes live.
 */
export interface ChartInput<
	Data = unknown,
	Labels extends ChartLabels = ChartLabels,
	Settings extends ChartSettings = ChartSettings
> extends Pick<Section<Data, Labels, Settings>, 'labels' | 'data'> {
	steps: Settings[];
}

/** A section as the page's live parts read it: its ids, its title, its chart's name and input. */
export interface LiveSection extends Pick<Section, 'id' | 'chart' | 'title'> {
	steps: Pick<Step<ChartSettings>, 'id'>[];
	input: ServerOnly<ChartInput>;
}

/**
 * A section as a page receives it: live, with its copy (intro, steps' text, after, table) in
 * `copy`, which only the prerender reads (the browser adopts that markup, and is not sent it).
 */
export interface PageSection extends LiveSection {
	/** Whether the section has a passage after its steps (the page lays out the space for it). */
	hasAfter: boolean;
	copy: ServerOnly<Section>;
}

/** The story as a page receives it: live parts, and the whole story for the prerender only. */
export interface PageStory {
	/** What the live parts read: the language, and the words they draw (the rest is in `copy`). */
	meta: Pick<StoryMeta, 'lang'> & { ui: StoryLiveWords };
	sections: PageSection[];
	copy: ServerOnly<Story>;
}
