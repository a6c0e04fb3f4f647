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
