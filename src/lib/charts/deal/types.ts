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
