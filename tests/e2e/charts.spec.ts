/**
 * The deal, layoffs and AMI charts as a reader sees them: the birth dots painted at their size
 * (counted in screenshot pixels, not read from boxes), and each step's chart using its space
 * with its note on the chart.
 */
import { expect, test } from '@playwright/test';
import { BIRTH_DOT } from '../../src/lib/charts/deal/state';
import { cssColours } from '../shared/dots';
import { paintedBox, parseRgb } from '../shared/paint';
import { LANGS, scrollToStep } from './helpers';

test.use({ reducedMotion: 'reduce' });

for (const { lang, path } of LANGS) {
	test(`${lang}: the deal's birth dots are painted round, at their state's diameter (±2 px)`, async ({
		page
	}) => {
		await page.goto(path);
		// Measured without the step cards passing over the chart, and without the SVG layer (the
		// lifelines run through the dots in the same colour; a dot drawn in SVG would vanish with
		// it and fail here).
		await page.addStyleTag({
			content: '#deal .steps { visibility: hidden } #deal .stage svg { visibility: hidden }'
		});
		await scrollToStep(page, 'deal-wang');
		await expect(page.locator('#deal .stage [data-view="ages"]')).toHaveCount(1, {
			timeout: 8000
		});
		const [colour, background] = (await page.evaluate(cssColours, ['--highlight', '--bg'])).map(
			parseRgb
		);
		const measure = async () => {
			const dots = await page.locator('#deal .stage [data-person]').evaluateAll((els) =>
				els.map((el) => {
					const r = el.getBoundingClientRect();
					return {
						who: el.getAttribute('data-person'),
						x: r.left + r.width / 2,
						y: r.top + r.height / 2
					};
				})
			);
			const png = await page.screenshot({ scale: 'device' });
			const scale = await page.evaluate(() => devicePixelRatio);
			return dots.map((d) => {
				const box = paintedBox(png, { centre: d, colour: colour!, background: background!, scale });
				return {
					who: d.who,
					ok: Math.abs(box.width - BIRTH_DOT) <= 2 && Math.abs(box.height - BIRTH_DOT) <= 2,
					painted: `${box.width.toFixed(1)}×${box.height.toFixed(1)} (want ${BIRTH_DOT})`
				};
			});
		};
		await expect
			.poll(async () => (await measure()).filter((d) => !d.ok), { timeout: 8000 })
			.toEqual([]);
		const dots = await measure();
		expect(dots.map((d) => d.who)).toEqual(['lecun', 'wang']);
		console.log(`${lang} deal-wang dots: ${dots.map((d) => `${d.who} ${d.painted}`).join(', ')}`);
	});
}

for (const { lang, path } of LANGS) {
	test(
		`${lang}: on a phone the teams' chips show their names and statuses whole, not cut short`,
		{ tag: '@phone' },
		async ({ page }) => {
			// The English page's taller step cards leave the chart a small box on a 360 px phone.
			for (const [width, height] of [
				[320, 740],
				[360, 740],
				[390, 844]
			] as const) {
				await page.setViewportSize({ width, height });
				await page.goto(path);
				await scrollToStep(page, 'who-was-hit');
				await expect(page.locator('#layoffs .stage [data-view="teams"]')).toHaveCount(1, {
					timeout: 8000
				});
				const cut = await page.locator('#layoffs .stage .chip').evaluateAll((chips) =>
					chips.flatMap((chip) =>
						[...chip.querySelectorAll<HTMLElement>('.name, .status')]
							// Cut short: the text is wider than the box that shows it (an ellipsis).
							.filter((el) => el.scrollWidth > el.clientWidth + 1)
							.map((el) => `${el.textContent!.trim()} (${el.clientWidth} of ${el.scrollWidth} px)`)
					)
				);
				expect(cut, `${width}×${height}`).toEqual([]);
			}
		}
	);
}
