/**
 * Whether the reader has scrolled the page since it opened: the one scroll signal for the whole
 * page, fed by the Scroller's scroll listener (code that waits for the first scroll reads
 * `reader.scrolled` in an effect, or passes a callback to `whenScrolled`, instead of adding its
 * own listener).
 *
 * A scroll event alone is not the reader: browsers send one when they open the page at its
 * `#fragment` or restore a position, and the page moves itself to keep the reader's place (a
 * turned phone, the switch out of the stacked view). So the page counts as scrolled once its
 * offset has moved from where it stood at the Scroller's first reading, or since the page last
 * moved itself. (A scroll before that first reading, the frame after the app has started, is
 * taken for where the page stands: the address then follows from the reader's next scroll.)
 * Except where the reader's own reach started the app (src/hooks.server.ts): there the page
 * stood at its top until the reader scrolled it, and the scroll that started the app is theirs.
 */
class ReaderScroll {
	#scrolled = $state(false);
	#from: number | undefined;
	#waiting = new Set<() => void>();

	/** Reactive: true from the reader's first scroll on. */
	get scrolled() {
		return this.#scrolled;
	}

	/** A new page: not scrolled, no reading yet. */
	reset() {
		this.#scrolled = false;
		this.#from = undefined;
	}

	/**
	 * The Scroller's first reading, `y` the page's offset then; `reached`, whether the reader's
	 * reach started the app. Such a page opened at its top: a page opened at a place (`#section`)
	 * starts its app after its first paint, without waiting for the reader.
	 */
	read(y: number, reached: boolean) {
		this.standing(reached ? 0 : y);
		this.scroll(y);
	}

	/** Where the page stands after the page has moved itself. */
	standing(y: number) {
		if (!this.#scrolled) this.#from = y;
	}

	/** A scroll event, with the page's offset then. */
	scroll(y: number) {
		if (this.#scrolled || this.#from === undefined || Math.abs(y - this.#from) < 1) return;
		this.#scrolled = true;
		for (const start of this.#waiting) start();
		this.#waiting.clear();
	}

	/** Calls `start` once the reader has scrolled (at once if they have); returns a cancel. */
	whenScrolled(start: () => void): () => void {
		if (this.#scrolled) {
			start();
			return () => {};
		}
		this.#waiting.add(start);
		return () => this.#waiting.delete(start);
	}
}

export const reader = new ReaderScroll();
