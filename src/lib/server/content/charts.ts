/**
 * The charts a section can draw, for the loader: per chart, the schemas its copy is checked
 * against (step settings and labels), which settings are prose (filled and allowed to differ by
 * language), its data table and the files offered beside it.
 */
import type { z } from 'zod';
import type { Lang } from '$lib/format';
import { leaderboardLabelsSchema, leaderboardStepSchema } from '$lib/charts/leaderboard/settings';
import { leaderboardTable } from '$lib/charts/leaderboard/table';
import type { LeaderboardData } from '$lib/charts/leaderboard/types';
import { amiLabelsSchema, amiStepSchema } from '$lib/charts/ami/settings';
import { amiTable } from '$lib/charts/ami/table';
import type { AmiData } from '$lib/charts/ami/types';
import { dealLabelsSchema, dealStepSchema } from '$lib/charts/deal/settings';
import { dealTable } from '$lib/charts/deal/table';
import type { DealData } from '$lib/charts/deal/types';
import { layoffsLabelsSchema, layoffsStepSchema } from '$lib/charts/layoffs/settings';
import { layoffsTable } from '$lib/charts/layoffs/table';
import type { LayoffsData } from '$lib/charts/layoffs/types';
import type { DataTable, Section } from '$lib/story/types';

/** The figures and their sources, offered with every chart drawn from figures.csv. */
const FIGURES = ['figures.csv', 'sources.csv'];

export const CHARTS = {
	leaderboard: {
		step: leaderboardStepSchema,
		labels: leaderboardLabelsSchema,
		prose: ['note'],
		table: leaderboardTable,
		downloads: [
			'lmarena_top12_default_2025-04-06.csv',
			'lmarena_top15_stylectrl_2025-04-06.csv',
			'lmarena_text_2025-04-13.csv',
			'llama4_arena_timeline.csv'
		]
	},
	deal: {
		step: dealStepSchema,
		labels: dealLabelsSchema,
		prose: ['note'],
		table: dealTable,
		downloads: FIGURES
	},
	layoffs: {
		step: layoffsStepSchema,
		labels: layoffsLabelsSchema,
		prose: ['note'],
		table: layoffsTable,
		downloads: FIGURES
	},
	ami: {
		step: amiStepSchema,
		labels: amiLabelsSchema,
		prose: ['note'],
		table: amiTable,
		downloads: FIGURES
	}
} satisfies Record<
	Section['chart'],
	{
		step: z.ZodType;
		labels: z.ZodType;
		prose: readonly string[];
		/** The chart's data as a table (data and labels as this chart defines them). */
		table: (data: never, labels: never, lang: Lang) => Omit<DataTable, 'downloads'>;
		/** Data files offered beside the table. */
		downloads: readonly string[];
	}
>;
export type ChartKind = keyof typeof CHARTS;

/** Each chart's data, prepared once from the data files (src/lib/server/data/). */
export interface ChartData {
	leaderboard: LeaderboardData;
	ami: AmiData;
	deal: DealData;
	layoffs: LayoffsData;
}
