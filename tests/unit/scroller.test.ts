import { describe, expect, it } from 'vitest';
import { reader } from '$lib/scrolly/reader.svelte';
import { stepAtLine } from '$lib/scrolly/stepAtLine';

describe('the step under the trigger line', () => {
	it('is the first step before any step reaches the line', () => {
		expect(stepAtLine([900, 1800, 2700], 500)).toBe(0);
	});
	it('is the last step whose top has passed the line', () => {
		expect(stepAtLine([-900, 100, 1200], 500)).toBe(1);
	});
	it('stays on the last step past the end', () => {
		expect(stepAtLine([-3000, -2000, -1000], 500)).toBe(2);
	});
});

describe('whether the reader has scrolled', () => {
	it('not for the scroll events of a page that stays where it was first read', () => {
		reader.reset();
		reader.scroll(1962); // the browser's own scroll to `#leaderboard`, before the first reading
		reader.read(1962, false);
		reader.scroll(1962); // the same place again, as an engine re-scrolls to the fragment at load
		expect(reader.scrolled).toBe(false);
	});
	it('not when the page moves itself to keep the reader’s place', () => {
		reader.reset();
		reader.read(1962, false);
		reader.standing(2410); // a turned phone, put back at the step being read
		reader.scroll(2410);
		expect(reader.scrolled).toBe(false);
	});
	it('once the offset has moved from there, and for the rest of the page', () => {
		reader.reset();
		reader.read(1962, false);
		reader.scroll(2100);
		expect(reader.scrolled).toBe(true);
		reader.standing(0);
		reader.scroll(0);
		expect(reader.scrolled).toBe(true);
	});
	it('at once when the reader’s scroll started the app: the page stood at its top before it', () => {
		reader.reset();
		reader.read(2410, true);
		expect(reader.scrolled).toBe(true);
	});
	it('not when the reader’s reach started the app at the top (a key, a pointer, a touch)', () => {
		reader.reset();
		reader.read(0, true);
		expect(reader.scrolled).toBe(false);
		reader.scroll(120);
		expect(reader.scrolled).toBe(true);
	});
	it('not yet on a new page', () => {
		reader.reset();
		expect(reader.scrolled).toBe(false);
	});
	it('starts what waits for the first scroll then, once; and at once after it', () => {
		reader.reset();
		const started: string[] = [];
		reader.whenScrolled(() => started.push('a'));
		const cancel = reader.whenScrolled(() => started.push('cancelled'));
		cancel();
		reader.standing(0);
		reader.scroll(0);
		expect(started).toEqual([]);
		reader.scroll(300);
		reader.scroll(600);
		expect(started).toEqual(['a']);
		reader.whenScrolled(() => started.push('b'));
		expect(started).toEqual(['a', 'b']);
	});
});
