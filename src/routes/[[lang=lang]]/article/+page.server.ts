import { storyPage } from '$lib/server/site/storyPage';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => storyPage(params.lang, true);
