// The Content Security Policy of every page, shared by svelte.config.js and the tests.
// SvelteKit (kit.csp, mode "hash") hashes the inline scripts it writes itself; it does not hash
// inline scripts written by hand in src/app.html or in a component's <svelte:head>. Those are
// found here at build time and their sha256 hashes added, so editing one never breaks the page.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Bodies of the inline, executable `<script>` elements in an HTML or Svelte template.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScripts(html) {
	/** @type {string[]} */
	const bodies = [];
	for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script\s*>/gi)) {
		const attrs = m[1] ?? '';
		if (/\ssrc\s*=/i.test(attrs)) continue; // external: allowed by 'self'
		const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
		// Data blocks (JSON) are never run; a CSP does not apply to them.
		if (type && !['text/javascript', 'module', 'application/javascript'].includes(type)) continue;
		bodies.push(m[2] ?? '');
	}
	return bodies;
}

/**
 * A script body as pages are served: without its comment lines and indentation (the boot script
 * in src/app.html is commented for editors; src/hooks.server.ts compacts every inline script as it
 * writes a page and puts the compacted body's hash in the page's policy).
 * @param {string} body
 */
export function compactScript(body) {
	return body.replace(/^[ \t]*\/\/.*\n/gm, '').replace(/^[ \t]+/gm, '');
}

/**
 * `sha256-…` source of one script body, as a browser computes it (UTF-8 of the exact text).
 * @param {string} body
 * @returns {`sha256-${string}`}
 */
export function sha256(body) {
	return `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`;
}

/**
 * Inline scripts inside `<svelte:head>` blocks of the components under `dir`.
 * @param {string} dir
 * @returns {string[]}
 */
function headScripts(dir) {
	/** @type {string[]} */
	const out = [];
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) out.push(...headScripts(path));
		else if (name.endsWith('.svelte')) {
			const source = readFileSync(path, 'utf8');
			for (const m of source.matchAll(/<svelte:head>([\s\S]*?)<\/svelte:head>/g)) {
				out.push(...inlineScripts(m[1] ?? ''));
			}
		}
	}
	return out;
}

/**
 * Hashes of every hand-written inline script: src/app.html and `<svelte:head>` in src/.
 * @param {string} [root]
 */
export function handWrittenScriptHashes(root = '.') {
	const bodies = [
		...inlineScripts(readFileSync(join(root, 'src/app.html'), 'utf8')),
		...headScripts(join(root, 'src'))
	];
	return [...new Set(bodies.map(sha256))];
}

/**
 * kit.csp directives (SvelteKit quotes keywords and hashes itself).
 * @param {string} [root]
 */
export function cspDirectives(root = '.') {
	const directives = {
		'default-src': ['self'],
		'script-src': ['self', ...handWrittenScriptHashes(root)],
		'style-src': ['self', 'unsafe-inline'],
		'object-src': ['none'],
		'base-uri': ['self'],
		'form-action': ['self']
	};
	return directives;
}
