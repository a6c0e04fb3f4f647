/**
 * Markup that is written once, at prerender, and never hydrated.
 *
 * Hydration walks every node a component wrote and sets up its effects; for copy, tables and
 * charts that do not change until their code runs, that walk was most of the page's start-up
 * work. Such markup is rendered here on the server into a string that the page places with
 * `{@html}`, which the browser adopts without walking it.
 */
import type { Component } from 'svelte';

const server = import.meta.env.SSR ? await import('svelte/server') : null;

/** Svelte's hydration markers (`<!--[-->`, `<!--]-->`, `<!---->`…): no use in markup never hydrated. */
const MARKERS = /<!--(?:[[\]][^>]*?)?-->/g;

/**
 * An `{@html}` value that, while hydrating, adopts whatever the page holds in its place (what
 * the server wrote, or what a script put there before hydration): in the browser any non-empty
 * string does (an empty one adopts nothing); on the server, nothing extra is written.
 */
export const ADOPT = server ? '' : '<!---->';

/** The component's markup as prerendered HTML (with Svelte's escaping); in the browser, ADOPT. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function staticHtml<Props extends Record<string, any>>(
	component: Component<Props>,
	props: Props
): string {
	return server ? server.render(component, { props }).body.replace(MARKERS, '') : ADOPT;
}

let hydrating = true;
/**
 * True until the page has hydrated (the root layout says so on mount). A component created
 * while hydrating finds its prerendered markup in the page; one created later does not.
 */
export const isHydrating = () => hydrating;
export function hydrated() {
	hydrating = false;
}
