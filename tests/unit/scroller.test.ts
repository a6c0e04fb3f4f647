import { describe, expect, it } from 'vitest';
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
