/**
 * The loader newsrooms paste (built to `/embed/v1.js`, see `build.ts`): it turns every
 * `<div data-lecun-embed="…embed page URL…">` into an iframe of that embed at its reserved
 * height, then follows the embed's height messages, accepting a message only from that frame's
 * own window and origin, with a sane height. It never throws into the host page.
 *
 * Public, stable interface (v1): the attribute names below, the query parameters sent to the
 * embed page (`theme`, `transparent`, `step`, `childId`) and the message format (protocol.ts).
 */
import { CHILD_ID_PARAM, MAX_HEIGHT, heightFromMessage } from './protocol';

export const CONTAINER_ATTR = 'data-lecun-embed';
/** Set on a container once it holds its frame, so a second copy of the script skips it. */
const MOUNTED_ATTR = 'data-lecun-embed-mounted';
/** Height before the embed has reported its own (when the snippet gives none). */
export const DEFAULT_HEIGHT = 600;

export interface EmbedOptions {
	/** Absolute URL of the embed page (http or https only). */
	src: string;
	theme: 'light' | 'dark';
	transparent: boolean;
	/** A step id, or a step number from 1. */
	step: string | null;
	/**
	 * Starting height in pixels, reserved before the embed reports its own: one number, or the
	 * measured heights at some widths (`320:1443,600:1137`), interpolated for the frame's width.
	 */
	height: number | [number, number][];
	/** The frame's accessible name. */
	title: string;
}

interface AttributeSource {
	getAttribute(name: string): string | null;
}

/** Reads a container's options; null if it names no usable embed URL. */
export function readOptions(el: AttributeSource, baseURI: string): EmbedOptions | null {
	let url: URL;
	try {
		url = new URL(el.getAttribute(CONTAINER_ATTR) ?? '', baseURI);
	} catch {
		return null;
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
	const flag = (v: string | null) => v !== null && v !== 'false' && v !== '0';
	return {
		src: url.href,
		theme: el.getAttribute('data-theme') === 'dark' ? 'dark' : 'light',
		transparent: flag(el.getAttribute('data-transparent')),
		step: el.getAttribute('data-step') || null,
		height: parseHeights(el.getAttribute('data-height')),
		title: el.getAttribute('data-title') || ''
	};
}

const sane = (n: number) => Number.isFinite(n) && n > 0 && n <= MAX_HEIGHT;

/** `data-height`: a number, or `width:height` pairs; anything unusable gives the default. */
export function parseHeights(value: string | null): number | [number, number][] {
	if (!value) return DEFAULT_HEIGHT;
	if (/^\s*\d+(\.\d+)?\s*$/.test(value)) {
		const n = Number(value);
		return sane(n) ? n : DEFAULT_HEIGHT;
	}
	const pairs = value
		.split(',')
		.map((p) => p.split(':').map(Number))
		.filter((p): p is [number, number] => p.length === 2 && sane(p[0]!) && sane(p[1]!))
		.sort((a, b) => a[0] - b[0]);
	return pairs.length ? pairs : DEFAULT_HEIGHT;
}

/** The starting height for a frame `width` pixels wide (linear between measured widths). */
export function startHeight(height: number | [number, number][], width: number): number {
	if (typeof height === 'number') return Math.ceil(height);
	const first = height[0]!;
	const last = height[height.length - 1]!;
	if (!(width > first[0])) return Math.ceil(first[1]);
	if (width >= last[0]) return Math.ceil(last[1]);
	const i = height.findIndex(([w]) => w >= width);
	const [w0, h0] = height[i - 1]!;
	const [w1, h1] = height[i]!;
	return Math.ceil(h0 + ((h1 - h0) * (width - w0)) / (w1 - w0));
}

/** The embed page's URL with the options the page reads from its query string. */
export function frameUrl(options: EmbedOptions, childId: string): string {
	const url = new URL(options.src);
	url.searchParams.set(CHILD_ID_PARAM, childId);
	if (options.theme === 'dark') url.searchParams.set('theme', 'dark');
	if (options.transparent) url.searchParams.set('transparent', '1');
	if (options.step) url.searchParams.set('step', options.step);
	return url.href;
}

/** A mounted frame, as the message handler sees it. */
export interface Frame {
	id: string;
	/** Origin of the embed page: messages from any other origin are ignored. */
	origin: string;
	/** The frame's window (compared by identity with `event.source`). */
	source(): unknown;
	setHeight(px: number): void;
}

/**
 * Applies one `message` event to the frame that sent it. Returns whether a height was applied;
 * a message from another window or origin, or with a bad height, changes nothing.
 */
export function handleMessage(
	event: { source?: unknown; origin?: unknown; data?: unknown },
	frames: readonly Frame[]
): boolean {
	try {
		if (!event || event.source == null) return false;
		const frame = frames.find((f) => f.source() === event.source);
		if (!frame || event.origin !== frame.origin) return false;
		const height = heightFromMessage(event.data, frame.id);
		if (height === null) return false;
		frame.setHeight(height);
		return true;
	} catch {
		return false;
	}
}

/** Creates the iframe for one container (inline styles only: the host's CSS is unknown). */
function mount(container: HTMLElement, options: EmbedOptions, childId: string): Frame {
	const doc = container.ownerDocument;
	const iframe = doc.createElement('iframe');
	iframe.src = frameUrl(options, childId);
	iframe.title = options.title;
	iframe.setAttribute('scrolling', 'no');
	iframe.setAttribute('loading', 'lazy');
	iframe.setAttribute('frameborder', '0');
	const style = iframe.style;
	style.display = 'block';
	style.width = '100%';
	style.border = '0';
	style.height = `${startHeight(options.height, container.clientWidth)}px`;
	// The frame's colour scheme matches the embed's own: where the two differ, browsers paint an
	// opaque backdrop behind a transparent embed.
	style.colorScheme = options.theme;
	if (options.transparent) iframe.setAttribute('allowtransparency', 'true');
	// The frame replaces the fallback link (noscript).
	container.textContent = '';
	container.appendChild(iframe);
	container.setAttribute(MOUNTED_ATTR, '');
	return {
		id: childId,
		origin: new URL(options.src).origin,
		source: () => iframe.contentWindow,
		setHeight: (px) => {
			style.height = `${px}px`;
		}
	};
}

interface Registry {
	frames: Frame[];
	count: number;
	scan(): void;
}

type HostWindow = Window & { __lecunEmbedV1?: Registry };

/** Mounts every container not mounted yet; installs one message listener per page. */
export function install(win: HostWindow): void {
	try {
		if (win.__lecunEmbedV1) {
			win.__lecunEmbedV1.scan();
			return;
		}
		const doc = win.document;
		const registry: Registry = {
			frames: [],
			count: 0,
			scan() {
				const containers = doc.querySelectorAll<HTMLElement>(
					`[${CONTAINER_ATTR}]:not([${MOUNTED_ATTR}])`
				);
				for (const el of containers) {
					try {
						const options = readOptions(el, doc.baseURI);
						if (!options) continue;
						registry.frames.push(mount(el, options, `lecun-embed-${registry.count++}`));
					} catch {
						// One broken container must not stop the others.
					}
				}
			}
		};
		win.__lecunEmbedV1 = registry;
		win.addEventListener('message', (event) => {
			handleMessage(event, registry.frames);
		});
		registry.scan();
		if (doc.readyState === 'loading') {
			doc.addEventListener('DOMContentLoaded', () => registry.scan());
		}
	} catch {
		// Never break the host page.
	}
}
