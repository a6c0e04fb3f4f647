declare global {
	interface Window {
		/** Set by src/app.html's head script: unwraps the stacked view's charts from <noscript>. */
		unwrapStaticCharts?: () => void;
	}
}

export {};
