/** Shapes shared by the build-time data preparation, the state function and the layers. */

/** One model on a board, trimmed to what the chart draws. */
export interface BoardRow {
	key: string;
	name: string;
	/** LMArena's Rank (UB): 1 + models statistically ahead; shared places are common. */
	rank: number;
	/** Place by point score on that board (1 + models with a higher score). */
	position: number;
	score: number;
	lo: number;
	hi: number;
}

export interface TimelinePoint {
	date: string;
	rank: number;
	models: number;
	score: number;
}

export type BoardId = 'default' | 'style' | 'public';

export interface LeaderboardData {
	boards: Record<BoardId, BoardRow[]>;
	/** How many models each board listed, for "of N" and the hidden-rows marker. */
	listed: Record<BoardId, number>;
	/** The released model's rank over time, and the experimental model's while it was listed. */
	timeline: { public: TimelinePoint[]; experimental: TimelinePoint[] };
	keys: { experimental: string; public: string };
}

export type LeaderboardView = BoardId | 'timeline';

/** A step's chart settings, as written in the copy (the note already filled in). */
export interface LeaderboardStep {
	board: LeaderboardView;
	/** Annotation beside the highlighted model; copy, with figures filled from the data. */
	note: string;
}

/** Words the chart draws, per language, from the section's copy. */
export interface LeaderboardLabels {
	axis_default: string;
	axis_style: string;
	axis_public: string;
	axis_timeline: string;
	rank_header: string;
	model_header: string;
	hidden_rows: string;
	series_experimental: string;
	series_public: string;
	table_caption: string;
	col_score: string;
	col_rank_style: string;
	col_score_style: string;
	show_table: string;
	/** "Source: …" under the chart, from the copy (figures filled in). */
	source: string;
}
