// Builds the site unless the same build is already there: `npm test` needs build/ in Vitest
// (static checks of the HTML) and then in Playwright (served by vite preview), and a sub-path
// build for the link checks. Each is made once per change of its inputs.
//
//   node scripts/build-once.js            build/ as `npm run build` makes it
//   import { buildOnce } from '…/scripts/build-once.js'; buildOnce({ dir, base, site })
//
// A build is reused when nothing it is made from has changed since it was made here: every file
// git knows or would add (tracked or not ignored), but tests, docs and deploy files, and the
// environment it was built with. Its stamp is kept outside the build (nothing extra is
// deployed), with the time of the build's index.html, so a build made by hand in the same folder
// since (`npm run build`, another BASE_PATH) is never mistaken for it.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const STAMPS = join(ROOT, 'node_modules/.cache/build-once');
/** Paths that do not go into the build (changing them needs no new build). */
const NOT_INPUTS = /^(tests|docs|deploy|\.ci)\/|^[^/]+\.md$|^playwright[^/]*\.config\.ts$/;

/**
 * Hash of the files the build is made from and the settings it is made with, or undefined when
 * git cannot list them (then every call builds).
 * @param {Record<string, string>} settings
 */
function inputsHash(settings) {
	let listed;
	try {
		listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
			cwd: ROOT,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore']
		});
	} catch {
		return undefined;
	}
	const hash = createHash('sha256').update(JSON.stringify(settings));
	for (const file of listed.split('\0').filter(Boolean).sort()) {
		if (NOT_INPUTS.test(file) || !existsSync(join(ROOT, file))) continue;
		hash.update(`\0${file}\0`).update(readFileSync(join(ROOT, file)));
	}
	return hash.digest('hex');
}

/**
 * Makes the build in `dir` (relative to the project root) unless it is already up to date.
 * @param {{ dir?: string, base?: string, site?: string }} [options] `base`: BASE_PATH,
 *   `site`: SITE_URL (both default as in `npm run build`).
 * @returns {{ dir: string, built: boolean, ms: number }}
 */
export function buildOnce({ dir = 'build', base = '', site = '' } = {}) {
	const started = Date.now();
	// Outside the default folder, SvelteKit's own output goes beside it (see svelte.config.js).
	const env = {
		BASE_PATH: base,
		SITE_URL: site,
		BUILD_DIR: dir === 'build' ? '' : dir,
		KIT_OUT_DIR: dir === 'build' ? '' : join(dirname(dir), 'kit')
	};
	const hash = inputsHash(env);
	const stamp = join(STAMPS, `${dir.replace(/[^\w.-]+/g, '_')}.json`);
	const index = join(ROOT, dir, 'index.html');
	const current = () => JSON.stringify({ hash, index: statSync(index).mtimeMs });
	if (hash && existsSync(index) && existsSync(stamp) && readFileSync(stamp, 'utf8') === current()) {
		return { dir, built: false, ms: Date.now() - started };
	}
	execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
		cwd: ROOT,
		stdio: ['ignore', 'inherit', 'inherit'],
		env: withSettings(env)
	});
	if (hash) {
		mkdirSync(STAMPS, { recursive: true });
		writeFileSync(stamp, current());
	}
	return { dir, built: true, ms: Date.now() - started };
}

/**
 * The environment with these settings, an empty one unset (so none leaks in from the shell).
 * @param {Record<string, string>} settings
 */
function withSettings(settings) {
	const env = { ...process.env };
	// Called from Vitest, the environment says NODE_ENV=test, which Vite would build with (other
	// markup and styles than `npm run build`): the build is made as from a shell.
	for (const name of Object.keys(env))
		if (name === 'NODE_ENV' || name.startsWith('VITEST')) delete env[name];
	for (const [name, value] of Object.entries(settings)) {
		if (value) env[name] = value;
		else delete env[name];
	}
	return env;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const { built, ms } = buildOnce();
	console.log(built ? `built build/ in ${ms} ms` : 'build/ is up to date: not rebuilt');
}
