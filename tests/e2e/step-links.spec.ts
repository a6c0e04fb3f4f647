import { expect, test } from '@playwright/test';
import { LANGS, appStarted } from './helpers';

/**
 * The address names the step being read, so an address a reader shares is a link to a step. Opened
 * on a phone, it lands as reading does: the step's card just below the chart, fully on screen,
 * the chart in the clear above it, and the step read (the reading bar's progress says which).
 * Every step in Chinese at 390×844; the first step of each section in English at 360×740.
 */
test.use({ reducedMotion: 'reduce' });

for (const { lang, path } of LANGS) {
	const size = lang === 'zh' ? { width: 390, height: 844 } : { width: 360, height: 740 };
	test(
		`${lang}: a link to a step opens at that step, its card below the chart, ${size.width}×${size.height}`,
		{ tag: '@phone' },
		async ({ page }) => {
			await page.setViewportSize(size);
			await page.goto(path);
			const steps = await page
				.locator('[data-step]')
				.evaluateAll((els) => els.map((e) => ({ id: e.id, section: e.closest('section')!.id })));
			const chosen =
				lang === 'zh' ? steps : steps.filter((s, i) => steps[i - 1]?.section !== s.section);
			for (const step of chosen) {
				// A new page each time (the same page would only jump to the fragment).
				await page.goto('about:blank');
				await page.goto(`${path}#${step.id}`);
				await appStarted(page);
				const index = steps.findIndex((s) => s.id === step.id);
				await expect(page.getByRole('progressbar'), step.id).toHaveAttribute(
					'aria-valuenow',
					String(Math.round(((index + 1) / steps.length) * 100))
				);
				const place = await page.evaluate(({ id, section }) => {
					const card = document.querySelector(`[data-step="${id}"] .card`)!;
					const stage = document.querySelector(`#${section} .stage`)!;
					const bar = document.querySelector('.story-bar')!;
					const c = card.getBoundingClientRect();
					return {
						cardTop: c.top,
						cardBottom: c.bottom,
						chartBottom: stage.getBoundingClientRect().bottom,
						barBottom: bar.getBoundingClientRect().bottom,
						screen: innerHeight
					};
				}, step);
				expect(place.cardTop, `${step.id}: card below the chart`).toBeGreaterThanOrEqual(
					place.chartBottom - 1
				);
				expect(place.cardTop, `${step.id}: card below the bar`).toBeGreaterThan(place.barBottom);
				expect(place.cardBottom, `${step.id}: card on screen`).toBeLessThanOrEqual(place.screen);
			}
		}
	);
}
