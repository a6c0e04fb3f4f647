import { describe, expect, it } from 'vitest';
import { leaderboardState, trackWidth } from '$lib/charts/leaderboard/state';
import leaderboard, { type LeaderboardStep } from '$lib/charts/leaderboard/chart';
import { loadAll } from '$lib/server/content/load';
import { sectionOf } from './sections';

const { stories } = loadAll();
const section = (lang: 'zh' | 'en') => sectionOf(stories[lang], leaderboard);
const en = section('en');
const phone = { width: 358, height: 700 };
const noteOf = (board: LeaderboardStep['board'], lang: 'zh' | 'en' = 'en') =>
	section(lang).steps.find((s) => s.chart.board === board)!.chart.note;
const state = (board: LeaderboardStep['board'], size = phone, lang: 'zh' | 'en' = 'en') =>
	leaderboardState(en.data, { board, note: noteOf(board, lang) }, size, lang, section(lang).labels);

/** 1-based place of the highlighted row from the top, by its drawn y. */
const placeOfHighlight = (board: LeaderboardStep['board']) => {
	const rows = [...state(board).rows].sort((a, b) => a.y - b.y);
	return rows.findIndex((r) => r.highlight) + 1;
};

describe('leaderboard chart state', () => {
	it('step 1: the experimental model is drawn 2nd by default score, at 1417', () => {
		const s = state('default');
		expect(placeOfHighlight('default')).toBe(2);
		const hl = s.rows.find((r) => r.highlight)!;
		expect(hl.name).toBe('Llama-4-Maverick-03-26-Experimental');
		expect(hl.score).toBe('1417');
		expect(hl.rank).toBe('2');
		// Its dot is left of the leader's and right of ChatGPT-4o-latest (2025-03-26)'s.
		const by = (name: string) => s.rows.find((r) => r.name === name)!;
		expect(hl.x).toBeLessThan(by('Gemini-2.5-Pro-Exp-03-25').x);
		expect(hl.x).toBeGreaterThan(by('ChatGPT-4o-latest (2025-03-26)').x);
	});

	it('step 2: with style control it is drawn 13th, rank 7, on its own axis', () => {
		const s = state('style');
		expect(placeOfHighlight('style')).toBe(13);
		expect(s.rows.find((r) => r.highlight)!.rank).toBe('7');
		expect(s.axisTitle).toMatch(/Style-controlled/);
		expect(s.axisTitle).not.toBe(state('default').axisTitle);
		expect(s.rows).toHaveLength(15);
	});

	it('step 3: the released model is the 38th by score, rank 32, below a gap of hidden rows', () => {
		const s = state('public');
		const hl = s.rows.find((r) => r.highlight)!;
		expect(hl.name).toBe('Llama-4-Maverick-17B-128E-Instruct');
		expect(hl.rank).toBe('32');
		expect(s.gap?.text).toBe('28 models not shown');
		// Rows above the gap are places 1-3; the gap stands for places 4-31; rows resume at 32.
		const rows = [...s.rows].sort((a, b) => a.y - b.y);
		const aboveGap = rows.filter((r) => r.y < s.gap!.y);
		expect(aboveGap).toHaveLength(3);
		const idx = rows.indexOf(hl);
		expect(idx - aboveGap.length + 32).toBe(38);
		// GPT-4o (May 2024) is drawn above it, and its score is higher.
		const gpt = rows.find((r) => r.name === 'GPT-4o-2024-05-13')!;
		expect(gpt.y).toBeLessThan(hl.y);
		expect(gpt.x).toBeGreaterThan(hl.x);
	});

	it('step 4: the rank line goes down from 32 of 185 to 59 of 217, the note by its end', () => {
		const t = state('timeline').timeline!;
		expect(t.labels.map((l) => l.text)).toEqual([
			'Experimental version: No. 2 of 187',
			'Released version: No. 32 of 185',
			'rank 59 of 217 models'
		]);
		const end = t.points.at(-1)!;
		expect([t.labels[2]!.x, t.labels[2]!.y]).toEqual([end.x, end.y]);
		const pts = t.points.filter((p) => p.highlight);
		expect(pts.at(-1)!.y).toBeGreaterThan(pts[1]!.y); // worse rank is drawn lower
		expect(pts.at(-1)!.x).toBe(100);
		expect(t.path.startsWith('M')).toBe(true);
	});

	it('keeps every mark inside the box and rows from overlapping', () => {
		for (const board of ['default', 'style', 'public'] as const) {
			const s = state(board);
			const rows = [...s.rows].sort((a, b) => a.y - b.y);
			rows.forEach(
				(r, i) =>
					i > 0 && expect(r.y - rows[i - 1]!.y).toBeGreaterThanOrEqual(rows[i - 1]!.h - 0.02)
			);
			for (const r of s.rows) {
				for (const v of [r.x, r.lo, r.hi, r.y, r.y + r.h]) {
					expect(v).toBeGreaterThanOrEqual(0);
					expect(v).toBeLessThanOrEqual(100.01);
				}
				expect(r.lo).toBeLessThanOrEqual(r.x);
				expect(r.hi).toBeGreaterThanOrEqual(r.x);
			}
		}
	});

	it('is a pure function of its inputs: Chinese changes words, not places', () => {
		const zh = state('style', phone, 'zh');
		const e = state('style');
		expect(zh.rows.map((r) => [r.key, r.y, r.x])).toEqual(e.rows.map((r) => [r.key, r.y, r.x]));
		expect(state('timeline', phone, 'zh').timeline!.labels[1]!.text).toBe(
			'正式版：第32名（共185个）'
		);
	});

	it('asks for fewer ticks on a phone than on a desktop', () => {
		expect(state('default', { width: 320, height: 600 }).xTicks.length).toBeLessThan(
			state('default', { width: 800, height: 700 }).xTicks.length
		);
	});

	it('keeps every model of every board in the page, resting unseen where it last stood, so none is added or removed', () => {
		const boards = ['default', 'style', 'public'] as const;
		const all = new Set(boards.flatMap((b) => state(b).rows.map((r) => r.key)));
		for (const b of boards) {
			const s = state(b);
			const keys = [...s.rows, ...s.resting].map((r) => r.key);
			expect(new Set(keys).size, b).toBe(keys.length);
			expect(new Set(keys), b).toEqual(all);
		}
		// A model fades where it stands: resting, it is where it was on the board it left (or,
		// coming, where it will be), and it rests in one place whatever the board.
		const place = (b: (typeof boards)[number], key: string) => {
			const s = state(b);
			const r = [...s.rows, ...s.resting].find((m) => m.key === key)!;
			return [r.y, r.h, r.x, r.lo, r.hi];
		};
		for (const [from, to] of [
			['default', 'style'],
			['style', 'public']
		] as const) {
			for (const r of state(from).rows) {
				if (!state(to).rows.some((m) => m.key === r.key)) {
					expect(place(to, r.key), `${r.name} leaving ${from}`).toEqual(place(from, r.key));
				}
			}
			for (const r of state(to).rows) {
				if (!state(from).rows.some((m) => m.key === r.key)) {
					expect(place(from, r.key), `${r.name} coming to ${to}`).toEqual(place(to, r.key));
				}
			}
		}
	});

	it('keeps each model in one place in the list of rows on every board, so its marks move', () => {
		// Rows are listed in one fixed order (by key), whatever their places: the layers keep a
		// model's elements, in the same order, from board to board.
		const boards = (['default', 'style', 'public'] as const).map((b) => state(b).rows);
		const all = [...new Set(boards.flat().map((r) => r.key))].sort();
		for (const rows of boards) {
			const keys = rows.map((r) => r.key);
			expect(keys).toEqual(all.filter((k) => keys.includes(k)));
		}
		// The experimental model is one row on both 6 April boards, moving from 2nd to 13th.
		const exp = en.data.keys.experimental;
		const place = (b: 'default' | 'style') =>
			[...state(b).rows].sort((a, z) => a.y - z.y).findIndex((r) => r.key === exp) + 1;
		expect([place('default'), place('style')]).toEqual([2, 13]);
	});

	it('writes the note in the slot under the highlighted row, clear of every other row', () => {
		for (const board of ['default', 'style', 'public'] as const) {
			const s = state(board);
			const hl = s.rows.find((r) => r.highlight)!;
			expect(s.note).not.toBe('');
			expect(s.callout!.y).toBeCloseTo(hl.y + hl.h, 1);
			for (const r of s.rows) {
				const overlap =
					Math.min(r.y + r.h, s.callout!.y + s.callout!.h) - Math.max(r.y, s.callout!.y);
				expect(overlap, `${board}: ${r.name} and the note`).toBeLessThanOrEqual(0.02);
			}
			if (s.gap) {
				const overlap =
					Math.min(s.gap.y + s.gap.h, s.callout!.y + s.callout!.h) -
					Math.max(s.gap.y, s.callout!.y);
				expect(overlap).toBeLessThanOrEqual(0.02);
			}
		}
	});

	it('keeps tick labels and score labels inside the track, at any width', () => {
		for (const width of [300, 320, 360, 390, 519, 520, 700, 900]) {
			const track = trackWidth(width);
			for (const board of ['default', 'style', 'public'] as const) {
				const s = state(board, { width, height: 600 });
				expect(s.xTicks.length, `${width}px ${board}: ticks`).toBeGreaterThanOrEqual(2);
				for (const t of s.xTicks) {
					// A label (about 36 px) stays inside the axis: centred, or set inside near an end.
					const px = (t.at / 100) * track;
					const [left, right] =
						t.align === 'start'
							? [px, px + 36]
							: t.align === 'end'
								? [px - 36, px]
								: [px - 18, px + 18];
					expect(left, `${width}px ${board} ${t.label}`).toBeGreaterThanOrEqual(0);
					expect(right, `${width}px ${board} ${t.label}`).toBeLessThanOrEqual(track);
				}
				// The widest interval leaves its score label 40 px.
				const right = Math.max(...s.rows.map((r) => r.hi));
				expect((right / 100) * track, `${width}px ${board}: score label room`).toBeLessThanOrEqual(
					track - 39.9
				);
			}
		}
	});
});
