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
