/** What the copy may say about this chart: checked at build time, so a typo stops the build. */
import { z } from 'zod';

export const leaderboardStepSchema = z
	.object({
		board: z.enum(['default', 'style', 'public', 'timeline'], {
			error: 'expected board: default, style, public or timeline'
		}),
		note: z.string({ error: 'expected a note (the annotation beside the highlighted model)' })
	})
	.strict();

export const leaderboardLabelsSchema = z
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
