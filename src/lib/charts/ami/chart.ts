/**
 * The AMI chart's definition (build time only; see ../shared/define.ts): what the copy may say
 * about it, checked so a typo stops the build, its data and its table.
 */
import { z } from 'zod';
import { formatMoney } from '$lib/format';
import { defineChart, FIGURE_FILES } from '../shared/define';
import { prepareAmi } from './server';
import { euroText } from './state';

const stepSchema = z
	.object({
		view: z.enum(['exit', 'euros', 'dollars', 'bet'], {
			error: 'expected view: exit, euros, dollars or bet'
		}),
		note: z.string({ error: 'expected a note (the one-line annotation above the chart)' })
	})
	.strict();

const labelsSchema = z
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

export type AmiStep = z.output<typeof stepSchema>;
export type AmiView = AmiStep['view'];
export type AmiLabels = z.output<typeof labelsSchema>;

export default defineChart({
	step: stepSchema,
	labels: labelsSchema,
	prose: ['note'],
	prepare: ({ figures }) => ({ data: prepareAmi(figures) }),
	// Each round in its own currency, as reported (nothing converted).
	table(data, labels, lang) {
		const usd = (v: number) => formatMoney(v, 'USD billion', lang);
		return {
			caption: labels.table_caption,
			columns: [labels.col_round, labels.key_raised, labels.key_valuation],
			numeric: [false, true, true],
			rows: [
				[
					labels.row_mistral,
					euroText(data.euros.mistral.raised, lang),
					euroText(data.euros.mistral.valuation, lang)
				],
				[
					labels.row_ami,
					euroText(data.euros.ami.raised, lang),
					euroText(data.euros.ami.valuation, lang)
				],
				[
					labels.row_close,
					usd(data.dollars.raised),
					`${usd(data.dollars.valuation)} (${labels.key_premoney})`
				]
			]
		};
	},
	downloads: FIGURE_FILES
});
