import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The engine tours (`npm run test:engines`): one file per engine, run one after another. (Side by
 * side they took 1:44 instead of 3:12 here, but in one of three runs the WebKit page crashed or
 * hung under the load of both.) By
 * default WebKit and Firefox, the engines the Playwright suite does not drive;
 * `ENGINES=chromium` (or `webkit,firefox,chromium`) picks others.
 */
const engines = (process.env.ENGINES ?? 'webkit,firefox').split(',');
export default defineConfig({
	// Chart states import the app's modules by SvelteKit's alias.
	resolve: { alias: { $lib: fileURLToPath(new URL('../../src/lib', import.meta.url)) } },
	test: {
		root: '.',
		include: ['tests/engines/*.tour.ts'],
		exclude: ['chromium', 'firefox', 'webkit']
			.filter((e) => !engines.includes(e))
			.map((e) => `tests/engines/${e}.tour.ts`),
		globalSetup: 'tests/engines/setup.ts',
		environment: 'node',
		fileParallelism: false,
		testTimeout: 240_000,
		reporters: ['verbose']
	}
});
