/** The leaderboard chart as the browser draws it (see ../shared/define.ts). */
import { PRERENDER_SIZE } from '../shared/size';
import { defineView } from '../shared/view';
import { WIDE_FROM, leaderboardState } from './state';
import Box from './Box.svelte';
import Layers from './Layers.svelte';

export default defineView({
	state: leaderboardState,
	// Before measuring (prerender): the narrowest box, a 320 px screen's, so labels fit in any.
	unmeasured: { ...PRERENDER_SIZE, width: 288 },
	layoutOf: (size) => (size.width < WIDE_FROM ? 'narrow' : 'wide'),
	Box,
	Layers
});
