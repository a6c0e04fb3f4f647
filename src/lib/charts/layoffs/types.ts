/** Shapes shared by the build-time data preparation, the state function and the layers. */

/** The figures the chart draws, read from figures.csv at build time. */
export interface LayoffsData {
	/** Roles cut in Meta Superintelligence Labs (about 600). */
	cut: number;
	/** Meta's total headcount on 30 September 2025. */
	metaHeadcount: number;
	/** MSL after the cuts, as reported: "just under" this many. */
	mslAfter: number;
}

export type LayoffsView = 'rule' | 'cut' | 'teams' | 'context';

/** A step's chart settings, as written in the copy (the note already filled in). */
export interface LayoffsStep {
	view: LayoffsView;
	/** One line above the chart; copy, with figures filled from the data. */
	note: string;
}

/** Words the chart draws, per language, from the section's copy. */
export interface LayoffsLabels {
	msl_title: string;
	team_tbd: string;
	team_fair: string;
	team_product: string;
	team_infra: string;
	hit: string;
	spared: string;
	rule: string;
	rule_source: string;
	cut_title: string;
	legend: string;
	meta_bar: string;
	meta_share: string;
	msl_bar: string;
	msl_cut: string;
	msl_rest: string;
	msl_share: string;
	table_caption: string;
	col_item: string;
	col_value: string;
	row_cut: string;
	row_meta: string;
	row_msl_after: string;
	show_table: string;
	/** "Source: …" under the chart, from the copy (figures filled in). */
	source: string;
}
