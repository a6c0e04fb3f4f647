import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import * as cheerio from 'cheerio';
import { sha256 } from '../../scripts/csp.js';
import { brokenLinks, cspProblems, references, routes } from '../e2e/site';

/** A tiny build folder: the link checker must pass it, then catch each fault put into it. */
function site(files: Record<string, string>) {
	const root = mkdtempSync(join(tmpdir(), 'links-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}
const good = {
	'index.html':
		'<link href="/base/_app/a.css" rel="stylesheet"><a href="/base/en/#top">en</a><a href="https://example.org/source">source</a><script>import("/base/_app/start.js")</script>',
	'en/index.html':
		'<h1 id="top">x</h1><a href="/base/">zh</a><img src="/base/favicon.svg"><noscript><p id="step-1"><a href="/base/en/#top">top</a></p></noscript>',
	'404.html': '<a href="/base/">home</a>',
	'favicon.svg': '<svg/>',
	'_app/a.css': '.x{background:url(./b.svg)}',
	'_app/b.svg': '<svg/>',
	'_app/start.js': 'import{a}from"./chunk.js";',
	'_app/chunk.js': 'export const a=1;'
};

describe('the link checker of the e2e suite', () => {
	it('finds the pages and every kind of reference', () => {
		const root = site(good);
		expect(routes(root, '/base').sort()).toEqual(['/base/', '/base/404.html', '/base/en/']);
		expect(references(root, 'index.html').map((l) => l.kind)).toEqual([
			'link href',
			'a href',
			'a href',
			'script import'
		]);
		// Links inside <noscript> are read as a browser without scripts reads them.
		expect(references(root, 'en/index.html').map((l) => l.url)).toContain('/base/en/#top');
		expect(brokenLinks(root, '/base', 'https://news.example.com')).toEqual([]);
	});

	it.each([
		['a missing page', 'en/index.html', '<a href="/base/fr/">fr</a>', /does not resolve/],
		['a link outside the base path', '404.html', '<a href="/en/">en</a>', /does not resolve/],
		['a missing anchor', '404.html', '<a href="/base/en/#nope">x</a>', /no id "nope"/],
		['a missing asset in CSS', '_app/a.css', '.x{background:url(./c.svg)}', /css url/],
		['a missing JS chunk', '_app/chunk.js', 'import"./gone.js";', /js import/],
		['an off-site image', '404.html', '<img src="https://cdn.example/x.png">', /img src loads/],
		['a javascript: link', '404.html', '<a href="javascript:alert(1)">x</a>', /scheme/],
		[
			'a missing page inside <noscript>',
			'404.html',
			'<noscript><a href="/base/fr/">fr</a></noscript>',
			/does not resolve/
		],
		[
			'an anchor only inside a script',
			'404.html',
			'<script>"id=\\"top2\\""</script><a href="#top2">x</a>',
			/no id "top2"/
		],
		[
			'a missing share image',
			'404.html',
			'<meta property="og:image" content="https://news.example.com/base/share/en.png">',
			/meta content "https:\/\/news\.example\.com\/base\/share\/en\.png" does not resolve/
		],
		[
			'a script that is not there',
			'404.html',
			'<script type="module" src="/base/_app/gone.js"></script>',
			/script src/
		]
	])('catches %s', (_, path, text, message) => {
		const root = site({ ...good, [path]: text });
		const broken = brokenLinks(root, '/base', 'https://news.example.com');
		expect(broken.length).toBeGreaterThan(0);
		expect(broken.join('\n')).toMatch(message);
	});
});

describe('the Content Security Policy check', () => {
	const body = 'document.documentElement.classList.add("js")';
	const page = (policy: string, scripts = `<script>${body}</script>`) =>
		cheerio.load(
			`<html><head><meta http-equiv="content-security-policy" content="${policy}">${scripts}</head><body></body></html>`
		);
	const good = `default-src 'self'; script-src 'self' '${sha256(body)}'; style-src 'self' 'unsafe-inline'`;

	it('passes a page whose inline scripts are all allowed by hash', () => {
		expect(cspProblems(page(good))).toEqual([]);
	});

	it.each([
		['an edited script', page(good, `<script>${body};</script>`), /not allowed by its hash/],
		['no policy', cheerio.load('<p>x</p>'), /no Content Security Policy/],
		[
			'unsafe-inline',
			page(good.replace("'self' 'sha", "'self' 'unsafe-inline' 'sha")),
			/allows 'unsafe-inline'/
		],
		[
			'a script before the policy',
			cheerio.load(
				`<head><script src="/a.js"></script><meta http-equiv="content-security-policy" content="${good}"></head>`
			),
			/before the policy/
		],
		[
			'another default-src',
			page(good.replace("default-src 'self'", 'default-src *')),
			/default-src is "\*"/
		]
	])('catches %s', (_, $, message) => {
		expect(cspProblems($).join('\n')).toMatch(message);
	});
});
