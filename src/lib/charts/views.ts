/**
 * The charts' views by chart name, as the page loads them: each chart folder's `view.ts`, found
 * by its name (a new folder registers itself), each fetched as its own chunk on first use.
 */
import { chartOf } from './shared/define';
import type { LoadedView } from './shared/view';

type ViewLoader = () => Promise<LoadedView>;

/**
 * Loaders by chart name, from an `import.meta.glob` of view modules (`{ import: 'default' }`).
 * @public The add-a-chart test calls it with the fixture folder's views too.
 */
export function viewsIn(modules: Record<string, ViewLoader>): Map<string, ViewLoader> {
	return new Map(Object.entries(modules).map(([path, load]) => [chartOf(path), load]));
}

export const VIEWS = viewsIn(import.meta.glob<LoadedView>('./*/view.ts', { import: 'default' }));
