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

/** Stops the build unless `value` is one of `known` (a section id, a chart name…). */
export function expectOneOf(
	file: string,
	where: string,
	what: string,
	value: string,
	known: readonly string[]
): void {
	if (!known.includes(value))
		throw new ContentError(
			file,
			where,
			`unknown ${what} "${value}", expected one of: ${known.join(', ')}`
		);
}
