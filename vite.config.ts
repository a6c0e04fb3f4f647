import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { embedLoader } from './src/lib/embed/build.js';

export default defineConfig({
	plugins: [sveltekit(), embedLoader()],
	test: {
		environment: 'node',
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					exclude: ['tests/unit/build.test.ts']
				}
			},
			// Static checks of the built site: the builds are made (or found current) first.
			{
				extends: true,
				test: {
					name: 'build',
					include: ['tests/unit/build.test.ts'],
					globalSetup: ['tests/unit/build.setup.ts']
				}
			}
		]
	}
});
