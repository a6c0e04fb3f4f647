/** Shapes shared by the build-time data preparation, the state function and the layers. */

/** One funding round in one currency: the sum raised and the valuation as reported. */
export interface Round {
	key: string;
	/** In the panel's unit (EUR million for the euro panel, USD billion for the dollar panel). */
	raised: number;
	valuation: number;
}

export interface AmiData {
	/** LeCun's years at Meta, as he gave them: founding director of FAIR, then chief AI scientist. */
	years: { fair: number; chief: number };
	/** Euro rounds, in EUR million: Mistral AI's 2023 seed, then AMI's talks (December 2025). */
	euros: { mistral: Round; ami: Round };
	/** The round as reported closed, in USD billion (valuation = pre-money). Never on the euro axis. */
	dollars: Round;
	/** V-JEPA 2: parameters and (more than) hours of video, as counts. */
	vjepa2: { params: number; hours: number };
}

export type AmiView = 'exit' | 'euros' | 'dollars' | 'bet';

/** A step's chart settings, as written in the copy (the note already filled in). */
export interface AmiStep {
	view: AmiView;
	/** The step's one-line annotation; copy, with figures filled from the data. */
	note: string;
}

/** Words the chart draws, per language, from the section's copy. */
export interface AmiLabels {
	years_fair: string;
	years_chief: string;
	years_next: string;
	years_caption: string;
	euro_title: string;
	row_mistral: string;
	row_ami: string;
	key_raised: string;
	key_valuation: string;
	key_premoney: string;
	dollar_title: string;
	row_close: string;
	bet_title: string;
	bet_params: string;
	bet_hours: string;
	bet_more: string;
	table_caption: string;
	col_round: string;
	show_table: string;
	/** "Source: …" under the chart, from the copy (figures filled in). */
	source: string;
}
