/**
 * A chart's view (its `view.ts`), checked against the chart's types, handed out with the shell
 * that draws any chart: every view imports the shell, so its code travels in the chunk the
 * views share (with Layer Cake) instead of one more of its own.
 */
import Chart from './Chart.svelte';
import type { AnyView, ChartLabels, ChartSettings, ChartState, ChartView } from './define';

export function defineView<
	Data,
	Labels extends ChartLabels,
	Settings extends ChartSettings,
	State extends ChartState
>(view: ChartView<Data, Labels, Settings, State>) {
	return { ...view, Chart };
}

/** Any chart's view as the page loads it: the view and the shell to draw it with. */
export type LoadedView = AnyView & { Chart: typeof Chart };
