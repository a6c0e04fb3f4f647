/**
 * The Scale AI deal chart's definition (build time only; see ../shared/define.ts): what the copy
 * may say about it, checked so a typo stops the build, its data and its table.
 */
import { z } from 'zod';
import { formatDate } from '$lib/format';
import { defineChart, FIGURE_FILES } from '../shared/define';
import { prepareDeal } from './server';

const stepSchema = z
	.object({
		view: z.enum(['stake', 'valuation', 'acquisitions', 'ages'], {
			error: 'expected view: stake, valuation, acquisitions or ages'
		}),
		note: z.string({ error: 'expected a note (what the step shows, drawn on the chart)' })
	})
	.strict();

const labelsSchema = z
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

export type DealStep = z.output<typeof stepSchema>;
export type DealView = DealStep['view'];
export type DealLabels = z.output<typeof labelsSchema>;

export default defineChart({
	step: stepSchema,
	labels: labelsSchema,
	prose: ['note'],
	prepare: ({ figures }) => ({ data: prepareDeal(figures) }),
	// The stake, Scale AI's valuations and the acquisitions compared.
	table(data, labels, lang) {
		const date = (d: string) => formatDate(d, lang);
		const acq = Object.fromEntries(data.acquisitions.map((a) => [a.key, a]));
		return {
			caption: labels.table_caption,
			columns: [labels.col_item, labels.col_value, labels.col_date],
			numeric: [false, true, false],
			rows: [
				[labels.acq_scale, labels.acq_scale_value, date(data.date)],
				[labels.valuation_now, labels.valuation_now_value, date(data.date)],
				[labels.valuation_prev, labels.valuation_prev_value, '–'],
				[labels.acq_instagram, labels.acq_instagram_value, date(acq.instagram!.date)],
				[labels.acq_oculus, labels.acq_oculus_value, date(acq.oculus!.date)],
				[labels.acq_whatsapp, labels.acq_whatsapp_value, date(acq.whatsapp!.date)]
			]
		};
	},
	downloads: FIGURE_FILES
});
