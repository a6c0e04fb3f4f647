/**
 * The embed's public message format (stable once published; see README "Embedding a section").
 *
 * Height messages follow pym.js, so newsroom pages that already run a pym.js parent resize our
 * frames for free: the string `pym` + `xPYMx` + childId + `xPYMx` + `height` + `xPYMx` + pixels.
 * The AMP shape `{ sentinel: 'amp', type: 'embed-size', height }` is sent as well, for
 * `<amp-iframe resizable>`. The embed sends them from its page's head script (src/routes/
 * [[lang=lang]]/embed/[section]/+page.svelte); this is the host's side: everything a message
 * carries is checked here, in one place, and nothing in this file throws on any input.
 */

const PYM_SEPARATOR = 'xPYMx';
/** A frame taller than this is a mistake or an attack: ignored. */
export const MAX_HEIGHT = 20_000;
/** Name of the query parameter pym.js parents use to tell a child its id (kept for them). */
export const CHILD_ID_PARAM = 'childId';

export interface PymMessage {
	id: string;
	type: string;
	value: string;
}

/** Parses a pym.js message string; anything else (or a malformed one) is null. */
export function decodePym(data: unknown): PymMessage | null {
	if (typeof data !== 'string' || data.length > 1000) return null;
	// Built here, not at the module's top: a page that imports this file for something else (the
	// story, through its chunks) then carries no statement of it.
	const sep = PYM_SEPARATOR;
	const m = new RegExp(`^pym${sep}(\\S+?)${sep}(\\S+?)${sep}(.*)$`).exec(data);
	if (!m) return null;
	return { id: m[1]!, type: m[2]!, value: m[3]! };
}

/** A usable frame height in CSS pixels (rounded up), or null: not a number, ≤ 0, or absurd. */
export function validHeight(value: unknown): number | null {
	let n: number;
	if (typeof value === 'number') n = value;
	else if (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value)) n = Number(value);
	else return null;
	if (!Number.isFinite(n) || n <= 0 || n > MAX_HEIGHT) return null;
	return Math.ceil(n);
}

/**
 * The height a message asks for, if it is a height message for the frame `childId`: a pym.js
 * string with that id, or the AMP object. Anything else, whatever its type, is null.
 */
export function heightFromMessage(data: unknown, childId: string): number | null {
	const pym = decodePym(data);
	if (pym) return pym.id === childId && pym.type === 'height' ? validHeight(pym.value) : null;
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
	try {
		const o = data as Record<string, unknown>;
		if (o.sentinel !== 'amp' || o.type !== 'embed-size') return null;
		return typeof o.height === 'number' ? validHeight(o.height) : null;
	} catch {
		// A hostile object (a getter that throws, a revoked proxy) is just not a height.
		return null;
	}
}

/**
 * Which step `?step=` asks for: a step id, or its number counted from 1 (an alias). Unknown
 * values open at the first step.
 */
export function stepFromParam(value: string | null | undefined, ids: readonly string[]): number {
	if (!value) return 0;
	const byId = ids.indexOf(value);
	if (byId >= 0) return byId;
	if (/^\d+$/.test(value)) {
		const n = Number(value);
		if (n >= 1 && n <= ids.length) return n - 1;
	}
	return 0;
}
