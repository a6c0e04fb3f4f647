/**
 * A small static server for the benchmark: serves `build/` on 127.0.0.1 the way a plain static
 * host with precompression would. A request that accepts gzip gets the `.gz` file adapter-static
 * wrote beside each file (Content-Encoding: gzip); `/path/` serves `/path/index.html`; `/path`
 * redirects to `/path/` when that folder has an index; hashed files under `_app/immutable/` are
 * cacheable for a year, pages are revalidated. Nothing else (no brotli: gzip is what every host
 * serves, and the budgets are in gzip bytes).
 *
 *   node scripts/bench/server.mjs [root=build] [port=4185]
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.woff2': 'font/woff2'
};

const isFile = (p) => existsSync(p) && statSync(p).isFile();

/**
 * Starts the server; resolves to `{ url, close, log }` where `log` lists every response
 * (path, status, bytes sent, encoding) for the byte counts.
 */
export function serve(root = 'build', port = 4185) {
	const base = resolve(root);
	/** @type {{ path: string, status: number, bytes: number, encoding: string }[]} */
	const log = [];
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		let path;
		try {
			path = decodeURIComponent(url.pathname);
		} catch {
			res.writeHead(400).end();
			return;
		}
		let file = normalize(join(base, path));
		if (file !== base && !file.startsWith(base + sep)) {
			res.writeHead(403).end();
			return;
		}
		if (path.endsWith('/')) file = join(file, 'index.html');
		else if (!isFile(file) && isFile(join(file, 'index.html'))) {
			res.writeHead(308, { Location: path + '/' + url.search }).end();
			return;
		}
		if (!isFile(file)) {
			const notFound = join(base, '404.html');
			res.writeHead(404, { 'Content-Type': TYPES['.html'] });
			res.end(isFile(notFound) ? readFileSync(notFound) : 'Not found');
			log.push({ path, status: 404, bytes: 0, encoding: 'identity' });
			return;
		}
		const gzip =
			/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && isFile(file + '.gz');
		const body = readFileSync(gzip ? file + '.gz' : file);
		const headers = {
			'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
			'Content-Length': body.length,
			'Cache-Control': path.includes('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'public, max-age=0, must-revalidate',
			Vary: 'Accept-Encoding',
			'X-Content-Type-Options': 'nosniff'
		};
		if (gzip) headers['Content-Encoding'] = 'gzip';
		res.writeHead(200, headers);
		res.end(req.method === 'HEAD' ? undefined : body);
		log.push({ path, status: 200, bytes: body.length, encoding: gzip ? 'gzip' : 'identity' });
	});
	return new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () =>
			ok({
				url: `http://127.0.0.1:${port}`,
				log,
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
	const { url } = await serve(process.argv[2] ?? 'build', Number(process.argv[3] ?? 4185));
	console.log(`Serving ${process.argv[2] ?? 'build'} (gzip) at ${url}/`);
}
