/**
 * The leaderboard chart's definition (build time only; see ../shared/define.ts): what the copy
 * may say about it, checked so a typo stops the build, its data (LMArena's archived boards,
 * which also give the figures the copy names as {leaderboard.…}) and its table.
 */
import { z } from 'zod';
import { formatScore } from '$lib/format';
import { defineChart } from '../shared/define';
import { LEADERBOARD_FILES, prepareLeaderboard } from './server';
import type { BoardRow } from './types';

const stepSchema = z
	.object({
		board: z.enum(['default', 'style', 'public', 'timeline'], {
			error: 'expected board: default, style, public or timeline'
		}),
		note: z.string({ error: 'expected a note (the annotation beside the highlighted model)' })
	})
	.strict();

const labelsSchema = z
	.object({
		axis_default: z.string(),
		axis_style: z.string(),
		axis_public: z.string(),
		axis_timeline: z.string(),
		rank_header: z.string(),
		model_header: z.string(),
		hidden_rows: z.string(),
		series_experimental: z.string(),
		series_public: z.string(),
		table_caption: z.string(),
		col_score: z.string(),
		col_rank_style: z.string(),
		col_score_style: z.string(),
		show_table: z.string(),
		// The source line under the chart (it travels with the chart into embeds).
		source: z.string()
	})
	.strict();

export type LeaderboardStep = z.output<typeof stepSchema>;
export type LeaderboardLabels = z.output<typeof labelsSchema>;

export default defineChart({
	step: stepSchema,
	labels: labelsSchema,
	prose: ['note'],
	prepare: ({ read }) => prepareLeaderboard(read),
	// Every model the chart draws on 6 April, both views.
	table(data, labels, lang) {
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
	},
	downloads: Object.values(LEADERBOARD_FILES)
});
