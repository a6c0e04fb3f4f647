/**
 * The reader's choices of theme and motion, remembered in localStorage. The head script in
 * app.html applies them before first paint (no flash); this keeps the page and storage in step.
 */
export type Theme = 'light' | 'dark';

export class Preferences {
	theme = $state<Theme>('light');
	reduceMotion = $state(false);

	/** Reads what the head script applied (stored choice, else the system's). */
	load() {
		const root = document.documentElement;
		this.theme = root.dataset.theme === 'dark' ? 'dark' : 'light';
		this.reduceMotion =
			root.classList.contains('reduce-motion') ||
			matchMedia('(prefers-reduced-motion: reduce)').matches;
	}

	setTheme(theme: Theme) {
		this.theme = theme;
		document.documentElement.dataset.theme = theme;
		store('theme', theme);
	}

	setReduceMotion(reduce: boolean) {
		this.reduceMotion = reduce;
		document.documentElement.classList.toggle('reduce-motion', reduce);
		store('motion', reduce ? 'reduce' : 'full');
	}
}

function store(key: string, value: string) {
	try {
		localStorage.setItem(key, value);
	} catch {
		// Private modes may refuse storage: the choice then lasts for this page only.
	}
}
