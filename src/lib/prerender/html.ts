/**
 * Markup that is written once, at prerender, and never hydrated.
 *
 * Why: hydration walks every node a component wrote and sets up its effects; for copy, tables and
 * charts that do not change until their code runs, that walk was most of the page's start-up
 * work. Such markup is rendered here on the server into a string that the page places with
 * `{@html}`. While hydrating, Svelte keeps whatever the server wrote for an `{@html}` (it warns
 * `hydration_html_changed` and ignores the client's value), so the browser adopts it without
 * walking it and without the component's code.
 */
import type { Component } from 'svelte';

const server = import.meta.env.SSR ? await import('svelte/server') : null;

/** Svelte's hydration markers (`<!--[-->`, `<!--]-->`, `<!---->`…): no use in markup never hydrated. */
const MARKERS = /<!--(?:[[\]][^>]*?)?-->/g;

/**
 * The `{@html}` value that keeps, while hydrating, the markup the server wrote in its place: in
 * the browser any non-empty string does (an empty one keeps nothing); on the server, nothing
 * extra is written.
 */
export const KEEP_SERVER_HTML = server ? '' : '<!---->';

/**
 * The component's markup as prerendered HTML (with Svelte's escaping); in the browser,
 * KEEP_SERVER_HTML.
 */
export function prerenderedHtml<Props extends Record<string, any>>(
	component: Component<Props>,
	props: Props
): string {
	return server ? server.render(component, { props }).body.replace(MARKERS, '') : KEEP_SERVER_HTML;
}

let hydrating = true;
/**
 * True until the page has hydrated (the root layout says so on mount). A component created
 * while hydrating finds its prerendered markup in the page; one created later does not.
 */
export const isHydrating = () => hydrating;
/** Called once by the root layout when the page has hydrated. */
export function markHydrated() {
	hydrating = false;
}
