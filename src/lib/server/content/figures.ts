import { z } from 'zod';
import {
	UNITS,
	formatAge,
	formatLargeCount,
	formatOrdinal,
	formatValue,
	formatWords,
	type Lang,
	type Unit
} from '$lib/format';
import { parseCsv } from './csv';
import { ContentError } from './errors';
import { sourceIdsIn, type SourceRow } from './sources';

/** How far a figure can be trusted; the copy must say "reportedly" for CONFIRMED-AS-REPORTED. */
const STATUSES = [
	'CONFIRMED',
	'CONFIRMED-AS-REPORTED',
	'CONFIRMED-WITH-CORRECTION',
	'CONTRADICTED',
	'UNVERIFIED',
	'DERIVED'
] as const;
type Status = (typeof STATUSES)[number];

/** One figure the copy can name as `{key}`: its value, how to write it, and where it comes from. */
export interface Figure {
	key: string;
	value: number | string;
	unit: Unit;
	/** Decimals as the source gives them (13.79 → 2); undefined = as written. */
	precision?: number;
	status: Status;
	sourceIds: string[];
	/** Where the value was read: a data file and row, for the proof page. */
	origin: string;
}

const figureRowSchema = z
	.object({
		id: z.string().regex(/^[a-z0-9_]+(\.[a-z0-9_]+)+$/, 'expected a dotted key such as deal.price'),
		value: z.string().min(1, 'expected a value'),
		unit: z.enum(UNITS as [Unit, ...Unit[]], { error: `expected one of: ${UNITS.join(', ')}` }),
		precision: z.string().regex(/^\d*$/, 'expected a whole number of decimals, or nothing'),
		as_of: z.string(),
		status: z.enum(STATUSES, { error: `expected one of: ${STATUSES.join(', ')}` }),
		source_ids: z
			.string()
			.min(1, 'every figure needs a source: expected source ids from sources.csv'),
		note: z.string()
	})
	.transform((row, ctx) => {
		const isDate = row.unit === 'date' || row.unit === 'month' || row.unit === 'year';
		const n = Number(row.value);
		if (!isDate && !Number.isFinite(n)) {
			ctx.addIssue({
				code: 'custom',
				path: ['value'],
				message: `expected a number for unit "${row.unit}"`
			});
			return z.NEVER;
		}
		return { ...row, parsed: isDate ? row.value : n };
	});

/** Reads figures.csv and checks every source id against sources.csv. */
export function parseFigures(file: string, text: string, sources: SourceRow[]): Figure[] {
	const known = new Set(sources.map((s) => s.id));
	return parseCsv(file, text, figureRowSchema).map((row) => {
		const where = `line ${row.line}, column "source_ids"`;
		return {
			key: row.id,
			value: row.parsed,
			unit: row.unit,
			precision: row.precision === '' ? undefined : Number(row.precision),
			status: row.status,
			sourceIds: sourceIdsIn(row.source_ids, known, file, where),
			origin: `${file}, line ${row.line}`
		};
	});
}

/** All figures by key; a key defined twice is an error (one correction must update everything). */
export class FigureRegistry {
	readonly #byKey = new Map<string, Figure>();

	constructor(figures: Figure[]) {
		for (const f of figures) {
			const prior = this.#byKey.get(f.key);
			if (prior) {
				throw new ContentError(f.origin, f.key, `figure defined twice (also in ${prior.origin})`);
			}
			this.#byKey.set(f.key, f);
		}
	}

	get(key: string): Figure | undefined {
		return this.#byKey.get(key);
	}

	keys(): string[] {
		return [...this.#byKey.keys()];
	}

	/** The figure as prose; a format other than the unit's own needs a number (checked by the loader). */
	format(key: string, lang: Lang, modifier?: string): string {
		const f = this.#byKey.get(key);
		if (!f) throw new Error(`no figure ${key}`);
		if (modifier === undefined) return formatValue(f.value, f.unit, lang, f.precision);
		if (typeof f.value !== 'number') throw new Error(`figure ${key} is not a number`);
		if (modifier === 'ordinal') return formatOrdinal(f.value, lang);
		if (modifier === 'words') return formatWords(f.value, lang);
		if (modifier === 'age') return formatAge(f.value, lang);
		if (modifier === 'number') return formatValue(f.value, 'count', lang, f.precision);
		if (modifier === 'large') return formatLargeCount(f.value, lang);
		throw new Error(`unknown format ${modifier}`);
	}
}
