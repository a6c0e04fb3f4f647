import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
// Worked out from the CSVs; shared with the engine tours (tests/engines/).
export { expectedLeaderboard, readCsv } from '../shared/leaderboard';

export const LANGS = [
	{ lang: 'zh', path: '/', htmlLang: 'zh-CN' },
	{ lang: 'en', path: '/en/', htmlLang: 'en' }
] as const;

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

/**
 * An element's box, read again if it was replaced as it was read (the live chart takes over from
 * the prerendered one with the same marks, so a box read at that moment comes back empty).
 */
export async function boxOf(locator: Locator) {
	let box: Awaited<ReturnType<Locator['boundingBox']>> = null;
	await expect.poll(async () => (box = await locator.boundingBox()) !== null).toBe(true);
	return box!;
}

/**
 * The reader reaches for the page: the story, its article and an embed start their app only then
 * (src/hooks.server.ts). A key press (Shift, which does nothing on the page) is an input every
 * engine dispatches to the page, wherever the pointer is and whatever page was open before.
 */
export async function reach(page: Page) {
	await page.keyboard.press('Shift');
}

/**
 * The reader has reached for the page and its app has started and read where the page stands
 * (its first frame): from here on, a scroll is the reader's, and the address follows the step (a
 * scroll before it is not seen as one).
 */
export async function appStarted(page: Page) {
	await reach(page);
	await expect(page.locator('html.ready')).toHaveCount(1);
	await page.evaluate(
		() => new Promise((f) => requestAnimationFrame(() => requestAnimationFrame(f)))
	);
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
			// A model not on this board is in the page unseen (faded out, then hidden).
			.filter((c) => c.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
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
 * Words drawn on the squares under `scope` (the deal's money squares in SVG, its cells in HTML):
 * each visible label's text boxes (its lines, not its padding) against each visible square.
 */
export async function labelsOnSquares(page: Page, scope: string) {
	return page.locator(scope).evaluate((root) => {
		const seen = (el: Element) =>
			el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
		const squares = [...root.querySelectorAll('rect, .cell')]
			.filter(seen)
			.map((r) => r.getBoundingClientRect())
			.filter((r) => r.width > 0 && r.height > 0);
		const hits: string[] = [];
		for (const label of root.querySelectorAll('.chart-label')) {
			if (!seen(label)) continue;
			const range = document.createRange();
			range.selectNodeContents(label);
			for (const t of range.getClientRects()) {
				const on = squares.some(
					(q) =>
						Math.min(t.right, q.right) - Math.max(t.left, q.left) > 0.5 &&
						Math.min(t.bottom, q.bottom) - Math.max(t.top, q.top) > 0.5
				);
				if (on) {
					hits.push(`"${label.textContent?.trim()}"`);
					break;
				}
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

/**
 * The stacked view as a reader sees it: every step's text, and right below it, where its chart
 * would be, either that step's chart drawn (height, marks, its note line) or, with `linkedTo`
 * (the story page's stacked view), a visible link to the same step on that page (the article).
 * No sticky chart shows.
 */
export async function expectStackedView(page: Page, { linkedTo }: { linkedTo?: string } = {}) {
	const steps = page.locator('[data-step]');
	expect(await steps.count()).toBeGreaterThanOrEqual(12);
	await expect(page.locator('.stage').first()).toBeHidden();
	const seen = await steps.evaluateAll((els) =>
		els.map((step) => {
			const card = step.querySelector<HTMLElement>('.card');
			const chart = step.querySelector<HTMLElement>('.static-chart');
			const box = chart?.getBoundingClientRect();
			const note = chart?.querySelector('p:not(.chart-link)');
			const link = chart?.querySelector('a');
			const linkBox = link?.getBoundingClientRect();
			return {
				id: step.getAttribute('data-step')!,
				text: card?.checkVisibility() ? card.innerText.trim() : '',
				textBottom: card?.getBoundingClientRect().bottom ?? 0,
				top: box?.top ?? 0,
				height: box?.height ?? 0,
				width: box?.width ?? 0,
				note: note && note.checkVisibility() ? (note.textContent ?? '').trim() : '',
				drawn: chart ? chart.querySelectorAll('svg *, .cell, .label, .chart-label').length : 0,
				link:
					link && linkBox && link.checkVisibility() && linkBox.width > 20 && linkBox.height > 10
						? { to: new URL(link.href).pathname + new URL(link.href).hash, words: link.innerText }
						: null
			};
		})
	);
	for (const c of seen) {
		expect(c.text, `${c.id}: its text`).not.toBe('');
		// Where the chart would be: right below the step's text.
		expect(c.top - c.textBottom, `${c.id}: chart's place below its text`).toBeGreaterThanOrEqual(0);
		expect(c.top - c.textBottom, `${c.id}: chart's place below its text`).toBeLessThan(60);
		if (linkedTo) {
			expect(c.link, `${c.id}: a visible link to its chart`).toEqual({
				to: `${linkedTo}#${c.id}`,
				words: expect.stringMatching(/\S/)
			});
			continue;
		}
		expect(c.height, `${c.id}: static chart height`).toBeGreaterThan(150);
		expect(c.width, `${c.id}: static chart width`).toBeGreaterThan(200);
		expect(c.note, `${c.id}: the chart's note line`).not.toBe('');
		expect(c.drawn, `${c.id}: marks drawn`).toBeGreaterThan(0);
	}
}

/** The page's WCAG 2.2 AA violations found by axe, each as "rule: targets". */
export const axe = (page: Page) =>
	new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze()
		.then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`));
