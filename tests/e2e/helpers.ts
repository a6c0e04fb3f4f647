import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { resolvePath } from './site';

export const LANGS = [
	{ lang: 'zh', path: '/', htmlLang: 'zh-CN' },
	{ lang: 'en', path: '/en/', htmlLang: 'en' }
] as const;

/** Reads a project data file the way an independent checker would (not through the app's code). */
export function readCsv(path: string) {
	return csvParse(readFileSync(path, 'utf8'));
}

/**
 * What the leaderboard should show at each step, worked out here from the CSV files:
 * the highlighted model and its place from the top among the drawn rows.
 */
export function expectedLeaderboard() {
	const top12 = readCsv('src/data/leaderboard/lmarena_top12_default_2025-04-06.csv');
	const top15 = readCsv('src/data/leaderboard/lmarena_top15_stylectrl_2025-04-06.csv');
	const april13 = readCsv('src/data/leaderboard/lmarena_text_2025-04-13.csv');
	const exp = 'Llama-4-Maverick-03-26-Experimental';
	const pub = 'Llama-4-Maverick-17B-128E-Instruct';
	const byDefault = [...top12].sort((a, b) => +a.position_default! - +b.position_default!);
	const byStyle = [...top15].sort((a, b) => +a.position_stylectrl! - +b.position_stylectrl!);
	const pubScore = +april13.find((r) => r.model === pub)!.score_default!;
	const pubPosition = 1 + april13.filter((r) => +r.score_default! > pubScore).length;
	return {
		'second-place': { name: exp, place: byDefault.findIndex((r) => r.model === exp) + 1 },
		'style-control': { name: exp, place: byStyle.findIndex((r) => r.model === exp) + 1 },
		// Three leaders, the gap, then places from 32: the model is drawn at 3 + (38 - 32 + 1).
		'released-model': { name: pub, place: 3 + (pubPosition - 32 + 1), position: pubPosition }
	} as const;
}

/**
 * Fails the test on console errors and warnings (a library's warning, such as a chart measured
 * at 0×0, is a defect a reader does not see but a newsroom's error tracker does), page errors,
 * and any request leaving the site's origin.
 */
export function guard(page: Page, origin: string) {
	const problems: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error' || m.type() === 'warning') {
			problems.push(`console ${m.type()}: ${m.text()}`);
		}
	});
	page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
	page.on('request', (r) => {
		const url = r.url();
		if (!url.startsWith(origin) && !url.startsWith('data:')) problems.push(`request: ${url}`);
	});
	return problems;
}

/** Scrolls a step to the middle of the viewport, as a reader would arrive at it. */
export async function scrollToStep(page: Page, id: string) {
	await page
		.locator(`[data-step="${id}"]`)
		.evaluate((el) => el.scrollIntoView({ block: 'center' }));
}

/** Names of the rows drawn in the sticky leaderboard, top to bottom, by rendered position. */
export async function drawnRows(page: Page, scope = '#leaderboard .stage') {
	return page.locator(`${scope} .cell`).evaluateAll((cells) =>
		cells
			.map((c) => ({
				top: c.getBoundingClientRect().top,
				name: c.querySelector('.name')?.textContent ?? '',
				weight: getComputedStyle(c.querySelector('.name')!).fontWeight
			}))
			.sort((a, b) => a.top - b.top)
	);
}

/** Place (1-based, from the top) at which `name` is drawn, once the transition has ended. */
export async function expectDrawnAt(page: Page, name: string, place: number, scope?: string) {
	await expect
		.poll(async () => (await drawnRows(page, scope)).findIndex((r) => r.name === name) + 1, {
			timeout: 8000
		})
		.toBe(place);
}

/** Pairs of visible chart labels whose boxes intersect (by more than half a pixel). */
export async function overlappingLabels(page: Page, scope: string) {
	return page.locator(`${scope} .chart-label`).evaluateAll((els) => {
		const boxes = els
			.map((el) => ({ el, text: el.textContent ?? '', r: el.getBoundingClientRect() }))
			// Labels faded out (opacity 0) or hidden for this step are not seen by a reader.
			.filter(
				({ el, r }) =>
					r.width > 0 &&
					r.height > 0 &&
					el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
			);
		const hits: string[] = [];
		for (let i = 0; i < boxes.length; i++) {
			for (let j = i + 1; j < boxes.length; j++) {
				const a = boxes[i]!.r;
				const b = boxes[j]!.r;
				const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
				const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
				if (w > 0.5 && h > 0.5) hits.push(`"${boxes[i]!.text}" × "${boxes[j]!.text}"`);
			}
		}
		return hits;
	});
}

/**
 * The layoffs marks as the browser paints them: in each grid cell of the marks' SVG, is the
 * cell's centre inside the drawn shape, and its corner (the gap between marks) outside? Counts
 * the cells that are, and whether the shape is visible on screen at all.
 */
export async function paintedMarks(page: Page, scope: string) {
	return page.locator(`${scope} .block path`).evaluateAll((paths) =>
		paths.map((el) => {
			const path = el as SVGPathElement;
			const svg = path.ownerSVGElement!;
			const { width: cols, height: rows } = svg.viewBox.baseVal;
			const at = (x: number, y: number) => {
				const p = svg.createSVGPoint();
				p.x = x;
				p.y = y;
				return path.isPointInFill(p);
			};
			let filled = 0;
			let gapsFilled = 0;
			for (let r = 0; r < rows; r++) {
				for (let c = 0; c < cols; c++) {
					if (at(c + 0.5, r + 0.5)) filled++;
					if (at(c + 0.02, r + 0.02)) gapsFilled++;
				}
			}
			const box = path.getBoundingClientRect();
			const visible =
				box.width > 1 && box.height > 1 && path.checkVisibility({ opacityProperty: true });
			return { filled, gapsFilled, visible };
		})
	);
}

/** The stacked static view: each step carries its own visible chart, the sticky stages hidden. */
export async function expectStackedView(page: Page) {
	const steps = page.locator('[data-step]');
	const count = await steps.count();
	expect(count).toBeGreaterThanOrEqual(12);
	await expect(page.locator('.stage').first()).toBeHidden();
	const charts = await page.locator('[data-step]').evaluateAll((els) =>
		els.map((step) => {
			const chart = step.querySelector<HTMLElement>('.static-chart');
			const box = chart?.getBoundingClientRect();
			const note = chart?.querySelector('p');
			return {
				id: step.getAttribute('data-step'),
				height: box?.height ?? 0,
				width: box?.width ?? 0,
				note: note && note.checkVisibility() ? (note.textContent ?? '').trim() : '',
				drawn: chart ? chart.querySelectorAll('svg *, .cell, .label, .chart-label').length : 0
			};
		})
	);
	for (const c of charts) {
		expect(c.height, `${c.id}: static chart height`).toBeGreaterThan(150);
		expect(c.width, `${c.id}: static chart width`).toBeGreaterThan(200);
		expect(c.note, `${c.id}: the chart's note line`).not.toBe('');
		expect(c.drawn, `${c.id}: marks drawn`).toBeGreaterThan(0);
	}
}

/** The URLs in an embed code a newsroom pastes: the container's, the no-script link, the loader, the iframe. */
export function snippetUrls(code: string): string[] {
	return [...code.matchAll(/\s(?:data-lecun-embed|href|src)="([^"]*)"/g)].map((m) =>
		m[1]!.replaceAll('&amp;', '&')
	);
}

/** Those of `urls` that are not a file of the build at `root` (or an id in it), with why. */
export function missingInBuild(urls: string[], root: string, base: string, site: string) {
	return urls.flatMap((url) => {
		if (!url.startsWith(`${site}${base}/`)) return [`${url}: not on ${site}${base}/`];
		const [path = '', hash] = url.slice(site.length).split('#');
		const file = resolvePath(root, base, path);
		if (!file) return [`${url}: no file in ${root}`];
		if (hash && !readFileSync(file, 'utf8').includes(`id="${hash}"`)) return [`${url}: no id`];
		return [];
	});
}
