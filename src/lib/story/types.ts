/** The plain, typed objects the build-time loader hands to the page. No ArchieML or CSV here. */
import type { Lang } from '$lib/format';
import type {
	LeaderboardData,
	LeaderboardLabels,
	LeaderboardStep
} from '$lib/charts/leaderboard/types';
import type { LayoffsData, LayoffsLabels, LayoffsStep } from '$lib/charts/layoffs/types';

/** A run of prose, or a figure filled in from the data (kept apart so pages can mark and link it). */
export type Segment =
	{ kind: 'text'; text: string } | { kind: 'figure'; text: string; key: string };
export type Paragraph = Segment[];

export interface Step<Settings> {
	/** Stable slug: used in URLs, embeds, tests and the corrections log. */
	id: string;
	text: Paragraph[];
	chart: Settings;
}

interface SectionBase<Kind extends string, Data, Labels, Settings> {
	id: string;
	chart: Kind;
	title: string;
	intro: Paragraph[];
	steps: Step<Settings>[];
	labels: Labels;
	data: Data;
}

export type LeaderboardSection = SectionBase<
	'leaderboard',
	LeaderboardData,
	LeaderboardLabels,
	LeaderboardStep
>;

export type LayoffsSection = SectionBase<'layoffs', LayoffsData, LayoffsLabels, LayoffsStep>;

/** One entry per chart kind; a new chart adds its section type here. */
export type Section = LeaderboardSection | LayoffsSection;

export interface Source {
	id: string;
	publisher: string;
	title: string;
	date: string;
	url: string;
	readVia: string;
}

export interface StoryMeta {
	lang: Lang;
	title: string;
	description: string;
	kicker: string;
	standfirst: Paragraph[];
	byline: string;
	published: string;
	/** Site-wide strings (buttons, hints, headings). */
	ui: Record<string, string>;
}

export interface Story {
	meta: StoryMeta;
	intro: Paragraph[];
	sections: Section[];
	sources: Source[];
}
