/**
 * Index of the last step whose top has passed the trigger line (0 when none has yet):
 * the step a reader is on, from the steps' tops relative to the viewport.
 */
export function stepAtLine(tops: number[], line: number): number {
	let index = 0;
	tops.forEach((top, i) => {
		if (top <= line) index = i;
	});
	return index;
}
