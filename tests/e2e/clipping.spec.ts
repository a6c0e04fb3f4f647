import { expect, test, type Page } from '@playwright/test';
import { LANGS, appStarted, scrollToStep } from './helpers';

/**
 * No chart label is cut by its chart: at narrow phone widths, for every step of every section,
 * in the story and in the embeds, each piece of text drawn in a chart lies inside the box that
 * clips it (its nearest clipping ancestor, else the chart's frame). A label cut off on purpose
 * with an ellipsis ("…") is judged by its own box instead of its text's.
 */
const WIDTHS = [320, 360, 390];
const SECTIONS = ['leaderboard', 'deal', 'layoffs', 'ami'] as const;

test.use({ reducedMotion: 'reduce' });

/** Text in the chart frames matching `frames` that leaves its clip box, as readable lines. */
function cutLabels(page: Page, frames: string) {
	return page.locator(frames).evaluateAll((els) => {
		const clips = (el: Element) => {
			const s = getComputedStyle(el);
			return (
				/hidden|clip|auto|scroll/.test(`${s.overflowX} ${s.overflowY}`) ||
				/paint|strict|content/.test(s.contain)
			);
		};
		const name = (el: Element) =>
			`${el.tagName.toLowerCase()}.${[...el.classList].filter((c) => !c.startsWith('svelte-')).join('.')}`;
		const cut: string[] = [];
		for (const frame of els) {
			const walker = document.createTreeWalker(frame, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node.textContent!.trim();
				let el = node.parentElement!;
				if (!text || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
					continue;
				let box: DOMRect;
				if (el instanceof SVGElement) {
					box = el.getBoundingClientRect();
				} else if (getComputedStyle(el).textOverflow === 'ellipsis') {
					box = el.getBoundingClientRect();
					el = el.parentElement!;
				} else {
					const range = document.createRange();
					range.selectNodeContents(node);
					box = range.getBoundingClientRect();
				}
				if (box.width === 0 || box.height === 0) continue;
				while (el !== frame && !clips(el)) el = el.parentElement!;
				const c = el.getBoundingClientRect();
				const out = {
					left: c.left - box.left,
					right: box.right - c.right,
					top: c.top - box.top,
					bottom: box.bottom - c.bottom
				};
				// A text's box is its font's content area, taller than the glyphs: it may pass a
				// clipping line box by a fifth of the font size above and below without cutting ink.
				const slack = Math.max(1, 0.2 * parseFloat(getComputedStyle(node.parentElement!).fontSize));
				const worst = Object.entries(out).filter(
					([side, px]) => px > (side === 'top' || side === 'bottom' ? slack : 1)
				);
				if (worst.length) {
					cut.push(
						`"${text}" out of ${name(el)} by ${worst.map(([side, px]) => `${Math.round(px)} px ${side}`).join(', ')}`
					);
				}
			}
		}
		return cut;
	});
}

/** Two frames later: the step's state is drawn (transitions are off under reduced motion). */
const settle = (page: Page) =>
	page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));

for (const { lang, path } of LANGS) {
	const prefix = lang === 'en' ? '/en' : '';

	for (const width of WIDTHS) {
		test(
			`${lang} story at ${width} px: every step's chart keeps its labels inside`,
			{ tag: '@phone' },
			async ({ page }) => {
				test.setTimeout(120_000);
				await page.setViewportSize({ width, height: 740 });
				await page.goto(path);
				await appStarted(page);
				const steps = await page.locator('.section [data-step]').evaluateAll((els) =>
					els.map((el) => ({
						id: el.getAttribute('data-step')!,
						section: el.closest('.section')!.id
					}))
				);
				expect(steps.length).toBeGreaterThanOrEqual(16);
				const found: string[] = [];
				for (const { id, section } of steps) {
					await scrollToStep(page, id);
					await expect(page.locator(`.step.is-active[data-step="${id}"]`)).toHaveCount(1);
					// The chart's code, fetched as the reader nears it, has replaced the prerendered one.
					await page.waitForLoadState('networkidle');
					await settle(page);
					for (const line of await cutLabels(page, `#${section} .stage .chart-frame`)) {
						found.push(`${id}: ${line}`);
					}
				}
				expect(found).toEqual([]);
			}
		);
	}

	test(
		`${lang} embeds at ${WIDTHS.join(', ')} px: every step's chart keeps its labels inside`,
		{ tag: '@phone' },
		async ({ page }) => {
			test.setTimeout(120_000);
			const found: string[] = [];
			for (const width of WIDTHS) {
				await page.setViewportSize({ width, height: 740 });
				for (const section of SECTIONS) {
					// The first step as prerendered; the first press starts the app.
					await page.goto(`${prefix}/embed/${section}/`);
					const count = await page.locator('.stepper .dots button').count();
					for (let i = 0; i < count; i++) {
						if (i > 0)
							await page.getByRole('button', { name: /next|下一步/i }).click({ timeout: 10_000 });
						await expect(page.locator('.stepper .dots button').nth(i)).toHaveAttribute(
							'aria-current',
							'step'
						);
						await page.waitForLoadState('networkidle');
						await settle(page);
						for (const line of await cutLabels(page, '.live .chart-frame')) {
							found.push(`${width} px ${section} step ${i + 1}: ${line}`);
						}
						// A chart wider than the phone makes the page pan sideways and zoom out.
						const wide = await page.evaluate(() => document.documentElement.scrollWidth);
						if (wide > width)
							found.push(`${width} px ${section} step ${i + 1}: page ${wide} px wide`);
					}
				}
			}
			expect(found).toEqual([]);
		}
	);
}
