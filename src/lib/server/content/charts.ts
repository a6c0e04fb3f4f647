/**
 * The charts a section can draw, for the loader: each chart folder's definition (`chart.ts`,
 * see $lib/charts/shared/define.ts), found by its name, so a new folder registers itself.
 */
import { chartOf, type AnyChart } from '$lib/charts/shared/define';

/** Chart definitions by chart name (the folder's), as the loader reads them. */
export type Charts = Map<string, AnyChart>;

/** The charts of an `import.meta.glob` of definition modules (`{ eager: true }`). */
export function chartsIn(modules: Record<string, { default: AnyChart }>): Charts {
	return new Map(Object.entries(modules).map(([path, m]) => [chartOf(path), m.default]));
}

export const CHARTS = chartsIn(
	import.meta.glob<{ default: AnyChart }>('/src/lib/charts/*/chart.ts', { eager: true })
);

/** A downloadable file's name under /data/: its name in the project. */
export function downloadName(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1);
}
