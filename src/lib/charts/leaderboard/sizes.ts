/**
 * Dot diameters in px: on a board the highlighted model's dot is larger; on the timeline the
 * released model's dots sit on its line and are smaller than the experimental model's.
 * (No imports, so the browser tests can read the sizes the state asks for.)
 */
export const DOT = { board: 9, boardHighlight: 12, timeline: 9, timelineLine: 7 } as const;
