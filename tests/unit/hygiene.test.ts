import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

// The source article arrived with gambling-spam keywords above it; none may ever ship.
// Written as escapes so this file does not itself contain them.
const SPAM = ['\u5357\u5bab', '\u5f69\u7968', '\u5f00\u5956', '\u4e0b\u6ce8'];
const SKIP = new Set([
	'node_modules',
	'.git',
	'.svelte-kit',
	'test-results',
	'playwright-report',
	'.build-base-path'
]);

function* files(dir: string): Generator<string> {
	for (const name of readdirSync(dir)) {
		if (SKIP.has(name)) continue;
		const path = join(dir, name);
		if (statSync(path).isDirectory()) yield* files(path);
		else if (!/\.(png|jpe?g|gz|br|ico|woff2?)$/.test(name)) yield path;
	}
}

describe('project hygiene', () => {
	it('has no gambling-spam words anywhere in the project or the build', () => {
		const hits: string[] = [];
		for (const path of files('.')) {
			const text = readFileSync(path, 'utf8');
			for (const word of SPAM) if (text.includes(word)) hits.push(`${path}: ${word}`);
		}
		expect(hits).toEqual([]);
		expect(existsSync('src')).toBe(true);
	});
});
