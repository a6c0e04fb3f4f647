/**
 * Build-time preparation of the AMI chart (imported by chart.ts only): reads its figures from figures.csv (through the
 * registry) so the chart draws exactly the values the copy names. Nothing here ships to the
 * browser. Same-currency unit changes only (€3 billion = €3,000 million); no currency is converted.
 */
import type { AmiData } from './types';
import { ContentError } from '$lib/server/content/errors';
import type { FigureRegistry } from '$lib/server/content/figures';
import type { Unit } from '$lib/format';

const FILE = 'src/data/figures.csv';

export function prepareAmi(figures: FigureRegistry): AmiData {
	const num = (key: string, unit: Unit): number => {
		const f = figures.get(key);
		if (!f) throw new ContentError(FILE, key, 'missing: the AMI chart draws this figure');
		if (f.unit !== unit || typeof f.value !== 'number') {
			throw new ContentError(f.origin, key, `expected a number in "${unit}", found "${f.unit}"`);
		}
		return f.value;
	};
	const eurMillions = (key: string): number => {
		const f = figures.get(key);
		if (f?.unit === 'EUR billion' && typeof f.value === 'number') return Number(`${f.value}e3`);
		return num(key, 'EUR million');
	};
	return {
		years: {
			fair: num('ami.years_fair_director', 'years'),
			chief: num('ami.years_chief_scientist', 'years')
		},
		euros: {
			mistral: {
				key: 'mistral',
				raised: eurMillions('ami.mistral_seed'),
				valuation: eurMillions('ami.mistral_valuation')
			},
			ami: {
				key: 'ami-talks',
				raised: eurMillions('ami.round_target'),
				valuation: eurMillions('ami.valuation_target')
			}
		},
		dollars: {
			key: 'ami-close',
			raised: num('ami.round_closed', 'USD billion'),
			valuation: num('ami.close_premoney', 'USD billion')
		},
		vjepa2: {
			params: num('ami.vjepa2_params', 'count'),
			hours: num('ami.vjepa2_video_hours', 'count')
		}
	};
}
