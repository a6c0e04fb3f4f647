/**
 * Build-time preparation of the LMArena files (imported by chart.ts only): checks them, trims them to what the chart draws,
 * and derives the figures the copy names as {leaderboard.…}. Nothing here ships to the browser.
 */
import { z } from 'zod';
import type { BoardRow, LeaderboardData, TimelinePoint } from './types';
import { parseCsv } from '$lib/server/content/csv';
import { ContentError } from '$lib/server/content/errors';
import type { Figure } from '$lib/server/content/figures';

const int = z.coerce.number().int('expected a whole number');
const num = z.coerce.number({ error: 'expected a number' }).finite();
const nonEmpty = z.string().min(1, 'expected a value');

const fullRow = z.object({
	model: nonEmpty,
	rank_default: int,
	position_default: int,
	score_default: num,
	ci_default_plus: num,
	ci_default_minus: num,
	rank_stylectrl: int,
	position_stylectrl: int,
	score_stylectrl: num,
	ci_stylectrl_plus: num,
	ci_stylectrl_minus: num
});

const aprilThirteenRow = z.object({
	model: nonEmpty,
	rank_default: int,
	score_default: num,
	ci_default_plus: num,
	ci_default_minus: num
});

const timelineRow = z.object({
	snapshot_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'),
	model: nonEmpty,
	rank_default: int,
	score_default: num,
	models_listed: int
});

export const LEADERBOARD_FILES = {
	default: 'src/data/leaderboard/lmarena_top12_default_2025-04-06.csv',
	style: 'src/data/leaderboard/lmarena_top15_stylectrl_2025-04-06.csv',
	public: 'src/data/leaderboard/lmarena_text_2025-04-13.csv',
	timeline: 'src/data/leaderboard/llama4_arena_timeline.csv'
} as const;

const EXPERIMENTAL = 'Llama-4-Maverick-03-26-Experimental';
const PUBLIC = 'Llama-4-Maverick-17B-128E-Instruct';
/** The entry Meta's 1417 is compared with; the 2025-01-29 one is on the same board. */
const GPT4O = 'ChatGPT-4o-latest (2025-03-26)';
/** An older model named in the copy as standing above the released one. */
const GPT4O_MAY = 'GPT-4o-2024-05-13';
/** The released model's slide is told up to this snapshot (FACTS.md 1.8: "59 by 16 July"). */
const TIMELINE_END = '2025-07-16';
/** On the 13 April board: the leaders shown above the hidden rows, and the rows shown around the model. */
const PUBLIC_TOP = 3;
const PUBLIC_ABOVE = 6;
const PUBLIC_BELOW = 2;

const ARCHIVE = ['lmarena-archive'];
const ARCHIVE_AND_CATALOG = ['lmarena-archive', 'lmarena-catalog'];

/** `read`: an editor's file by its path (chart.ts passes the loader's). */
/** A CSV row's columns for one ranking (`_default` or `_stylectrl`). */
type Ranked<V extends string> = { model: string } & Record<
	`rank_${V}` | `score_${V}` | `ci_${V}_minus` | `ci_${V}_plus`,
	number
>;

/** One board row from a CSV row, read in one ranking's columns, at the given place by score. */
function boardRow<V extends 'default' | 'stylectrl'>(
	r: Ranked<V>,
	ranking: V,
	position: number
): BoardRow {
	const score = r[`score_${ranking}`];
	return {
		key: slug(r.model),
		name: r.model,
		rank: r[`rank_${ranking}`],
		position,
		score,
		lo: score - r[`ci_${ranking}_minus`],
		hi: score + r[`ci_${ranking}_plus`]
	};
}

export function prepareLeaderboard(read: (path: string) => string): {
	data: LeaderboardData;
	figures: Figure[];
} {
	const f = LEADERBOARD_FILES;
	const top12 = parseCsv(f.default, read(f.default), fullRow);
	const top15 = parseCsv(f.style, read(f.style), fullRow);
	const april13 = parseCsv(f.public, read(f.public), aprilThirteenRow);
	const timeline = parseCsv(f.timeline, read(f.timeline), timelineRow);

	const defaultBoard = [...top12]
		.sort((a, b) => a.position_default - b.position_default)
		.map((r) => boardRow(r, 'default', r.position_default));
	// Order by the published position; the rounded 1307 tie is broken the way LMArena's table lists it.
	const styleBoard = [...top15]
		.sort((a, b) => a.position_stylectrl - b.position_stylectrl)
		.map((r) => boardRow(r, 'stylectrl', r.position_stylectrl));

	// 13 April: position by point score = 1 + models with a higher score (as the 6 April files define it).
	const fullPublic = april13
		.map((r) =>
			boardRow(r, 'default', 1 + april13.filter((o) => o.score_default > r.score_default).length)
		)
		.sort((a, b) => a.position - b.position || a.rank - b.rank);

	const exp = need(
		defaultBoard.find((r) => r.name === EXPERIMENTAL),
		f.default,
		EXPERIMENTAL
	);
	const expStyle = need(
		styleBoard.find((r) => r.name === EXPERIMENTAL),
		f.style,
		EXPERIMENTAL
	);
	const pub = need(
		fullPublic.find((r) => r.name === PUBLIC),
		f.public,
		PUBLIC
	);
	const leader = need(defaultBoard[0], f.default, 'a first row');
	const leaderStyle = need(styleBoard[0], f.style, 'a first row');
	const gpt4o = need(
		defaultBoard.find((r) => r.name === GPT4O),
		f.default,
		GPT4O
	);
	const gpt4oMay = need(
		fullPublic.find((r) => r.name === GPT4O_MAY),
		f.public,
		GPT4O_MAY
	);
	const pubIndex = fullPublic.indexOf(pub);
	const publicBoard = [
		...fullPublic.slice(0, PUBLIC_TOP),
		...fullPublic.slice(Math.max(PUBLIC_TOP, pubIndex - PUBLIC_ABOVE), pubIndex + PUBLIC_BELOW + 1)
	];
	const firstShownBelowGap = need(publicBoard[PUBLIC_TOP], f.public, 'rows around the model');

	const series = (model: string, until?: string): TimelinePoint[] =>
		timeline
			.filter((r) => r.model === model && (!until || r.snapshot_date <= until))
			.map((r) => ({
				date: r.snapshot_date,
				rank: r.rank_default,
				models: r.models_listed,
				score: r.score_default
			}));
	const pubSeries = series(PUBLIC, TIMELINE_END);
	const expSeries = series(EXPERIMENTAL);
	const firstListing = need(pubSeries[0], f.timeline, `rows for ${PUBLIC}`);
	const onThirteenth = need(
		pubSeries.find((p) => p.date === '2025-04-13'),
		f.timeline,
		`${PUBLIC} on 2025-04-13`
	);
	const last = need(pubSeries.at(-1), f.timeline, `rows for ${PUBLIC}`);
	const onSixth = need(expSeries[0], f.timeline, `rows for ${EXPERIMENTAL}`);

	const data: LeaderboardData = {
		boards: { default: defaultBoard, style: styleBoard, public: publicBoard },
		publicDate: onThirteenth.date,
		timeline: { public: pubSeries, experimental: expSeries },
		keys: { experimental: exp.key, public: pub.key }
	};

	const fig = (
		key: string,
		value: number | string,
		unit: Figure['unit'],
		origin: string,
		status: Figure['status'] = 'CONFIRMED',
		sourceIds = ARCHIVE
	): Figure => ({ key: `leaderboard.${key}`, value, unit, status, sourceIds, origin });

	const figures: Figure[] = [
		fig('board_date', onSixth.date, 'date', f.timeline),
		fig('models_listed', onSixth.models, 'count', f.timeline),
		fig('rows_default', defaultBoard.length, 'count', f.default, 'DERIVED'),
		fig('rows_style', styleBoard.length, 'count', f.style, 'DERIVED'),
		fig('experimental.score', exp.score, 'score', f.default),
		fig('experimental.rank', exp.rank, 'rank', f.default),
		fig('experimental.position', exp.position, 'position', f.default),
		fig(
			'experimental.shared_rank',
			defaultBoard.filter((r) => r.rank === exp.rank).length,
			'count',
			f.default,
			'DERIVED'
		),
		fig(
			'experimental.score_style',
			expStyle.score,
			'score',
			f.style,
			'CONFIRMED',
			ARCHIVE_AND_CATALOG
		),
		fig(
			'experimental.rank_style',
			expStyle.rank,
			'rank',
			f.style,
			'CONFIRMED',
			ARCHIVE_AND_CATALOG
		),
		fig(
			'experimental.position_style',
			expStyle.position,
			'position',
			f.style,
			'DERIVED',
			ARCHIVE_AND_CATALOG
		),
		fig(
			'experimental.ahead_style',
			styleBoard.filter((r) => r.lo > expStyle.hi).length,
			'count',
			f.style,
			'DERIVED',
			ARCHIVE_AND_CATALOG
		),
		fig('leader.score', leader.score, 'score', f.default),
		fig(
			'leader.score_style',
			leaderStyle.score,
			'score',
			f.style,
			'CONFIRMED',
			ARCHIVE_AND_CATALOG
		),
		fig('gpt4o.score', gpt4o.score, 'score', f.default),
		fig('gap.gpt4o', exp.score - gpt4o.score, 'points', f.default, 'DERIVED'),
		fig('gap.leader', leader.score - exp.score, 'points', f.default, 'DERIVED'),
		fig(
			'gap.leader_style',
			leaderStyle.score - expStyle.score,
			'points',
			f.style,
			'DERIVED',
			ARCHIVE_AND_CATALOG
		),
		fig('public.score', pub.score, 'score', f.public),
		fig('public.date', onThirteenth.date, 'date', f.timeline),
		fig('public.rank', pub.rank, 'rank', f.public),
		fig('public.position', pub.position, 'position', f.public, 'DERIVED'),
		fig('public.models_listed', onThirteenth.models, 'count', f.timeline),
		fig(
			'public.hidden_rows',
			firstShownBelowGap.position - PUBLIC_TOP - 1,
			'count',
			f.public,
			'DERIVED'
		),
		fig('public.first_date', firstListing.date, 'date', f.timeline),
		fig('public.first_rank', firstListing.rank, 'rank', f.timeline),
		fig('public.end_date', last.date, 'date', f.timeline),
		fig('public.end_rank', last.rank, 'rank', f.timeline),
		fig('public.end_models_listed', last.models, 'count', f.timeline),
		fig('public.end_score', last.score, 'score', f.timeline),
		fig('public.gap_experimental', exp.score - pub.score, 'points', f.public, 'DERIVED'),
		fig('gpt4o_may.score', gpt4oMay.score, 'score', f.public)
	];
	return { data, figures };
}

function need<T>(value: T | undefined, file: string, what: string): T {
	if (value === undefined) throw new ContentError(file, 'rows', `expected ${what}`);
	return value;
}

function slug(name: string): string {
	return name
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}
