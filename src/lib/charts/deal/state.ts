/**
 * The Scale AI deal chart at one step: a pure function of (data, step settings, size, language).
 * Everything is drawn in a 4:5 box (the layers keep that shape with CSS, so it fills a phone's
 * chart area as well as a desktop's): marks in SVG units, 100 across and `DEAL_H` down, so a
 * square in the state is a square on screen and an area in the state is an area on screen.
 * Money is drawn as the AREA of squares (side ∝ √value), never their side.
 *
 * One set of 100 cells morphs through the steps: the stake (49 of 100 filled), the whole company
 * at its new valuation beside its 2024 one, the 49 filled cells regrouped as a 7 × 7 square for
 * the stake beside Facebook's acquisitions, then the two men's lifelines on a line of years.
 * Marks keep their identity across steps (cells by index, squares and people by key), so a step
 * change moves, grows or fades them; a step's words fade out and the next step's fade in.
 */
import type { Lang } from '$lib/format';
import { toHundredths, type Size } from '../shared/size';
import type { DealLabels, DealStep, DealView } from './chart';
import { viewLabels, type Label } from './labels';
import {
	GUTTER,
	STAKE,
	acquisitionSquares,
	agesState,
	valuationLayout,
	waffle,
	type AgesState,
	type Cell,
	type Grid,
	type ValueSquare
} from './layout';
import type { DealData } from './types';

/** The birth dots' diameter, for the browser tests that measure them. */
export { BIRTH_DOT } from './layout';

export interface DealState {
	view: DealView;
	/** Where the cells' grid stands; each cell's place in it is its `at`. */
	grid: Grid;
	cells: Cell[];
	/** The 2024 valuation and the acquisitions (drawn as single squares). */
	squares: ValueSquare[];
	labels: Label[];
	ages: AgesState;
	showAges: boolean;
}

export function dealState(
	data: DealData,
	step: DealStep,
	size: Size,
	lang: Lang,
	labels: DealLabels
): DealState {
	const view = step.view;
	const filled = Math.round(data.stake);
	const ages = agesState(data, size);
	const v = valuationLayout(data);
	const squares: ValueSquare[] = [
		...acquisitionSquares(data).map((q) => ({ ...q, visible: view === 'acquisitions' })),
		{
			key: 'prev',
			value: data.prevValuation.value,
			x: toHundredths(v.px),
			y: toHundredths(v.py),
			s: toHundredths(v.prevSide),
			visible: view === 'valuation',
			highlight: false
		}
	];

	// From the valuation on, the cells' grid stays where the company's waffle stands.
	const grid: Grid = view === 'stake' ? STAKE : { x: v.wx, y: v.wy, side: v.side };
	let cells: Cell[];
	if (view === 'acquisitions' || view === 'ages') {
		// The stake is the 49 filled cells regrouped 7 × 7 inside its square; the rest of Scale AI
		// is not part of it and fades where it stood at the step before. At the last step the
		// stake fades where it stands.
		const stake = squares.find((s) => s.key === 'scale')!;
		const block = Math.ceil(Math.sqrt(filled));
		const pitch = stake.s / (block - GUTTER);
		const inGrid = (u: number) => toHundredths((u * 100) / grid.side);
		cells = waffle(filled, grid).map((c, i) => {
			if (i >= filled) return { ...c, visible: false };
			const x = stake.x + (i % block) * pitch;
			const y = stake.y + Math.floor(i / block) * pitch;
			const side = pitch * (1 - GUTTER);
			return {
				x: toHundredths(x),
				y: toHundredths(y),
				s: toHundredths(side),
				visible: view === 'acquisitions',
				filled: true,
				at: { x: inGrid(x - grid.x), y: inGrid(y - grid.y), s: inGrid(side) }
			};
		});
	} else {
		cells = waffle(filled, grid);
	}

	return {
		view,
		grid,
		cells,
		squares,
		// Keyed by step and role: a step change fades one step's words out and the next one's in.
		labels: viewLabels(view, data, step.note, labels, lang, ages).map((l) => ({
			...l,
			key: `${view}-${l.key}`
		})),
		ages,
		showAges: view === 'ages'
	};
}
