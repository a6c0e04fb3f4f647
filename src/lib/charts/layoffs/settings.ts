/** What the copy may say about this chart: checked at build time, so a typo stops the build. */
import { z } from 'zod';

export const layoffsStepSchema = z
	.object({
		view: z.enum(['rule', 'cut', 'teams', 'context'], {
			error: 'expected view: rule, cut, teams or context'
		}),
		note: z.string({ error: 'expected a note (the line above the chart)' })
	})
	.strict();

export const layoffsLabelsSchema = z
	.object({
		msl_title: z.string(),
		team_tbd: z.string(),
		team_fair: z.string(),
		team_product: z.string(),
		team_infra: z.string(),
		hit: z.string(),
		spared: z.string(),
		rule: z.string(),
		rule_source: z.string(),
		cut_title: z.string(),
		legend: z.string(),
		meta_bar: z.string(),
		meta_share: z.string(),
		msl_bar: z.string(),
		msl_cut: z.string(),
		msl_rest: z.string(),
		msl_share: z.string(),
		table_caption: z.string(),
		col_item: z.string(),
		col_value: z.string(),
		row_cut: z.string(),
		row_meta: z.string(),
		row_msl_after: z.string(),
		show_table: z.string(),
		// The source line under the chart (it travels with the chart into embeds).
		source: z.string()
	})
	.strict();
