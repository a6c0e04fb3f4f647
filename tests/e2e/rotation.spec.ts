import { expect, test, type Page } from '@playwright/test';
import { LANGS, appStarted } from './helpers';

/**
 * Turning a phone keeps the reader's place (issue 12 §3): the page reflows to another height,
 * and the browser keeps the scroll offset, which on the new page can be a section further on.
 * The reader must stay on the step they were reading, with its card in view, and the address
 * must keep naming it. Read as a reader would: the address, the reading bar's progress (one
 * step of the story each) and where the card is drawn.
 */

test.use({ reducedMotion: 'reduce' });

const STEP = 'deal-wang';

/** What the reader sees: the address, the step the reading bar counts, and the card's place. */
async function place(page: Page) {
	return page.evaluate((id) => {
		const steps = [...document.querySelectorAll('[data-step]')];
		const value = Number(
			document.querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow')
		);
		const active = steps.findIndex((_, i) => Math.round(((i + 1) / steps.length) * 100) === value);
		const card = document.getElementById(id)!.firstElementChild!.getBoundingClientRect();
		const bar = document.querySelector('[role="progressbar"]')!.closest('.story-bar')!;
		const top = bar.getBoundingClientRect().bottom;
		const seen = Math.min(card.bottom, innerHeight) - Math.max(card.top, top);
		return {
			hash: location.hash,
			active: steps[active]?.id,
			// The card is in view: all of it, or (taller than the screen) half the screen of it.
			inView: seen >= Math.min(card.height, (innerHeight - top) / 2) - 1
		};
	}, STEP);
}

for (const { lang, path } of LANGS) {
	test(
		`${lang}: turning the phone and back keeps the step being read`,
		{ tag: '@phone' },
		async ({ page }) => {
			await page.setViewportSize({ width: 390, height: 844 });
			await page.goto(path);
			await appStarted(page);
			// Arrive as a reader does: scrolling until the card has just taken over the chart.
			await page
				.locator(`#${STEP}`)
				.evaluate((el) =>
					scrollTo(0, el.getBoundingClientRect().top + scrollY - innerHeight * 0.45)
				);
			const here = { hash: `#${STEP}`, active: STEP, inView: true };
			await expect.poll(() => place(page)).toEqual(here);
			// Every address the page writes from here on (not even for a frame another step's).
			await page.evaluate(() => {
				const w = window as unknown as { written: string[] };
				w.written = [];
				const replace = history.replaceState.bind(history);
				history.replaceState = (data, unused, url) => {
					w.written.push(String(url));
					replace(data, unused, url);
				};
			});
			for (const size of [
				{ width: 844, height: 390 },
				{ width: 390, height: 844 },
				{ width: 844, height: 390 },
				{ width: 360, height: 740 }
			]) {
				await page.setViewportSize(size);
				await expect.poll(() => place(page), `${size.width}×${size.height}`).toEqual(here);
				// …and stays there once the Scroller's debounced resize handling (150 ms) has run.
				await page.waitForTimeout(400);
				expect(await place(page), `${size.width}×${size.height}, settled`).toEqual(here);
			}
			const written = await page.evaluate(
				() => (window as unknown as { written: string[] }).written
			);
			expect(written.filter((url) => !url.endsWith(`#${STEP}`))).toEqual([]);
		}
	);
}
