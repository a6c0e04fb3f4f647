/**
 * Build-time preparation of the Scale AI deal chart (imported by chart.ts only): every number it draws is read from the
 * figures registry (src/data/figures.csv, rows deal.*), so the chart and the copy cannot disagree.
 */
import type { Acquisition, AcquisitionKey, DealData, Money } from './types';
import { ContentError } from '$lib/server/content/errors';
import type { Figure, FigureRegistry } from '$lib/server/content/figures';

const FILE = 'src/data/figures.csv';

export function prepareDeal(figures: FigureRegistry): DealData {
	const get = (key: string): Figure => {
		const f = figures.get(key);
		if (!f) throw new ContentError(FILE, key, 'missing: the deal chart draws this figure');
		return f;
	};
	const num = (key: string, unit: Figure['unit']): number => {
		const f = get(key);
		if (f.unit !== unit || typeof f.value !== 'number') {
			throw new ContentError(f.origin, key, `expected a number in "${unit}", found "${f.unit}"`);
		}
		return f.value;
	};
	const money = (key: string): Money => {
		const value = num(key, 'USD billion');
		const precision = get(key).precision;
		return precision === undefined
			? { value, unit: 'USD billion' }
			: { value, unit: 'USD billion', precision };
	};
	const date = (key: string): string => {
		const f = get(key);
		if (!['date', 'month', 'year'].includes(f.unit)) {
			throw new ContentError(f.origin, key, `expected a date, found unit "${f.unit}"`);
		}
		return String(f.value);
	};
	const acquisition = (key: AcquisitionKey): Acquisition => ({
		key,
		value: money(`deal.acq.${key}`),
		date: date(`deal.acq.${key}_date`)
	});
	return {
		stake: num('deal.stake', 'percent'),
		date: date('deal.announced'),
		price: money('deal.price'),
		valuation: money('deal.valuation'),
		prevValuation: money('deal.prev_valuation'),
		acquisitions: [acquisition('instagram'), acquisition('oculus'), acquisition('whatsapp')],
		births: { lecun: date('deal.lecun_birth'), wang: date('deal.wang_birth') },
		reorg: date('deal.reorg_month')
	};
}
