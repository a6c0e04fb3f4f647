/** The deal chart as the browser draws it (see ../shared/define.ts). */
import { defineView } from '../shared/view';
import { dealState } from './state';
import Box from './Box.svelte';
import Layers from './Layers.svelte';

export default defineView({
	state: dealState,
	Box,
	Layers
});
