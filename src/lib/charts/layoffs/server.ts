/**
 * Build-time preparation of the layoffs chart (imported by chart.ts only): reads its figures from figures.csv (no other
 * file) and checks that the DERIVED rows the copy names agree with the figures they come from.
 */
import type { LayoffsData } from './types';
import { ContentError } from '$lib/server/content/errors';
import type { FigureRegistry } from '$lib/server/content/figures';

function num(figures: FigureRegistry, key: string): number {
	const f = figures.get(key);
	if (!f || typeof f.value !== 'number') {
		throw new ContentError(
			'src/data/figures.csv',
			key,
			'expected a numeric figure for the layoffs chart'
		);
	}
	return f.value;
}

function agree(figures: FigureRegistry, key: string, computed: number, decimals: number) {
	const written = num(figures, key);
	const rounded = Number(computed.toFixed(decimals));
	if (written !== rounded) {
		throw new ContentError(
			figures.get(key)!.origin,
			key,
			`DERIVED value ${written} disagrees with its inputs (computed ${computed.toFixed(4)} → ${rounded})`
		);
	}
}

export function prepareLayoffs(figures: FigureRegistry): LayoffsData {
	const cut = num(figures, 'layoffs.roles_cut');
	const metaHeadcount = num(figures, 'layoffs.meta_headcount');
	const mslAfter = num(figures, 'layoffs.msl_after');
	agree(figures, 'layoffs.share_of_meta', (100 * cut) / metaHeadcount, 1);
	agree(figures, 'layoffs.msl_before_est', cut + mslAfter, 0);
	agree(figures, 'layoffs.msl_one_in', (cut + mslAfter) / cut, 0);
	return { cut, metaHeadcount, mslAfter };
}
