import type { ParamMatcher } from '@sveltejs/kit';

/** The optional first path segment: only "en"; no segment means Chinese, the first language. */
export const match: ParamMatcher = (param) => param === 'en';
