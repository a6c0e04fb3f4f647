import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { embedLoader } from './src/lib/embed/build.js';

export default defineConfig({
	plugins: [sveltekit(), embedLoader()],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
