import { buildOnce } from '../../scripts/build-once.js';

/** The sub-path build, made as tests/server makes the one it serves behind nginx. */
export const SUB_PATH = { dir: '.build-nginx/site', base: '/lecun' };

/**
 * Vitest's global setup of the `build` project (vite.config.ts): makes build/ and the sub-path
 * build, unless they are current, before any test worker starts, so no test reads a build
 * while it is being written. Runs only when a test of tests/unit/build.test.ts is queued.
 */
export default function setup() {
	for (const options of [{}, SUB_PATH]) {
		const { dir, built, ms } = buildOnce(options);
		console.log(built ? `built ${dir} in ${ms} ms` : `${dir} is current: not rebuilt`);
	}
}
