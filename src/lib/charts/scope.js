// Which chart a Svelte style scope belongs to, marked in the scope's class name, so a page can keep
// the stylesheet of the charts it draws and drop the others' (src/lib/server/site/chartCss.ts).
// The mark is one character (the last of a hash of the chart's folder name), between `svelte` and
// the dash: the class is on every element of a prerendered chart, and longer marks cost the story
// page 0.5–1 KB gzip; one costs 40 bytes. Two charts sharing a mark would keep each other's CSS.

/** A chart component: a `.svelte` file in a chart's own folder (src/lib/charts/<chart>/). */
const CHART_FILE = /(?:^|[/\\])src[/\\]lib[/\\]charts[/\\]([a-z0-9]+)[/\\][^/\\]+\.svelte$/;

/**
 * Svelte's `cssHash`: Svelte's own scope (`svelte-<hash of the file's name>`), with a chart
 * component's chart marked: `svelte<mark>-<hash>`.
 * @param {{ hash: (input: string) => string, css: string, filename: string }} args
 */
export function scopeClass({ hash, css, filename }) {
	const own = hash(filename === '(unknown)' ? css : (filename ?? css));
	const chart = CHART_FILE.exec(filename)?.[1];
	return chart && chart !== 'shared' ? `svelte${hash(chart).slice(-1)}-${own}` : `svelte-${own}`;
}

/** A chart's scope class (or a keyframes name scoped by it) in HTML or CSS; group 1 is its mark. */
export const CHART_SCOPE = /\bsvelte([a-z0-9])-[a-z0-9]+/g;
