/**
 * Charts on paper: a browser prints no backgrounds unless the page asks, and many marks (the
 * leaderboard's dots and intervals, AMI's bars, the deal's cells) are boxes with a background.
 * Each chart's embed is printed to PDF as Chromium prints by default (no background graphics),
 * and its first page rasterised by Ghostscript (`gs`: Debian's ghostscript, which `.ci/run`
 * installs): the chart's two mark colours must be on paper, not only its words.
 */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cssColours } from '../shared/dots';
import { parseRgb, pixelsOf } from '../shared/paint';

/** A PDF's first page as a PNG at 36 dpi (not anti-aliased: the colours stay exact). */
function firstPage(pdf: Uint8Array): Uint8Array {
	const dir = mkdtempSync(join(tmpdir(), 'print-'));
	try {
		writeFileSync(join(dir, 'page.pdf'), pdf);
		execFileSync('gs', [
			'-q',
			'-dSAFER',
			'-dBATCH',
			'-dNOPAUSE',
			'-dLastPage=1',
			'-sDEVICE=png16m',
			'-r36',
			`-sOutputFile=${join(dir, 'page.png')}`,
			join(dir, 'page.pdf')
		]);
		return readFileSync(join(dir, 'page.png'));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

for (const chart of ['leaderboard', 'deal', 'layoffs', 'ami']) {
	test(
		`printed, the ${chart} chart keeps its marks' colours`,
		{ tag: '@desktop' },
		async ({ page }) => {
			await page.goto(`/embed/${chart}/`);
			const [mark, highlight] = (await page.evaluate(cssColours, ['--mark', '--highlight'])).map(
				parseRgb
			);
			const paper = firstPage(await page.pdf({ format: 'A4' }));
			// At 36 dpi a single dot is about 10 pixels; a chart's marks are hundreds at least.
			expect(pixelsOf(paper, mark!), 'grey marks on paper').toBeGreaterThan(200);
			expect(pixelsOf(paper, highlight!), 'highlighted marks on paper').toBeGreaterThan(200);
		}
	);
}
