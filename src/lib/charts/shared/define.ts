/**
 * What a chart is. Each chart is a folder under src/lib/charts/ with two entry modules, found by
 * their names (a new folder registers itself; its name is the `chart:` an editor writes):
 * - `chart.ts`, its definition, read at build time only: the settings a step may give and the
 *   words the chart draws (zod schemas: a typo in the copy stops the build), the data it
 *   prepares from the editors' files, its data table and the files offered beside it.
 * - `view.ts`, the code a reader's browser fetches when the chart comes near: the pure
 *   `state(data, step settings, size, language, labels)` and the components that draw it.
 * The view is apart so that zod, the CSV parsing and the data preparation never reach the
 * browser; it imports only types from the definition.
 */
import type { Component, Snippet } from 'svelte';
import type { z } from 'zod';
import type { Lang } from '$lib/format';
import type { Figure, FigureRegistry } from '$lib/server/content/figures';
import type { DataTable } from '$lib/story/types';
import type { Size } from './size';

/** A step's chart settings, as the copy writes them (`chart.view: stake`). */
export type ChartSettings = Record<string, unknown>;

/** Words a chart draws, from its section's copy; every chart has a source line and a table. */
export interface ChartLabels {
	/** "Source: …" under the chart (it travels with the chart into embeds). */
	source: string;
	/** The button that opens the data table. */
	show_table: string;
	[key: string]: string;
}

/** What the data preparation reads. */
interface ChartInput {
	/** An editor's file by its path from the project root; a missing file stops the build. */
	read(path: string): string;
	/** The figures of src/data/figures.csv, each checked against its sources. */
	figures: FigureRegistry;
}

export interface ChartDefinition<Settings extends ChartSettings, Labels extends ChartLabels, Data> {
	/** The settings a step may give (`chart.…` keys in the copy). */
	step: z.ZodType<Settings>;
	/** The words the chart draws (the section's `{labels}`). */
	labels: z.ZodType<Labels>;
	/** Settings that are prose: their figures are filled in and they may differ by language. */
	prose: readonly (keyof Settings & string)[];
	/** The chart's data, read and checked once per build; figures it derives join the registry. */
	prepare(input: ChartInput): { data: Data; figures?: Figure[] };
	/** The chart's data as a table, in the reader's language. */
	table(data: Data, labels: Labels, lang: Lang): Omit<DataTable, 'downloads'>;
	/** Editors' files offered beside the table (paths from the project root). */
	downloads: readonly string[];
}

/** Any chart's definition, as the loader holds them side by side. */
export type AnyChart = ChartDefinition<ChartSettings, ChartLabels, unknown>;

/** A chart's definition, checked and typed (an identity function: it only infers the types). */
export function defineChart<Settings extends ChartSettings, Labels extends ChartLabels, Data>(
	chart: ChartDefinition<Settings, Labels, Data>
): ChartDefinition<Settings, Labels, Data> {
	return chart;
}

/** What every chart state has: the view it shows (ChartFrame's `data-view`). */
export interface ChartState {
	view: string;
}

export interface ChartView<
	Data,
	Labels extends ChartLabels,
	Settings extends ChartSettings,
	State extends ChartState
> {
	/** The chart at one step: a pure function, tested on its own. */
	state(data: Data, step: Settings, size: Size, lang: Lang, labels: Labels): State;
	/** The size the state is computed for before the browser has measured the box (prerender). */
	unmeasured?: Size;
	/**
	 * The layout a box of this size gets, where the chart's layout changes with its width: a
	 * live chart whose box's layout is not its prerendered twin's moves its marks there after
	 * taking the twin's place (shared/Chart.svelte, `twin`).
	 */
	layoutOf?(size: Size): string;
	/** The box around the Layer Cake: its shape, and the type scale of the words inside. */
	Box: Component<{ children: Snippet }>;
	/** The layers inside the Layer Cake, drawing exactly the state they are given. */
	Layers: Component<{ chart: State; labels: Labels }>;
}

/** Any chart's view, as the page loads them by the section's `chart`. */
export type AnyView = ChartView<unknown, ChartLabels, ChartSettings, ChartState>;

/** The chart a definition or view module belongs to: the name of its folder. */
export function chartOf(path: string): string {
	const kind = path.split('/').at(-2);
	if (!kind) throw new Error(`a chart module outside a chart folder: ${path}`);
	return kind;
}

/** figures.csv and sources.csv, offered beside every chart drawn from figures.csv. */
export const FIGURE_FILES = ['src/data/figures.csv', 'src/data/sources.csv'] as const;
