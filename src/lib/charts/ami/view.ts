/** The ami chart as the browser draws it (see ../shared/define.ts). */
import { defineView } from '../shared/view';
import { amiState } from './state';
import Box from './Box.svelte';
import Layers from './Layers.svelte';

export default defineView({
	state: amiState,
	Box,
	Layers
});
