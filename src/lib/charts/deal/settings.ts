/** What the copy may say about the deal chart: checked at build time, so a typo stops the build. */
import { z } from 'zod';

export const dealStepSchema = z
	.object({
		view: z.enum(['stake', 'valuation', 'acquisitions', 'ages'], {
			error: 'expected view: stake, valuation, acquisitions or ages'
		}),
		note: z.string({ error: 'expected a note (what the step shows, drawn on the chart)' })
	})
	.strict();

export const dealLabelsSchema = z
	.object({
		stake_meta: z.string(),
		stake_rest: z.string(),
		stake_key: z.string(),
		valuation_prev: z.string(),
		valuation_prev_value: z.string(),
		valuation_now: z.string(),
		valuation_now_value: z.string(),
		acq_instagram: z.string(),
		acq_instagram_value: z.string(),
		acq_oculus: z.string(),
		acq_oculus_value: z.string(),
		acq_whatsapp: z.string(),
		acq_whatsapp_value: z.string(),
		acq_scale: z.string(),
		acq_scale_value: z.string(),
		lecun: z.string(),
		lecun_born: z.string(),
		wang: z.string(),
		wang_born: z.string(),
		gap: z.string(),
		table_caption: z.string(),
		col_item: z.string(),
		col_value: z.string(),
		col_date: z.string(),
		show_table: z.string(),
		// The source line under the chart (it travels with the chart into embeds).
		source: z.string()
	})
	.strict();
