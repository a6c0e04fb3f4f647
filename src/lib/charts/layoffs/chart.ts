/**
 * The layoffs chart's definition (build time only; see ../shared/define.ts): what the copy may
 * say about it, checked so a typo stops the build, its data and its table.
 */
import { z } from 'zod';
import { formatNumber } from '$lib/format';
import { defineChart, FIGURE_FILES } from '../shared/define';
import { prepareLayoffs } from './server';

const stepSchema = z
	.object({
		view: z.enum(['rule', 'cut', 'teams', 'context'], {
			error: 'expected view: rule, cut, teams or context'
		}),
		note: z.string({ error: 'expected a note (the line above the chart)' })
	})
	.strict();

const labelsSchema = z
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

export type LayoffsStep = z.output<typeof stepSchema>;
export type LayoffsView = LayoffsStep['view'];
export type LayoffsLabels = z.output<typeof labelsSchema>;

export default defineChart({
	step: stepSchema,
	labels: labelsSchema,
	prose: ['note'],
	prepare: ({ figures }) => ({ data: prepareLayoffs(figures) }),
	// The cut and the two headcounts it is set against.
	table: (data, labels, lang) => ({
		caption: labels.table_caption,
		columns: [labels.col_item, labels.col_value],
		numeric: [false, true],
		rows: [
			[labels.row_cut, formatNumber(data.cut, lang)],
			[labels.row_meta, formatNumber(data.metaHeadcount, lang)],
			[labels.row_msl_after, formatNumber(data.mslAfter, lang)]
		]
	}),
	downloads: FIGURE_FILES
});
