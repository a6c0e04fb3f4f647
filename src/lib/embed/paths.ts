/**
 * Paths of the embed pages and the loader, inside the site (no base path, no origin). Public
 * once published: see README "Embedding a section".
 */
import type { Lang } from '$lib/format';

/** The loader's stable, versioned path. */
export const LOADER_PATH = '/embed/v1.js';

/** `/embed/<section>/` (Chinese) or `/en/embed/<section>/`. */
export function embedPath(lang: Lang, section: string): string {
	return `${lang === 'zh' ? '' : '/en'}/embed/${section}/`;
}
