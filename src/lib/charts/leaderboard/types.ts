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
	/** The day of the released model's board (`boards.public`), a point of its timeline. */
	publicDate: string;
	/** The released model's rank over time, and the experimental model's while it was listed. */
	timeline: { public: TimelinePoint[]; experimental: TimelinePoint[] };
	keys: { experimental: string; public: string };
}
