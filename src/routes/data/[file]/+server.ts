import { error } from '@sveltejs/kit';
import { DOWNLOADS, downloadBody } from '$lib/server/content/downloads';
import type { EntryGenerator, RequestHandler } from './$types';

// Built once into files: /data/figures.csv (never /data/figures.csv/).
export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = () =>
	[...Object.keys(DOWNLOADS), 'README.txt'].map((file) => ({ file }));

export const GET: RequestHandler = ({ params }) => {
	const body = downloadBody(params.file);
	if (body === undefined) error(404, 'No such file');
	const type = params.file.endsWith('.csv') ? 'text/csv' : 'text/plain';
	return new Response(body, { headers: { 'content-type': `${type}; charset=utf-8` } });
};
