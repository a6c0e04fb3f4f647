/**
 * Prints the JavaScript a built page loads (entry, imports and lazy chunks it can reach), raw and
 * gzip: `npm run size` after `npm run build`. A measuring script, not a test.
 */
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
const root = process.argv[2] ?? 'build';
const page = process.argv[3] ?? 'index.html';
const html = readFileSync(join(root, page), 'utf8');
const seen = new Set();
const queue = [...html.matchAll(/(?:href|src|import\()\s*=?\s*["']([^"']+\.js)["']/g)].map(
	(m) => m[1]
);
// entry imports inside inline script
for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) queue.push(m[1]);
let raw = 0,
	gz = 0;
const resolve = (from, spec) =>
	spec.startsWith('/') ? join(root, spec) : join(dirname(from), spec);
const files = queue.map((q) => (q.startsWith('/') ? join(root, q) : join(root, dirname(page), q)));
while (files.length) {
	const f = files.shift();
	if (seen.has(f) || !existsSync(f)) continue;
	seen.add(f);
	const t = readFileSync(f);
	raw += t.length;
	gz += gzipSync(t, { level: 9 }).length;
	for (const m of t.toString().matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g))
		files.push(resolve(f, m[1]));
}
console.log(
	`${page}: ${seen.size} JS files, ${(raw / 1000).toFixed(1)} KB raw, ${(gz / 1000).toFixed(1)} KB gzip (incl. lazy chunks reachable)`
);
