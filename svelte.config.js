import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { cspDirectives } from './scripts/csp.js';
import { scopeClass } from './src/lib/charts/scope.js';

// Build-time settings from the environment (see README "Hosting under a sub-path").
// BASE_PATH: '' or '/some/folder' (no trailing slash). Everything links through $app/paths.
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
if (base && !base.startsWith('/')) {
	throw new Error(`BASE_PATH must start with "/" (got "${base}")`);
}

// A second build (the link test's BASE_PATH build) can write elsewhere so it does not replace
// the one being served: BUILD_DIR (default build) and KIT_OUT_DIR (default .svelte-kit).
const pages = process.env.BUILD_DIR || 'build';
const outDir = process.env.KIT_OUT_DIR || '.svelte-kit';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// No `window.__svelte.v` stamp: one request less on every page.
		discloseVersion: false,
		// A chart's style scope names its chart, so a page keeps only its charts' CSS.
		cssHash: scopeClass,
		// Runes everywhere in our code; dependencies compile in whatever mode they were written for.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		adapter: adapter({
			pages,
			assets: pages,
			precompress: true,
			strict: true,
			fallback: undefined
		}),
		outDir,
		paths: { base, relative: false },
		// A Content Security Policy in a <meta> on every prerendered page: scripts by hash only
		// (SvelteKit's own, plus the hand-written ones in app.html and <svelte:head>, hashed at
		// build time by scripts/csp.js). Headers a host should add: README "Security and hosting".
		csp: { mode: 'hash', directives: cspDirectives() },
		// Every stylesheet goes into the page's <style> (about 6 KB gzip in all): no request
		// blocks the first paint (docs/performance.md).
		inlineStyleThreshold: Infinity,
		prerender: {
			entries: ['*', '/en/', '/article/', '/en/article/', '/proof/'],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
