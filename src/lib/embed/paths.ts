/**
 * Paths of the embed pages and the loader, inside the site (no base path, no origin). Public
 * once published: see README "Embedding a section".
 */
import type { Lang } from '$lib/format';

/** The loader's stable, versioned path. */
export const LOADER_PATH = '/embed/v1.js';

/** `/embed/<section>/` (Chinese) or `/en/embed/<section>/`. */
export function embedPath(lang: Lang, section: string): string {
	return `${lang === 'zh' ? '' : '/en'}/embed/${section}/`;
}

/**
 * Inline head script of the embed page, run before first paint after app.html's own: the theme
 * is the newsroom's choice (`?theme=dark`, else light), never the reader's system or the story's
 * remembered theme; `?transparent`; and no chart animation when opening at `?step=`.
 */
export const THEME_SCRIPT = `(function(h){var q=new URLSearchParams(location.search),t=q.get('transparent');h.setAttribute('data-theme',q.get('theme')==='dark'?'dark':'light');if(t!==null&&t!=='0'&&t!=='false')h.setAttribute('data-transparent','');if(q.get('step'))h.style.setProperty('--chart-duration','0ms')})(document.documentElement)`;
