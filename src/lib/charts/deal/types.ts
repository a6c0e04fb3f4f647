/** Shapes shared by the build-time data preparation, the state function and the layers. */

/** A sum of money as the source gives it: value in `unit`, with the source's decimals. */
export interface Money {
	value: number;
	unit: 'USD billion';
	precision?: number;
}

export type AcquisitionKey = 'instagram' | 'oculus' | 'whatsapp';

export interface Acquisition {
	key: AcquisitionKey;
	value: Money;
	/** When it was announced, YYYY-MM. */
	date: string;
}

export interface DealData {
	/** Meta's reported share of Scale AI, in percent (49). */
	stake: number;
	/** When the deal was announced, YYYY-MM-DD. */
	date: string;
	/** Reported price of the stake (14.3 USD billion). */
	price: Money;
	/** Scale AI's valuation after the deal: a lower bound ("more than"). */
	valuation: Money;
	/** Scale AI's valuation at its previous (2024) round. */
	prevValuation: Money;
	/** Facebook's best-known acquisitions, for scale. */
	acquisitions: Acquisition[];
	/** Birth dates: LeCun's to the day, Wang's to the month (sources differ on the day). */
	births: { lecun: string; wang: string };
	/** When LeCun began reporting to Wang (Wang's reorganisation of MSL), YYYY-MM. */
	reorg: string;
}

export type DealView = 'stake' | 'valuation' | 'acquisitions' | 'ages';

/** A step's chart settings, as written in the copy (the note already filled in). */
export interface DealStep {
	view: DealView;
	/** What the step shows, drawn on the chart by the marks it is about; copy, figures filled in. */
	note: string;
}

/** Words the chart draws, per language, from the section's copy (figures already filled). */
export interface DealLabels {
	stake_meta: string;
	stake_rest: string;
	stake_key: string;
	valuation_prev: string;
	valuation_prev_value: string;
	valuation_now: string;
	valuation_now_value: string;
	acq_instagram: string;
	acq_instagram_value: string;
	acq_oculus: string;
	acq_oculus_value: string;
	acq_whatsapp: string;
	acq_whatsapp_value: string;
	acq_scale: string;
	acq_scale_value: string;
	lecun: string;
	lecun_born: string;
	wang: string;
	wang_born: string;
	gap: string;
	table_caption: string;
	col_item: string;
	col_value: string;
	col_date: string;
	show_table: string;
	/** "Source: …" under the chart, from the copy (figures filled in). */
	source: string;
}
