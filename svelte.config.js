import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// Build-time settings from the environment (see README "Hosting under a sub-path").
// BASE_PATH: '' or '/some/folder' (no trailing slash). Everything links through $app/paths.
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
if (base && !base.startsWith('/')) {
	throw new Error(`BASE_PATH must start with "/" (got "${base}")`);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes everywhere in our code; dependencies compile in whatever mode they were written for.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		adapter: adapter({ precompress: true, strict: true, fallback: undefined }),
		paths: { base, relative: false },
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
