import { expect, test, type Page } from '@playwright/test';
import { LANGS, appStarted, scrollToStep } from './helpers';

/**
 * Object constancy, on rendered geometry: across every step change of every section (forwards
 * and back), every painted element of the sticky chart (the leaves, and any element with words
 * of its own) is sampled on each animation frame. One whose box, opacity or words differ between
 * before and after the change is
 * - moved: it is seen at least twice between its old and new box or opacity (it moves, grows or
 *   fades over several frames), or
 * - cut: it jumps, appears, disappears or swaps its words from one frame to the next.
 * Judged by samples seen in between rather than by the size of the largest frame-to-frame step,
 * so one long frame on a loaded machine does not turn a move into a cut.
 * Nothing may cut. Checked in Chinese on the phone: the marks and their keys are the same in
 * both languages. (With reduced motion nothing may take longer than 100 ms: readers.spec.ts
 * checks every transition on the page.)
 */

/**
 * Transitions are played at half their speed while sampling (Chromium's animation timeline,
 * through the DevTools protocol): on a loaded machine the frame that applies a step change can
 * take a good part of a second, and at full speed a move would then look like a cut. Sampled for
 * the slowed transition (700 ms × 2) plus the trigger's delay.
 */
const PLAYBACK_RATE = 0.5;
const SAMPLE_MS = 700 / PLAYBACK_RATE + 600;

/** x, y, width, height (px, relative to the stage), effective opacity, own words. */
type Box = [number, number, number, number, number, string];

interface Counts {
	changed: number;
	moved: number;
	cut: number;
	/** A few cut elements, described for the log. */
	examples: string[];
}

/** Starts sampling every element under `scope` once per animation frame. */
function startSampling(page: Page, scope: string) {
	return page.evaluate((scope) => {
		const ids = new Map<Element, number>();
		const state = { frames: [] as Map<number, Box>[], els: [] as Element[], stop: false };
		(window as unknown as { __constancy: typeof state }).__constancy = state;
		const root = document.querySelector(scope)!;
		const sample = () => {
			const base = root.getBoundingClientRect();
			const frame = new Map<number, Box>();
			const opacity = new Map<Element, number>();
			// Document order: a parent's effective opacity is known before its children's.
			for (const el of root.querySelectorAll('*')) {
				let id = ids.get(el);
				if (id === undefined) {
					id = state.els.length;
					ids.set(el, id);
					state.els.push(el);
				}
				const cs = getComputedStyle(el);
				const op =
					(cs.visibility === 'hidden' ? 0 : Number(cs.opacity)) *
					(opacity.get(el.parentElement!) ?? 1);
				opacity.set(el, op);
				const r = el.getBoundingClientRect();
				let text = '';
				for (const n of el.childNodes) if (n.nodeType === 3) text += n.textContent;
				frame.set(id, [r.left - base.left, r.top - base.top, r.width, r.height, op, text.trim()]);
			}
			state.frames.push(frame);
			if (!state.stop) requestAnimationFrame(sample);
		};
		sample();
	}, scope);
}

/** Stops sampling and classifies every painted element that changed. */
function stopAndClassify(page: Page): Promise<Counts> {
	return page.evaluate(() => {
		const state = (
			window as unknown as {
				__constancy: { frames: Map<number, Box>[]; els: Element[]; stop: boolean };
			}
		).__constancy;
		state.stop = true;
		const { frames, els } = state;
		const counts: Counts = { changed: 0, moved: 0, cut: 0, examples: [] };
		const describe = (el: Element) =>
			`<${el.tagName.toLowerCase()} ${(el.getAttribute('class') ?? '').replace(/\s*svelte-\w+/g, '')}> "${(el.textContent ?? '').trim().slice(0, 30)}"`;
		const visible = (b: Box | undefined) => !!b && b[4] > 0.02 && b[2] + b[3] > 0.5;
		const geoDiff = (a: Box, b: Box) =>
			Math.max(...[0, 1, 2, 3].map((i) => Math.abs((a[i] as number) - (b[i] as number))));
		for (let id = 0; id < els.length; id++) {
			const el = els[id]!;
			// A group's box is the union of its children's (faded ones included): judged through them.
			const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
			if (el.childElementCount > 0 && !ownText) continue;
			// An empty box that paints nothing (a note's room while it has none) is not seen.
			if (!ownText && el instanceof HTMLElement) {
				const cs = getComputedStyle(el);
				const paints =
					!/rgba\(.*, 0\)|transparent/.test(cs.backgroundColor) ||
					cs.backgroundImage !== 'none' ||
					cs.boxShadow !== 'none' ||
					['Top', 'Right', 'Bottom', 'Left'].some(
						(side) => parseFloat(cs.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0
					);
				if (!paints) continue;
			}
			const seq = frames.map((f) => f.get(id));
			const present = seq.filter((b): b is Box => !!b);
			if (!present.some(visible)) continue;
			// Absent before or after: transparent where it first or last stood.
			const first = seq[0] ?? ([...present[0]!.slice(0, 4), 0, present[0]![5]] as Box);
			const lastSeen = present[present.length - 1]!;
			const last = seq[seq.length - 1] ?? ([...lastSeen.slice(0, 4), 0, lastSeen[5]] as Box);
			const moves = visible(first) && visible(last) && geoDiff(first, last) > 1;
			const fades = Math.abs(first[4] - last[4]) > 0.05;
			let swapped = false;
			for (let k = 1; k < seq.length; k++) {
				const a = seq[k - 1];
				const b = seq[k];
				if (a && b && a[5] !== b[5] && (visible(a) || visible(b))) swapped = true;
			}
			if (!moves && !fades && !swapped) continue;
			counts.changed++;
			// Samples seen strictly between the old and the new state, per changing channel.
			const between = (pick: (b: Box) => boolean) => present.filter(pick).length;
			const geoBetween = between((b) => geoDiff(b, first) > 0.5 && geoDiff(b, last) > 0.5);
			const opBetween = between(
				(b) => Math.abs(b[4] - first[4]) > 0.02 && Math.abs(b[4] - last[4]) > 0.02
			);
			const smooth = (!moves || geoBetween >= 2) && (!fades || opBetween >= 2) && !swapped;
			if (smooth) counts.moved++;
			else counts.cut++;
			if (!smooth && counts.examples.length < 4) counts.examples.push(describe(el));
		}
		return counts;
	});
}

const { lang, path } = LANGS.find((l) => l.lang === 'zh')!;
test.describe(`${lang}, motion on`, { tag: '@phone' }, () => {
	test.use({ reducedMotion: 'no-preference' });
	// Not the leaderboard: its rank numbers, scores and callout change their words in one frame
	// (a known gap: the rows themselves move, which leaderboard.spec.ts checks frame by frame).
	for (const section of ['deal', 'layoffs', 'ami']) {
		test(`${section}: every step change moves or fades its marks, never cuts them`, async ({
			page
		}, info) => {
			test.setTimeout(180_000);
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('Animation.enable');
			await cdp.send('Animation.setPlaybackRate', { playbackRate: PLAYBACK_RATE });
			await page.goto(path);
			// A scroll before the app's first frame is where the page stands, not a reader's scroll.
			await appStarted(page);
			// Marked by the test, so the live chart's taking over from the prerendered one
			// (not a step change) is seen and waited for.
			await page
				.locator(`#${section} .stage .sticky > *`)
				.evaluateAll((els) => els.forEach((e) => e.setAttribute('data-test-prerendered', '')));
			const ids = await page
				.locator(`#${section} [data-step]`)
				.evaluateAll((els) => els.map((e) => e.id));
			await scrollToStep(page, ids[0]!);
			await expect(page.locator(`#${section} .stage [data-test-prerendered]`)).toHaveCount(0, {
				timeout: 15_000
			});
			await page.waitForTimeout(1200);
			const changes = [
				...ids.slice(1).map((to, i) => [ids[i]!, to] as const),
				...ids
					.slice(0, -1)
					.reverse()
					.map((to, i) => [ids[ids.length - 1 - i]!, to] as const)
			];
			const rows: string[] = [];
			const bad: string[] = [];
			for (const [from, to] of changes) {
				await startSampling(page, `#${section} .stage`);
				await scrollToStep(page, to);
				await page.waitForTimeout(SAMPLE_MS);
				const c = await stopAndClassify(page);
				const examples = c.examples.length ? ` (${c.examples.join(', ')})` : '';
				rows.push(
					`${from} → ${to}: ${c.changed} changed, ${c.moved} moved, ${c.cut} cut${examples}`
				);
				if (c.cut > 0) bad.push(`${from} → ${to}: ${c.cut} cut`);
				await page.waitForTimeout(200);
			}
			console.log(`[${info.project.name}] ${lang} ${section}, motion on:\n  ${rows.join('\n  ')}`);
			expect(bad).toEqual([]);
		});
	}
});
