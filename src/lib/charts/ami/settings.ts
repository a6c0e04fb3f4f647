/** What the copy may say about this chart: checked at build time, so a typo stops the build. */
import { z } from 'zod';

export const amiStepSchema = z
	.object({
		view: z.enum(['exit', 'euros', 'dollars', 'bet'], {
			error: 'expected view: exit, euros, dollars or bet'
		}),
		note: z.string({ error: 'expected a note (the one-line annotation above the chart)' })
	})
	.strict();

export const amiLabelsSchema = z
	.object({
		years_fair: z.string(),
		years_chief: z.string(),
		years_next: z.string(),
		years_caption: z.string(),
		euro_title: z.string(),
		row_mistral: z.string(),
		row_ami: z.string(),
		key_raised: z.string(),
		key_valuation: z.string(),
		key_premoney: z.string(),
		dollar_title: z.string(),
		row_close: z.string(),
		bet_title: z.string(),
		bet_params: z.string(),
		bet_hours: z.string(),
		bet_more: z.string(),
		table_caption: z.string(),
		col_round: z.string(),
		show_table: z.string(),
		// The source line under the chart (it travels with the chart into embeds).
		source: z.string()
	})
	.strict();
