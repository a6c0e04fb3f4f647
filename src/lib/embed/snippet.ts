/**
 * The code newsrooms paste, built from absolute URLs. Pure functions (unit-tested); EmbedThis
 * shows their output. Attribute names and paths here are the public v1 interface.
 */
import type { Lang } from '$lib/format';
import { CONTAINER_ATTR } from './loader';
import { LOADER_PATH, embedPath } from './paths';

export interface SnippetInput {
	/** The site's root URL with its base path and a trailing slash: `https://host/graphics/`. */
	root: string;
	lang: Lang;
	section: string;
	title: string;
	/** Measured content heights at some frame widths (`heights.json`), for the reserved height. */
	heights: Record<string, number>;
}

const escape = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function embedUrl(root: string, lang: Lang, section: string): string {
	return root.replace(/\/$/, '') + embedPath(lang, section);
}

function loaderUrl(root: string): string {
	return root.replace(/\/$/, '') + LOADER_PATH;
}

/**
 * `300:1104,319:1104,320:1074,…`: the heights the loader picks from for its frame's width. Each
 * measured height holds up to the next measured width: within one layout a wider frame never
 * needs more height (its text wraps less), so the straight lines between these points reserve
 * at least the embed's height at every width, not only at the measured ones.
 */
export function heightsAttr(heights: Record<string, number>): string {
	const points = Object.entries(heights)
		.map(([w, h]) => [Number(w), Math.ceil(h)] as const)
		.filter(([w, h]) => w > 0 && h > 0)
		.sort((a, b) => a[0] - b[0]);
	return points
		.flatMap(([w, h], i) => {
			const next = points[i + 1]?.[0];
			return next !== undefined && next - 1 > w ? [`${w}:${h}`, `${next - 1}:${h}`] : [`${w}:${h}`];
		})
		.join(',');
}

/**
 * CSS for the space the container keeps before the (async) loader has run: the same piecewise
 * linear height of the container's width (`cqw`) as the loader's `startHeight`, so the host page
 * does not move when the frame replaces it.
 */
export function reservedHeightCss(heights: Record<string, number>): string {
	const pairs = heightsAttr(heights)
		.split(',')
		.filter(Boolean)
		.map((p) => p.split(':').map(Number) as [number, number]);
	if (!pairs.length) return '';
	const round = (n: number) => Math.round(n * 10000) / 10000;
	const terms = pairs.slice(1).map(([w1, h1], i) => {
		const [w0, h0] = pairs[i]!;
		return ` + ${round((h1 - h0) / (w1 - w0))} * clamp(0px, 100cqw - ${w0}px, ${w1 - w0}px)`;
	});
	return `calc(${pairs[0]![1]}px${terms.join('')})`;
}

/** The recommended snippet: the container (keeping its space), its no-script link, the loader. */
export function loaderSnippet(input: SnippetInput, sectionLink: string): string {
	const title = escape(input.title);
	const heights = heightsAttr(input.heights);
	const space = reservedHeightCss(input.heights);
	return (
		`<div ${CONTAINER_ATTR}="${escape(embedUrl(input.root, input.lang, input.section))}" data-title="${title}"` +
		(heights ? ` data-height="${heights}"` : '') +
		` style="container-type:inline-size">` +
		(space ? `<div class="lecun-embed-space" style="height:${space}"></div>` : '') +
		`<noscript><style>.lecun-embed-space{display:none}</style>` +
		`<a href="${escape(sectionLink)}">${title}</a></noscript></div>\n` +
		`<script async src="${escape(loaderUrl(input.root))}"></script>`
	);
}

/** A plain iframe, for CMSs that strip scripts: fixed at the tallest measured height. */
export function iframeSnippet(input: SnippetInput): string {
	const tallest = Math.max(600, ...Object.values(input.heights).map((h) => Math.ceil(h)));
	return (
		`<iframe src="${escape(embedUrl(input.root, input.lang, input.section))}" title="${escape(input.title)}"` +
		` width="100%" height="${tallest}" scrolling="no" loading="lazy"` +
		` style="display:block;width:100%;border:0;color-scheme:light"></iframe>`
	);
}
