import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';

/** Every file under a build folder (no precompressed copies), as paths relative to it. */
export function buildFiles(root: string): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (!/\.(gz|br)$/.test(name)) out.push(relative(root, path).split('\\').join('/'));
		}
	};
	walk(root);
	return out.sort();
}

/** Every page of the build, as the URL path a reader opens (with the base path): `/`, `/en/`, `/404.html`. */
export function routes(root: string, base = ''): string[] {
	return buildFiles(root)
		.filter((f) => f.endsWith('.html'))
		.map((f) => `${base}/${f.replace(/(^|\/)index\.html$/, '$1')}`);
}

/** The file a static host serves for a URL path inside the site, or undefined. */
export function resolvePath(root: string, base: string, path: string): string | undefined {
	if (base && path !== base && !path.startsWith(`${base}/`)) return undefined;
	let rel = decodeURIComponent(path.slice(base.length)).replace(/^\//, '');
	if (rel === '' || rel.endsWith('/')) rel += 'index.html';
	const file = join(root, rel);
	return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** Bodies of the inline scripts a browser would run (not JSON data blocks, not src=…). */
export function inlineScriptBodies(html: string): string[] {
	return [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)]
		.filter(([, attrs = '']) => !/\ssrc=/i.test(attrs))
		.filter(([, attrs = '']) => {
			const type = /\stype="?([^"\s>]+)/i.exec(attrs)?.[1];
			return !type || type === 'module' || type === 'text/javascript';
		})
		.map(([, , body = '']) => body);
}

export const sha256 = (text: string) =>
	`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy in a page's `<meta http-equiv="content-security-policy">`, by directive. */
export function metaCsp(html: string): Map<string, string[]> | undefined {
	const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
	if (!content) return undefined;
	const policy = content
		.replaceAll('&#39;', "'")
		.replaceAll('&quot;', '"')
		.replaceAll('&amp;', '&');
	return new Map(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((d) => d[0])
			.map(([name, ...values]) => [name!, values])
	);
}

export interface Link {
	from: string;
	url: string;
	/** The tag and attribute it came from, e.g. `a href`. */
	kind: string;
}

/** Links and asset references in one built file (HTML attributes, CSS url(), JS imports). */
export function references(root: string, file: string): Link[] {
	const text = readFileSync(join(root, file), 'utf8');
	const links: Link[] = [];
	if (file.endsWith('.html')) {
		const withoutScripts = text.replace(/<script[\s\S]*?<\/script>/gi, '');
		for (const m of withoutScripts.matchAll(/<([a-z]+)\b([^>]*)>/gi)) {
			const [, tag = '', attrs = ''] = m;
			for (const a of attrs.matchAll(/\s(href|src|poster|action|data)="([^"]*)"/gi)) {
				links.push({ from: file, url: a[2]!.replaceAll('&amp;', '&'), kind: `${tag} ${a[1]}` });
			}
			const srcset = /\ssrcset="([^"]*)"/i.exec(attrs)?.[1];
			for (const part of srcset?.split(',') ?? []) {
				links.push({ from: file, url: part.trim().split(/\s+/)[0]!, kind: `${tag} srcset` });
			}
		}
		// SvelteKit's start script imports its entry modules by absolute path.
		for (const m of text.matchAll(/import\("([^"]+)"\)/g)) {
			links.push({ from: file, url: m[1]!, kind: 'script import' });
		}
	} else if (file.endsWith('.css')) {
		for (const m of text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
			if (!m[1]!.startsWith('data:')) links.push({ from: file, url: m[1]!, kind: 'css url' });
		}
	} else if (file.endsWith('.js')) {
		for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
			links.push({ from: file, url: m[1]!, kind: 'js import' });
		}
	}
	return links;
}

/**
 * Internal links and assets of a build that do not resolve to a file (or to an id in it).
 * `site` is the public origin the build was made with (its canonical links are internal too).
 */
export function brokenLinks(root: string, base: string, site: string): string[] {
	const broken: string[] = [];
	const pages = new Map<string, string>();
	const page = (file: string) => {
		if (!pages.has(file)) pages.set(file, readFileSync(file, 'utf8'));
		return pages.get(file)!;
	};
	for (const file of buildFiles(root).filter((f) => /\.(html|css|js)$/.test(f))) {
		for (const link of references(root, file)) {
			let url = link.url;
			if (url.startsWith(site + '/')) url = url.slice(site.length);
			if (/^(https?:)?\/\//i.test(url)) {
				// Leaving the site is only for a reader's click (sources); never for something loaded.
				if (link.kind !== 'a href') broken.push(`${file}: ${link.kind} loads ${url}`);
				continue;
			}
			if (/^(mailto|tel):/i.test(url)) continue;
			if (/^[a-z]+:/i.test(url)) {
				broken.push(`${file}: ${link.kind} "${url}" (scheme not allowed)`);
				continue;
			}
			const [pathPart = '', hash] = url.split('#');
			const path = pathPart.split('?')[0]!;
			let target: string | undefined;
			if (path === '') target = join(root, file);
			else if (path.startsWith('/')) target = resolvePath(root, base, path);
			else {
				const abs = posix.join('/', posix.dirname(file), path);
				target = resolvePath(root, '', abs);
			}
			if (!target) {
				broken.push(`${file}: ${link.kind} "${link.url}" does not resolve`);
				continue;
			}
			if (hash && target.endsWith('.html') && !page(target).includes(`id="${hash}"`)) {
				broken.push(`${file}: ${link.kind} "${link.url}": no id "${hash}" in ${target}`);
			}
		}
	}
	return broken;
}
