/**
 * Every mistake in an editor's file stops the build with one of these: the file, where in it,
 * and what was expected, so an editor can fix it without reading code.
 */
export class ContentError extends Error {
	constructor(
		readonly file: string,
		readonly where: string,
		readonly problem: string
	) {
		super(`${file}: ${where}: ${problem}`);
		this.name = 'ContentError';
	}
}
