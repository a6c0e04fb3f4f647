/**
 * What a page writes only at prerender: copy, tables and sources, which the browser adopts as
 * markup (./html.ts) and never renders again. Page data holding it stays on the server:
 * src/hooks.ts's `transport` writes an empty box in its place, so the browser is not sent the
 * copy a second time in the page's serialized data (it was a third of the story's HTML).
 */
export class ServerOnly<T> {
	readonly #value: T | undefined;
	constructor(value?: T) {
		this.#value = value;
	}
	/** The value, at prerender; read in the browser it throws (it was never sent). */
	get value(): T {
		if (this.#value === undefined)
			throw new Error('A prerender-only value was read in the browser (see ServerOnly)');
		return this.#value;
	}
}
