import { csvParseRows } from 'd3-dsv';
import type { z } from 'zod';
import { ContentError } from './errors';

/** A checked row, with its line in the file (the header is line 1) for error messages. */
export type CsvRow<S extends z.ZodType> = z.output<S> & { line: number };

/**
 * Parses a CSV file and checks every row against a schema. Errors name the file, the line
 * (cells must not contain line breaks) and the column.
 */
export function parseCsv<S extends z.ZodType>(file: string, text: string, schema: S): CsvRow<S>[] {
	const rows = csvParseRows(text.replace(/^\uFEFF/, ''));
	const [header, ...body] = rows;
	if (!header || header.length === 0) throw new ContentError(file, 'line 1', 'has no header row');
	const out: CsvRow<S>[] = [];
	body.forEach((cells, i) => {
		const line = i + 2;
		if (cells.length === 1 && cells[0] === '') return; // a blank line
		if (cells.length !== header.length) {
			throw new ContentError(
				file,
				`line ${line}`,
				`has ${cells.length} cells, expected ${header.length} (${header.join(', ')})`
			);
		}
		const record = Object.fromEntries(header.map((name, j) => [name, cells[j]]));
		const result = schema.safeParse(record);
		if (!result.success) {
			const issue = result.error.issues[0]!;
			const column = String(issue.path[0] ?? '');
			const value = column in record ? `value ${JSON.stringify(record[column])}: ` : '';
			throw new ContentError(
				file,
				`line ${line}${column ? `, column "${column}"` : ''}`,
				`${value}${issue.message}`
			);
		}
		out.push(Object.assign({}, result.data, { line }));
	});
	return out;
}
