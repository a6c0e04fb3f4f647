/** The deal chart as a table: the stake, Scale AI's valuations and the acquisitions compared. */
import { formatDate, type Lang } from '$lib/format';
import type { DataTable } from '$lib/story/types';
import type { DealData, DealLabels } from './types';

export function dealTable(
	data: DealData,
	labels: DealLabels,
	lang: Lang
): Omit<DataTable, 'downloads'> {
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
}
