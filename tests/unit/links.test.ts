import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { brokenLinks, references, routes } from '../e2e/site';

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
	'en/index.html': '<h1 id="top">x</h1><a href="/base/">zh</a><img src="/base/favicon.svg">',
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
		expect(brokenLinks(root, '/base', 'https://news.example.com')).toEqual([]);
	});

	it.each([
		['a missing page', 'en/index.html', '<a href="/base/fr/">fr</a>', /does not resolve/],
		['a link outside the base path', '404.html', '<a href="/en/">en</a>', /does not resolve/],
		['a missing anchor', '404.html', '<a href="/base/en/#nope">x</a>', /no id "nope"/],
		['a missing asset in CSS', '_app/a.css', '.x{background:url(./c.svg)}', /css url/],
		['a missing JS chunk', '_app/chunk.js', 'import"./gone.js";', /js import/],
		['an off-site image', '404.html', '<img src="https://cdn.example/x.png">', /img src loads/],
		['a javascript: link', '404.html', '<a href="javascript:alert(1)">x</a>', /scheme/]
	])('catches %s', (_, path, text, message) => {
		const root = site({ ...good, [path]: text });
		const broken = brokenLinks(root, '/base', 'https://news.example.com');
		expect(broken.length).toBeGreaterThan(0);
		expect(broken.join('\n')).toMatch(message);
	});
});
