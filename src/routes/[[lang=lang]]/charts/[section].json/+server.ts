import { error, json } from '@sveltejs/kit';
import type { Lang } from '$lib/format';
import { loadStory } from '$lib/server/content/load';
import { chartInput } from '$lib/server/site/pageStory';
import type { EntryGenerator, RequestHandler } from './$types';

// A section's chart input (ChartInput in src/lib/story/types.ts), one file per section and
// language, fetched by the live chart with its code: /charts/deal.json, /en/charts/deal.json.
export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = () =>
	loadStory('zh').sections.flatMap((s) => [{ section: s.id }, { lang: 'en', section: s.id }]);

export const GET: RequestHandler = ({ params }) => {
	const lang: Lang = params.lang === 'en' ? 'en' : 'zh';
	const section = loadStory(lang).sections.find((s) => s.id === params.section);
	if (!section) error(404, `No section "${params.section}"`);
	return json(chartInput(section));
};
