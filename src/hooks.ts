import type { Transport } from '@sveltejs/kit';
import { ServerOnly } from '$lib/prerender/serverOnly';

/** Page data crosses to the browser without what only the prerender uses (see ServerOnly). */
export const transport: Transport = {
	ServerOnly: {
		encode: (value) => value instanceof ServerOnly && [],
		decode: () => new ServerOnly()
	}
};
