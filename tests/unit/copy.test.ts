import { describe, expect, it } from 'vitest';
import { projectFiles, loadAll } from '$lib/server/content/load';
import { placeholderKeys } from '$lib/server/content/placeholders';

const copyFiles = Object.entries(projectFiles).filter(([path]) => path.startsWith('src/content/'));
/** ArchieML object lines such as `{labels}` and `{}` are structure, not placeholders. */
const prose = (text: string) =>
	text
		.split('\n')
		.map((line) => (/^\s*\{[\w.]*\}\s*$/.test(line) ? '' : line))
		.join('\n');
const properNames = (projectFiles['src/content/proper-names.txt'] ?? '')
	.split('\n')
	.map((l) => l.trim())
	.filter((l) => l && !l.startsWith('#'))
	.sort((a, b) => b.length - a.length);

describe('figures stay data', () => {
	it('reads the copy files and the declared proper names', () => {
		expect(copyFiles.filter(([p]) => p.endsWith('.aml')).length).toBeGreaterThanOrEqual(4);
		expect(properNames).toContain('V-JEPA 2');
	});

	it('has no digit in any copy file outside a placeholder or a declared proper name', () => {
		const offending: string[] = [];
		for (const [path, text] of copyFiles) {
			if (!path.endsWith('.aml')) continue;
			prose(text)
				.split('\n')
				.forEach((line, i) => {
					let rest = line.replace(/\{[^{}]*\}/g, '');
					for (const name of properNames) rest = rest.split(name).join('');
					if (/[0-9０-９]/.test(rest)) offending.push(`${path}:${i + 1}: ${line.trim()}`);
				});
		}
		expect(offending).toEqual([]);
	});

	it('resolves every placeholder in both languages', () => {
		const { figures, quotes } = loadAll();
		const known = (key: string) =>
			key.startsWith('quote.') ? quotes.has(key.slice('quote.'.length)) : !!figures.get(key);
		const missing: string[] = [];
		for (const [path, text] of copyFiles.filter(([p]) => p.endsWith('.aml'))) {
			for (const key of placeholderKeys(prose(text)))
				if (!known(key)) missing.push(`${path}: {${key}}`);
		}
		expect(missing).toEqual([]);
	});
});
