/** The benchmark's command line (node:util parseArgs): see scripts/bench/index.mjs for the list. */
import { parseArgs } from 'node:util';

const { values } = parseArgs({
	options: {
		build: { type: 'boolean', default: true },
		lighthouse: { type: 'boolean', default: true },
		doc: { type: 'boolean', default: true },
		runs: { type: 'string', default: '3' },
		port: { type: 'string', default: process.env.BENCH_PORT ?? '4185' },
		routes: { type: 'string' },
		base: { type: 'string', default: '/lecun' }
	},
	allowNegative: true
});

export const options = {
	build: values.build,
	lighthouse: values.lighthouse,
	doc: values.doc,
	runs: Number(values.runs),
	port: Number(values.port),
	/** Comma-separated routes to measure instead of all (paths under the base path). */
	routes: values.routes?.split(',').filter(Boolean),
	/** The sub-path the site is built and served under, as newsrooms host it ('' for the root). */
	base: values.base.replace(/\/+$/, '')
};
