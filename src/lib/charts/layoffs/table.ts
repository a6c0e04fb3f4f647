/** The layoffs chart as a table: the cut and the two headcounts it is set against. */
import { formatNumber, type Lang } from '$lib/format';
import type { DataTable } from '$lib/story/types';
import type { LayoffsData, LayoffsLabels } from './types';

export function layoffsTable(
	data: LayoffsData,
	labels: LayoffsLabels,
	lang: Lang
): Omit<DataTable, 'downloads'> {
	return {
		caption: labels.table_caption,
		columns: [labels.col_item, labels.col_value],
		numeric: [false, true],
		rows: [
			[labels.row_cut, formatNumber(data.cut, lang)],
			[labels.row_meta, formatNumber(data.metaHeadcount, lang)],
			[labels.row_msl_after, formatNumber(data.mslAfter, lang)]
		]
	};
}
