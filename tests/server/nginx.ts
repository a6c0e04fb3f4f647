import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';

/** Debian's nginx (in /usr/sbin, often not on a user's PATH), or NGINX_PATH. */
export const nginxPath = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'].find(
	(p): p is string => Boolean(p && existsSync(p))
);

/** Debian's libnginx-mod-http-brotli-static, where nginx loads it from (its --modules-path). */
export const brotliModule = ['/usr/lib/nginx/modules/ngx_http_brotli_static_module.so'].find((p) =>
	existsSync(p)
);

/** A TCP port nothing listens on right now. */
function freePort(): Promise<number> {
	return new Promise((ok, fail) => {
		const server = createServer();
		server.on('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => ok(port));
		});
	});
}

/**
 * deploy/nginx.conf filled in as `envsubst '$LISTEN $BUILD_ROOT $BASE_PATH'` would: only those
 * three names are replaced, nginx's own variables stay. Without the brotli module, the one line
 * the template marks for it is left out (as its comment tells a newsroom to do).
 */
function renderSiteConf(values: { LISTEN: string; BUILD_ROOT: string; BASE_PATH: string }) {
	let conf = readFileSync('deploy/nginx.conf', 'utf8');
	for (const [name, value] of Object.entries(values)) {
		conf = conf.replace(new RegExp(`\\$\\{${name}\\}|\\$${name}\\b`, 'g'), value);
	}
	if (!brotliModule) conf = conf.replace(/^\s*brotli_static .*\n/m, '');
	return conf;
}

export interface Nginx {
	origin: string;
	/** The piece's root URL: origin + base path. */
	root: string;
	stop(): Promise<void>;
}

/**
 * Starts nginx unprivileged-style in a temporary prefix: the site config rendered from the
 * template, inside a small main config standing in for Debian's /etc/nginx/nginx.conf (pid,
 * logs and temp folders in the prefix, `daemon off` so this process owns it).
 */
export async function startNginx(buildDir: string, base: string): Promise<Nginx> {
	if (!nginxPath) throw new Error('nginx not found: apt-get install nginx (or set NGINX_PATH)');
	const prefix = mkdtempSync(join(tmpdir(), 'lecun-nginx-'));
	const port = await freePort();
	writeFileSync(
		join(prefix, 'lecun.conf'),
		renderSiteConf({ LISTEN: `127.0.0.1:${port}`, BUILD_ROOT: resolve(buildDir), BASE_PATH: base })
	);
	const user = userInfo();
	writeFileSync(
		join(prefix, 'nginx.conf'),
		[
			'daemon off;',
			'worker_processes 1;',
			'pid nginx.pid;',
			'error_log error.log warn;',
			// Run as root (as CI does), workers would drop to nobody, who may not be allowed to read a
			// checkout under /root; a server keeps Debian's www-data, with the build readable by it.
			user.uid === 0 ? `user ${user.username};` : '',
			brotliModule ? `load_module ${brotliModule};` : '',
			'events { worker_connections 256; }',
			'http {',
			'  include /etc/nginx/mime.types;',
			'  default_type application/octet-stream;',
			'  sendfile on;',
			'  access_log access.log;',
			...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${t};`),
			'  include lecun.conf;',
			'}'
		].join('\n')
	);
	const conf = join(prefix, 'nginx.conf');
	const args = ['-p', `${prefix}/`, '-c', conf, '-e', join(prefix, 'error.log')];
	const test = spawnSync(nginxPath, [...args, '-t'], { encoding: 'utf8' });
	if (test.status !== 0) throw new Error(`nginx -t failed:\n${test.stderr}`);
	const child = spawn(nginxPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
	let stderr = '';
	child.stderr!.on('data', (d) => (stderr += d));
	const origin = `http://127.0.0.1:${port}`;
	await waitUntilServing(`${origin}${base}/`, child, () => stderr + readLog(prefix));
	const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
	return {
		origin,
		root: `${origin}${base}/`,
		async stop() {
			// QUIT: finish the requests in flight, then exit; TERM if that takes too long.
			child.kill('SIGQUIT');
			const timer = setTimeout(() => child.kill('SIGTERM'), 5000);
			await exited;
			clearTimeout(timer);
			const errors = readLog(prefix)
				.split('\n')
				// The test asks for missing files on purpose (404s); anything else is a problem.
				.filter(
					(l) => l && !/"[^"]*" (failed|is not found) \(2: No such file or directory\)/.test(l)
				);
			rmSync(prefix, { recursive: true, force: true });
			if (errors.length) throw new Error(`nginx error log:\n${errors.join('\n')}`);
		}
	};
}

const readLog = (prefix: string) => {
	const file = join(prefix, 'error.log');
	return existsSync(file) ? readFileSync(file, 'utf8') : '';
};

async function waitUntilServing(url: string, child: ChildProcess, log: () => string) {
	const deadline = Date.now() + 10_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`nginx exited:\n${log()}`);
		const up = await new Promise<boolean>((ok) => {
			const req = request(url, { method: 'HEAD' }, (res) => {
				res.resume();
				ok(true);
			});
			req.on('error', () => ok(false));
			req.end();
		});
		if (up) return;
		await new Promise((r) => setTimeout(r, 50));
	}
	child.kill('SIGTERM');
	throw new Error(`nginx did not answer ${url}:\n${log()}`);
}
