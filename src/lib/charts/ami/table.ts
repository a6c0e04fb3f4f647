/** AMI's chart as a table: each round in its own currency, as reported (nothing converted). */
import { formatMoney, type Lang } from '$lib/format';
import type { DataTable } from '$lib/story/types';
import type { AmiData, AmiLabels } from './types';

export function amiTable(
	data: AmiData,
	labels: AmiLabels,
	lang: Lang
): Omit<DataTable, 'downloads'> {
	// Millions up to a thousand, then billions, as the sources write them (€3 billion, not €3,000 million).
	const eur = (v: number) =>
		v >= 1000
			? formatMoney(Number(`${v}e-3`), 'EUR billion', lang)
			: formatMoney(v, 'EUR million', lang);
	const usd = (v: number) => formatMoney(v, 'USD billion', lang);
	return {
		caption: labels.table_caption,
		columns: [labels.col_round, labels.key_raised, labels.key_valuation],
		numeric: [false, true, true],
		rows: [
			[labels.row_mistral, eur(data.euros.mistral.raised), eur(data.euros.mistral.valuation)],
			[labels.row_ami, eur(data.euros.ami.raised), eur(data.euros.ami.valuation)],
			[
				labels.row_close,
				usd(data.dollars.raised),
				`${usd(data.dollars.valuation)} (${labels.key_premoney})`
			]
		]
	};
}
