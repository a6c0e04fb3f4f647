import { defineConfig } from 'vitest/config';

/** The engine tours (`npm run test:engines`): one file per engine, run one after another. */
export default defineConfig({
	test: {
		root: '.',
		include: ['tests/engines/*.tour.ts'],
		globalSetup: 'tests/engines/setup.ts',
		environment: 'node',
		fileParallelism: false,
		testTimeout: 240_000,
		reporters: ['verbose']
	}
});
