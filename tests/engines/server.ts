/**
 * The two origins of the tour: the built site, served from `build/` as a static host would,
 * and a newsroom's host page on another port (another origin) that pastes the embed snippets.
 *
 * Every HTML page (site and host) gets one extra script first in its `<head>`,
 * `/__tour/capture.js`: it records uncaught errors, rejected promises, failed loads, CSP
 * violations and `console.error`/`console.warn` calls in the page, so the tour reads them in
 * each engine the same way (WebKit's WebDriver has no console log to read). It is served from
 * the page's own origin, which the site's CSP allows (`script-src 'self'`), and only observes.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

/** What the capture script records, read back by `problems()` in tour.ts. */
const CAPTURE = `(() => {
	const seen = (window.__tour = []);
	const text = (v) => {
		if (v instanceof Error) return v.message;
		try {
			return typeof v === 'string' ? v : JSON.stringify(v);
		} catch {
			return String(v);
		}
	};
	for (const level of ['error', 'warn']) {
		const original = console[level];
		console[level] = (...args) => {
			seen.push('console.' + level + ': ' + args.map(text).join(' '));
			original.apply(console, args);
		};
	}
	addEventListener('error', (e) => {
		const el = e.target;
		if (el && el !== window && el.tagName) {
			seen.push('failed to load: <' + el.tagName.toLowerCase() + '> ' + (el.src || el.href || ''));
		} else {
			seen.push('uncaught: ' + e.message + ' (' + e.filename + ':' + e.lineno + ')');
		}
	}, true);
	addEventListener('unhandledrejection', (e) => seen.push('unhandled rejection: ' + text(e.reason)));
	addEventListener('securitypolicyviolation', (e) =>
		seen.push('CSP: ' + e.violatedDirective + ' ' + e.blockedURI));
})();`;

const TAG = '<script src="/__tour/capture.js"></script>';

function listen(server: Server): Promise<string> {
	return new Promise((ok) =>
		server.listen(0, '127.0.0.1', () => {
			ok(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
		})
	);
}

export interface Servers {
	/** Origin of the built site. */
	site: string;
	/** Origin of the host page (another port: another origin). */
	host: string;
	/** Sets the host page's body (the snippets under test). */
	setHostBody(html: string): void;
	close(): Promise<void>;
}

export async function startServers(root = 'build'): Promise<Servers> {
	const files = sirv(root, { dev: false, etag: true, gzip: false, brotli: false });
	const site = createServer((req, res) => {
		const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
		if (path === '/__tour/capture.js') {
			res.writeHead(200, { 'content-type': 'text/javascript' });
			return res.end(CAPTURE);
		}
		// HTML pages: the file sirv would serve, with the capture script first in <head>.
		const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
		if (file.endsWith('.html')) {
			let html: string;
			try {
				html = readFileSync(file, 'utf8');
			} catch {
				return files(req, res, () => notFound(res));
			}
			res.writeHead(200, {
				'content-type': 'text/html; charset=utf-8',
				'cache-control': 'no-store'
			});
			return res.end(html.replace('<head>', `<head>${TAG}`));
		}
		files(req, res, () => notFound(res));
	});
	const notFound = (res: import('node:http').ServerResponse) => {
		res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
		res.end(readFileSync(join(root, '404.html'), 'utf8').replace('<head>', `<head>${TAG}`));
	};

	let body = '';
	const host = createServer((req, res) => {
		if (req.url === '/__tour/capture.js') {
			res.writeHead(200, { 'content-type': 'text/javascript' });
			return res.end(CAPTURE);
		}
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
		res.end(hostPage(body));
	});

	const [siteOrigin, hostOrigin] = await Promise.all([listen(site), listen(host)]);
	return {
		site: siteOrigin,
		host: hostOrigin,
		setHostBody: (html) => (body = html),
		close: () =>
			Promise.all(
				[site, host].map(
					(s) =>
						new Promise<void>((ok) => {
							s.closeAllConnections();
							s.close(() => ok());
						})
				)
			).then(() => {})
	};
}

/**
 * A newsroom's article around the snippets. It logs every height each embed frame takes, from
 * the one the loader reserves at insertion to the ones the embed reports, in `window.__heights`.
 */
const hostPage = (
	body: string
) => `<!doctype html><html lang="en"><head>${TAG}<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Host article</title>
<style>body{margin:0 auto;max-width:46rem;padding:0 1rem;background:#f7f4ef;color:#222;font:18px/1.6 Georgia,serif}</style>
<script>
window.__heights = [];
new MutationObserver((records) => {
	for (const r of records) for (const n of r.addedNodes) {
		if (n.tagName !== 'IFRAME') continue;
		const log = { frame: n, heights: [n.style.height] };
		window.__heights.push(log);
		new MutationObserver(() => {
			if (log.heights.at(-1) !== n.style.height) log.heights.push(n.style.height);
		}).observe(n, { attributes: true, attributeFilter: ['style'] });
	}
}).observe(document, { childList: true, subtree: true });
</script>
</head><body><h1>A newsroom's article</h1><p>Some text before the chart, as in any article.</p>${body}
<p>Some text after the chart.</p><p>And more.</p></body></html>`;
