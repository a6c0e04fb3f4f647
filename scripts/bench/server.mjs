/**
 * The benchmark's static server: `build/` as a plain static host with precompression serves it
 * (sirv: the `.gz` beside each file when the browser accepts gzip; `/path/` → `/path/index.html`;
 * hashed files under `_app/immutable/` cached for a year, pages revalidated; `404.html` with
 * status 404), plus the floor pages under `/__floor/` from the same server, so every route and
 * the floor are measured over the same wire in the same run. No brotli: the budgets are in gzip.
 *
 *   BASE_PATH=/lecun node scripts/bench/server.mjs [root=build] [port=4185]
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';

const FLOOR_PREFIX = '/__floor';

/** Cache headers as a newsroom's host sets them (see deploy/ and the README's hosting notes). */
function setHeaders(res, pathname) {
	res.setHeader(
		'Cache-Control',
		pathname.includes('/_app/immutable/')
			? 'public, max-age=31536000, immutable'
			: 'public, max-age=0, must-revalidate'
	);
	res.setHeader('X-Content-Type-Options', 'nosniff');
}

/**
 * Starts the server; resolves to `{ url, floorUrl, close }`. The site is served under `base`
 * (a build made with the same BASE_PATH); `floorRoot` (optional) is a folder served under
 * `/__floor/` (see floor.mjs).
 */
export function serve(root = 'build', port = 4185, { base = '', floorRoot } = {}) {
	const site = sirv(root, { gzip: true, dev: false, etag: true, setHeaders });
	const floor = floorRoot && sirv(floorRoot, { gzip: true, dev: false, etag: true, setHeaders });
	const notFound = () => readFileSync(join(root, '404.html'));
	const server = createServer((req, res) => {
		const notFoundPage = () => {
			res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
			res.end(notFound());
		};
		const url = req.url ?? '/';
		if (floor && url.startsWith(FLOOR_PREFIX + '/')) {
			req.url = url.slice(FLOOR_PREFIX.length);
			floor(req, res, notFoundPage);
		} else if (url.startsWith(base + '/')) {
			req.url = url.slice(base.length);
			site(req, res, notFoundPage);
		} else notFoundPage();
	});
	return new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () =>
			ok({
				origin: `http://127.0.0.1:${port}`,
				url: `http://127.0.0.1:${port}${base}`,
				floorUrl: `http://127.0.0.1:${port}${FLOOR_PREFIX}`,
				close: () =>
					new Promise((done) => {
						server.close(() => done(undefined));
						// Browsers keep connections alive: end them, or close() waits for them.
						server.closeAllConnections();
					})
			})
		);
	});
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const { url } = await serve(process.argv[2] ?? 'build', Number(process.argv[3] ?? 4185), {
		base: process.env.BASE_PATH ?? ''
	});
	console.log(`Serving ${process.argv[2] ?? 'build'} (gzip) at ${url}/`);
}
