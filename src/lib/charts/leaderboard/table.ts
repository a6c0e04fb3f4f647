/** The leaderboard's data as a table: every model the chart draws on 6 April, both views. */
import { formatScore, type Lang } from '$lib/format';
import type { DataTable } from '$lib/story/types';
import type { BoardRow, LeaderboardData, LeaderboardLabels } from './types';

export function leaderboardTable(
	data: LeaderboardData,
	labels: LeaderboardLabels,
	lang: Lang
): Omit<DataTable, 'downloads'> {
	const style = new Map(data.boards.style.map((r) => [r.key, r]));
	const byDefault = new Map(data.boards.default.map((r) => [r.key, r]));
	const keys = [...new Set([...data.boards.default, ...data.boards.style].map((r) => r.key))];
	const cell = (r: BoardRow | undefined, f: (r: BoardRow) => number) =>
		r ? formatScore(f(r), lang) : '–';
	const rows = keys
		.map((key) => ({ d: byDefault.get(key), s: style.get(key) }))
		.sort(
			(a, b) =>
				(a.d?.position ?? 99) - (b.d?.position ?? 99) ||
				(a.s?.position ?? 99) - (b.s?.position ?? 99)
		)
		.map(({ d, s }) => [
			(d ?? s)!.name,
			cell(d, (r) => r.rank),
			cell(d, (r) => r.score),
			cell(s, (r) => r.rank),
			cell(s, (r) => r.score)
		]);
	return {
		caption: labels.table_caption,
		columns: [
			labels.model_header,
			labels.rank_header,
			labels.col_score,
			labels.col_rank_style,
			labels.col_score_style
		],
		numeric: [false, true, true, true, true],
		rows
	};
}
