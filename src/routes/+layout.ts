// Every route is prerendered to static HTML; URLs end in "/" so static hosts serve index.html.
export const prerender = true;
export const trailingSlash = 'always';
