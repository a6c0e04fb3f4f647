import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdtempSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { render } from 'svelte/server';
import App from '$lib/story/App.svelte';
import { loadAll, projectFiles, type Files } from '$lib/server/content/load';
import { pageStory } from '$lib/server/site/pageStory';
import { ContentError } from '$lib/server/content/errors';
import { cspDirectives, handWrittenScriptHashes, inlineScripts } from '../../scripts/csp.js';

const SCRIPT = '<script>alert(document.cookie)</script>';
const IMG = '<img src=x onerror=alert(document.domain)>';

/** The project's files with hostile markup typed into copy and data by an editor. */
function hostile(): Files {
	const files = { ...projectFiles };
	const edit = (path: string, from: string | RegExp, to: string) => {
		const before = files[path]!;
		files[path] = before.replace(from, to);
		if (files[path] === before) throw new Error(`test setup: ${path} unchanged`);
	};
	// A story paragraph, a step paragraph, a chart note, a label, a ui word, a source title.
	edit('src/content/zh/story.aml', /^\* /m, `* ${SCRIPT}`);
	edit(
		'src/content/en/leaderboard.aml',
		'* According to the leaderboard archived on {leaderboard.board_date}',
		`* ${IMG} According to the leaderboard archived on {leaderboard.board_date}`
	);
	edit('src/content/en/leaderboard.aml', 'chart.note: rank', `chart.note: ${SCRIPT} rank`);
	edit('src/content/en/leaderboard.aml', 'rank_header: Rank', `rank_header: ${IMG}`);
	edit('src/content/en/story.aml', 'skip_link: Skip', `skip_link: ${IMG} Skip`);
	edit(
		'src/data/sources.csv',
		'Text leaderboard as archived',
		`${IMG} Text leaderboard as archived`
	);
	return files;
}

describe('copy is rendered as text, never as markup', () => {
	const { stories } = loadAll(hostile());
	for (const lang of ['zh', 'en'] as const) {
		it(`${lang}: a <script> and an onerror= typed into the copy reach the page as visible text only`, () => {
			const { body, head } = render(App, {
				props: {
					story: pageStory(stories[lang]),
					otherLanguageHref: '/',
					otherModeHref: '/article/'
				}
			});
			const html = head + body;
			// The hostile text is there (so the test could fail)…
			const escaped =
				lang === 'zh' ? '&lt;script>alert(document.cookie)&lt;/script>' : '&lt;img src=x onerror=';
			expect(html.replaceAll('&gt;', '>')).toContain(escaped);
			// …but never as an element or an attribute.
			expect(html).not.toMatch(/<script/i);
			expect(html).not.toMatch(/<img/i);
			// An attribute inside a tag (text between tags may say "onerror=", escaped).
			expect(html).not.toMatch(/<[a-z][^>]*\sonerror\s*=/i);
		});
	}

	it('a source link that is not https:// (javascript:, data:, http:) stops the build', () => {
		for (const url of [
			'javascript:alert(document.domain)',
			'data:text/html;hi',
			'http://example.com/'
		]) {
			const files = { ...projectFiles };
			files['src/data/sources.csv'] = files['src/data/sources.csv']!.replace(
				'https://github.com/fboulnois/llm-leaderboard-csv',
				url
			);
			expect(() => loadAll(files), url).toThrow(ContentError);
			expect(() => loadAll(files), url).toThrow(/column "url".*expected a link .*https:/);
		}
	});
});

describe('the Content Security Policy covers every hand-written inline script', () => {
	it('finds the inline scripts of src/app.html and hashes them as a browser does', () => {
		const app = readFileSync('src/app.html', 'utf8');
		const bodies = inlineScripts(app);
		expect(bodies.length).toBeGreaterThanOrEqual(1);
		const hashes = handWrittenScriptHashes();
		for (const body of bodies) {
			const h = `sha256-${createHash('sha256').update(body).digest('base64')}`;
			expect(hashes).toContain(h);
		}
		expect(cspDirectives()['script-src']).toEqual(['self', ...hashes]);
	});

	it('an edit to an inline script, or one added in a <svelte:head>, changes the hashes', () => {
		const root = mkdtempSync(join(tmpdir(), 'csp-'));
		mkdirSync(join(root, 'src/routes/embed'), { recursive: true });
		const app = readFileSync('src/app.html', 'utf8');
		writeFileSync(join(root, 'src/app.html'), app);
		const before = handWrittenScriptHashes(root);
		writeFileSync(join(root, 'src/app.html'), app.replace('<script>', '<script>\n\t\t\t// edited'));
		const edited = handWrittenScriptHashes(root);
		expect(edited).not.toEqual(before);
		writeFileSync(
			join(root, 'src/routes/embed/+page.svelte'),
			'<script lang="ts">let x = 1;</script>\n<svelte:head><script>document.documentElement.dataset.t = "dark";</script></svelte:head>\n<p>{x}</p>'
		);
		const withHead = handWrittenScriptHashes(root);
		expect(withHead).toHaveLength(edited.length + 1);
		expect(withHead).toContain(
			`sha256-${createHash('sha256').update('document.documentElement.dataset.t = "dark";').digest('base64')}`
		);
	});

	it('the policy has no unsafe-eval and no unsafe-inline for scripts, and self only by default', () => {
		const d = cspDirectives();
		expect(d['default-src']).toEqual(['self']);
		expect(d['script-src']).not.toContain('unsafe-inline');
		expect(d['script-src']).not.toContain('unsafe-eval');
		expect(d['style-src']).toEqual(['self', 'unsafe-inline']);
	});

	it('ignores JSON data blocks and external scripts', () => {
		expect(
			inlineScripts(
				'<script type="application/json">{"a":1}</script><script src="/x.js"></script><script type="module">go()</script>'
			)
		).toEqual(['go()']);
	});
});
