declare global {
	namespace App {
		/** A story page's history entry: the step the reader was on (see App.svelte). */
		interface PageState {
			step?: string;
		}
	}
}

export {};
