import { loadProof } from '$lib/server/content/proof';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => loadProof();
