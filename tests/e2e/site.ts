import * as cheerio from 'cheerio';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { sha256 } from '../../scripts/csp.js';

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
function resolvePath(root: string, base: string, path: string): string | undefined {
	if (base && path !== base && !path.startsWith(`${base}/`)) return undefined;
	let rel = decodeURIComponent(path.slice(base.length)).replace(/^\//, '');
	if (rel === '' || rel.endsWith('/')) rel += 'index.html';
	const file = join(root, rel);
	return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * A built HTML page, parsed as a browser running scripts does (parse5: `<noscript>` is text), or
 * with `noscript: true` with its `<noscript>` content as markup, so links and ids there count
 * too (htmlparser2, four times faster on these 440 KB pages; the same elements and attributes).
 */
export function parsePage(root: string, file: string, { noscript = false } = {}) {
	const html = readFileSync(join(root, file), 'utf8');
	return noscript ? cheerio.load(html, { xml: { xmlMode: false } }) : cheerio.load(html);
}

/**
 * The inline scripts a browser would run (not JSON data blocks, not src=…): their exact text,
 * which is what a CSP hash covers.
 */
function inlineScriptBodies($: cheerio.CheerioAPI): string[] {
	return $('script:not([src])')
		.filter((_, el) => ['', 'module', 'text/javascript'].includes($(el).attr('type') ?? ''))
		.map((_, el) => $(el).text())
		.get();
}

/** The policy in a page's `<meta http-equiv="content-security-policy">`, by directive. */
function metaCsp($: cheerio.CheerioAPI): Map<string, string[]> | undefined {
	const policy = $('meta[http-equiv="content-security-policy" i]').attr('content');
	if (policy === undefined) return undefined;
	return new Map(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((d) => d[0])
			.map(([name, ...values]) => [name!, values])
	);
}

/**
 * What is wrong with a page's Content Security Policy: missing, allowing anything unsafe, or not
 * allowing one of the page's inline scripts by its hash. The `<meta>` governs only what follows
 * it, so every script and module preload must come after it, but the hand-written head scripts
 * of src/app.html (`before`, hashed all the same), which run before it by design.
 */
export function cspProblems($: cheerio.CheerioAPI, before: string[] = []): string[] {
	const csp = metaCsp($);
	if (!csp) return ['no Content Security Policy <meta>'];
	const problems: string[] = [];
	const expect = (name: string, value: string) => {
		const found = csp.get(name)?.join(' ');
		if (found !== value) problems.push(`${name} is "${found}", expected "${value}"`);
	};
	expect('default-src', "'self'");
	expect('style-src', "'self' 'unsafe-inline'");
	const scripts = csp.get('script-src') ?? [];
	if (!scripts.includes("'self'")) problems.push(`script-src without 'self'`);
	for (const source of scripts.filter((s) => /unsafe|\*|data:|https?:/.test(s))) {
		problems.push(`script-src allows ${source}`);
	}
	for (const body of inlineScriptBodies($)) {
		if (!scripts.includes(`'${sha256(body)}'`)) {
			problems.push(`inline script not allowed by its hash: ${body.trim().slice(0, 120)}`);
		}
	}
	const order = $('*').toArray();
	const policyAt = order.indexOf($('meta[http-equiv="content-security-policy" i]').get(0)!);
	$('script, link[rel="modulepreload"]').each((_, el) => {
		if (order.indexOf(el) < policyAt && !before.includes($(el).text())) {
			problems.push(
				`<${el.tagName} ${$(el).attr('src') ?? $(el).attr('href') ?? ''}> comes before the policy`
			);
		}
	});
	return problems;
}

export interface Link {
	from: string;
	url: string;
	/** The tag and attribute it came from, e.g. `a href`. */
	kind: string;
}

/** Attributes that name another file or page. */
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'action', 'data'];
/** Share-card images, absolute URLs in `<meta content>`: fetched by every site the page is shared on. */
const SHARE_IMAGES = 'meta[property="og:image"], meta[name="twitter:image"]';

/**
 * Links and asset references in one built file (HTML attributes, CSS url(), JS imports); `$`:
 * the page already parsed with `noscript: true`.
 */
export function references(
	root: string,
	file: string,
	$ = file.endsWith('.html') ? parsePage(root, file, { noscript: true }) : undefined
): Link[] {
	const links: Link[] = [];
	const add = (url: string, kind: string) => links.push({ from: file, url, kind });
	if ($) {
		$([...URL_ATTRIBUTES, 'srcset'].map((name) => `[${name}]`).join(', ')).each((_, el) => {
			const tag = $(el).prop('tagName')!.toLowerCase();
			for (const name of URL_ATTRIBUTES) {
				const url = $(el).attr(name);
				if (url !== undefined) add(url, `${tag} ${name}`);
			}
			for (const part of $(el).attr('srcset')?.split(',') ?? []) {
				add(part.trim().split(/\s+/)[0]!, `${tag} srcset`);
			}
		});
		$(SHARE_IMAGES).each((_, el) => {
			add($(el).attr('content') ?? '', 'meta content');
		});
		// SvelteKit's start script imports its entry modules by absolute path.
		for (const body of inlineScriptBodies($)) {
			for (const m of body.matchAll(/import\("([^"]+)"\)/g)) add(m[1]!, 'script import');
		}
	} else if (file.endsWith('.css')) {
		const text = readFileSync(join(root, file), 'utf8');
		for (const m of text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
			if (!m[1]!.startsWith('data:')) add(m[1]!, 'css url');
		}
	} else if (file.endsWith('.js')) {
		const text = readFileSync(join(root, file), 'utf8');
		for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
			add(m[1]!, 'js import');
		}
	}
	return links;
}

/** The ids of a parsed page's elements: the targets of `#…` links. */
const idsIn = ($: cheerio.CheerioAPI) =>
	new Set(
		$('[id]')
			.toArray()
			.map((el) => el.attribs.id!)
	);

/**
 * Internal links and assets of a build that do not resolve to a file (or to an id in it).
 * `site` is the public origin the build was made with (its canonical links are internal too).
 */
export function brokenLinks(root: string, base: string, site: string): string[] {
	const broken: string[] = [];
	const pages = new Map<string, cheerio.CheerioAPI>();
	const page = (file: string) => {
		if (!pages.has(file)) pages.set(file, parsePage(root, file, { noscript: true }));
		return pages.get(file)!;
	};
	const ids = new Map<string, Set<string>>();
	const idsOf = (path: string) => {
		if (!ids.has(path)) ids.set(path, idsIn(page(relative(root, path).split('\\').join('/'))));
		return ids.get(path)!;
	};
	for (const file of buildFiles(root).filter((f) => /\.(html|css|js)$/.test(f))) {
		const $ = file.endsWith('.html') ? page(file) : undefined;
		for (const link of references(root, file, $)) {
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
			if (hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(hash))) {
				broken.push(`${file}: ${link.kind} "${link.url}": no id "${hash}" in ${target}`);
			}
		}
	}
	return broken;
}

/** The URLs in an embed code a newsroom pastes: the container's, the no-script link, the loader, the iframe. */
export function snippetUrls(code: string): string[] {
	// htmlparser2, so the link inside <noscript> is markup, as in parsePage's `noscript: true`.
	const $ = cheerio.load(code, { xml: { xmlMode: false } });
	return ['data-lecun-embed', 'href', 'src'].flatMap((name) =>
		$(`[${name}]`)
			.toArray()
			.map((el) => $(el).attr(name)!)
	);
}

/** Those of `urls` that are not a file of the build at `root` (or an id in it), with why. */
export function missingInBuild(urls: string[], root: string, base: string, site: string) {
	return urls.flatMap((url) => {
		if (!url.startsWith(`${site}${base}/`)) return [`${url}: not on ${site}${base}/`];
		const [path = '', hash] = url.slice(site.length).split('#');
		const file = resolvePath(root, base, path);
		if (!file) return [`${url}: no file in ${root}`];
		if (hash && !idsIn(parsePage(root, relative(root, file), { noscript: true })).has(hash))
			return [`${url}: no id`];
		return [];
	});
}
