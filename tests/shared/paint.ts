/**
 * What a browser actually painted, measured on a screenshot (PNG bytes), for any driver
 * (Playwright, WebDriver, puppeteer): an element's box says where a mark should be, never how
 * it was painted (WebKit reports a zero-length line's round-cap blob as 0×0).
 */
import { PNG } from 'pngjs';

export type Rgb = readonly [number, number, number];

export interface PaintedBox {
	/** In screenshot pixels divided by `scale` (CSS pixels when `scale` is the device pixel ratio). */
	left: number;
	top: number;
	width: number;
	height: number;
	/** Pixels of the colour in the box's rows and columns (0: nothing painted at the centre). */
	pixels: number;
}

export interface PaintOptions {
	/** Where the mark should be, in CSS pixels from the screenshot's top left. */
	centre: { x: number; y: number };
	colour: Rgb;
	/**
	 * What the mark is painted over. A pixel counts as the mark's when it is at least half-way
	 * from the background to the colour (so anti-aliased edges count as the browser meant them,
	 * and the box is the geometric one), and no further than `tolerance` off that line.
	 */
	background: Rgb;
	/** Device pixels per CSS pixel in the screenshot (1 for a `scale: 'css'` shot). */
	scale?: number;
	/** Largest distance (RGB units) off the background–colour line still counted. */
	tolerance?: number;
	/**
	 * Strokes of the same colour through the mark up to this thickness (CSS px) are not part of
	 * it: e.g. an interval line through its dot. Columns and rows are counted only where the
	 * colour runs through the centre for more than this.
	 */
	ignoreStrokesUpTo?: number;
}

/** Parses a CSS colour as `getComputedStyle` reports it (`rgb(…)`/`rgba(…)`) or `#rrggbb`. */
export function parseRgb(css: string): Rgb {
	const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(css.trim());
	if (hex) return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16)];
	const m = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(css);
	if (!m) throw new Error(`not a colour: ${css}`);
	return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/**
 * The box of the mark painted in `colour` around `centre`: the run of columns whose painted
 * run through the centre row is thicker than `ignoreStrokesUpTo`, and likewise the rows.
 */
export function paintedBox(png: Uint8Array, options: PaintOptions): PaintedBox {
	const { colour, background: bg, scale = 1, tolerance = 24, ignoreStrokesUpTo = 0 } = options;
	const img = PNG.sync.read(Buffer.from(png));
	const { width, height, data } = img;
	const axis = [colour[0] - bg[0], colour[1] - bg[1], colour[2] - bg[2]] as const;
	const axisLength2 = axis[0] ** 2 + axis[1] ** 2 + axis[2] ** 2;
	if (axisLength2 === 0) throw new Error('the colour is the background');
	const is = (x: number, y: number) => {
		if (x < 0 || y < 0 || x >= width || y >= height) return false;
		const i = (y * width + x) * 4;
		const p = [data[i]! - bg[0], data[i + 1]! - bg[1], data[i + 2]! - bg[2]];
		// How much of the colour the pixel holds (0: background, 1: the colour)…
		const cover = (p[0]! * axis[0] + p[1]! * axis[1] + p[2]! * axis[2]) / axisLength2;
		// …and how far it is from any mix of the two (another colour).
		const off = Math.hypot(
			p[0]! - cover * axis[0],
			p[1]! - cover * axis[1],
			p[2]! - cover * axis[2]
		);
		// Up to 1.1: a darker ink of the same hue (muted text beside a grey dot) is not the mark.
		return cover >= 0.5 && cover <= 1.1 && off <= tolerance;
	};
	// The painted pixel nearest the centre (within a few px) anchors the search.
	const cx0 = Math.round(options.centre.x * scale);
	const cy0 = Math.round(options.centre.y * scale);
	let anchor: [number, number] | null = null;
	for (let r = 0; r <= Math.ceil(3 * scale) && !anchor; r++) {
		for (let dy = -r; dy <= r && !anchor; dy++) {
			for (let dx = -r; dx <= r && !anchor; dx++) {
				if (is(cx0 + dx, cy0 + dy)) anchor = [cx0 + dx, cy0 + dy];
			}
		}
	}
	if (!anchor) {
		return { left: options.centre.x, top: options.centre.y, width: 0, height: 0, pixels: 0 };
	}
	const [cx, cy] = anchor;
	const thin = ignoreStrokesUpTo * scale;
	/** Length of the run of the colour through (x, y) along a direction. */
	const run = (x: number, y: number, dx: number, dy: number) => {
		if (!is(x, y)) return 0;
		let n = 1;
		for (let k = 1; is(x + k * dx, y + k * dy); k++) n++;
		for (let k = 1; is(x - k * dx, y - k * dy); k++) n++;
		return n;
	};
	/** The contiguous span around `c` of positions whose run across is thicker than `thin`. */
	const span = (c: number, thick: (p: number) => boolean) => {
		let lo = c;
		let hi = c;
		while (thick(lo - 1)) lo--;
		while (thick(hi + 1)) hi++;
		return [lo, hi] as const;
	};
	const columnThick = (x: number) => run(x, cy, 0, 1) > thin;
	const rowThick = (y: number) => run(cx, y, 1, 0) > thin;
	if (!columnThick(cx)) {
		return { left: cx / scale, top: cy / scale, width: 0, height: 0, pixels: 0 };
	}
	const [x0, x1] = span(cx, columnThick);
	const [y0, y1] = span(cy, rowThick);
	let pixels = 0;
	for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) if (is(x, y)) pixels++;
	return {
		left: x0 / scale,
		top: y0 / scale,
		width: (x1 - x0 + 1) / scale,
		height: (y1 - y0 + 1) / scale,
		pixels
	};
}

/**
 * The tallest band of a screenshot in which every pixel is one of `colours` (background, grid
 * lines): nothing drawn or written across the whole width. In CSS pixels (`scale` as above).
 */
export function tallestBlankBand(
	png: Uint8Array,
	options: { colours: Rgb[]; scale?: number; tolerance?: number }
): { top: number; height: number } {
	const { colours, scale = 1, tolerance = 12 } = options;
	const { width, height, data } = PNG.sync.read(Buffer.from(png));
	const blankRow = (y: number) => {
		for (let x = 0; x < width; x++) {
			const i = (y * width + x) * 4;
			const near = colours.some(
				(c) =>
					Math.abs(data[i]! - c[0]) <= tolerance &&
					Math.abs(data[i + 1]! - c[1]) <= tolerance &&
					Math.abs(data[i + 2]! - c[2]) <= tolerance
			);
			if (!near) return false;
		}
		return true;
	};
	let best = { top: 0, height: 0 };
	let start = -1;
	for (let y = 0; y <= height; y++) {
		if (y < height && blankRow(y)) {
			if (start < 0) start = y;
		} else if (start >= 0) {
			if (y - start > best.height) best = { top: start, height: y - start };
			start = -1;
		}
	}
	return { top: best.top / scale, height: best.height / scale };
}

/** Pixels of a PNG within `tolerance` (RGB units, each channel) of `colour`. */
export function pixelsOf(png: Uint8Array, colour: Rgb, tolerance = 8): number {
	const { data } = PNG.sync.read(Buffer.from(png));
	let n = 0;
	for (let i = 0; i < data.length; i += 4)
		if (
			Math.abs(data[i]! - colour[0]) <= tolerance &&
			Math.abs(data[i + 1]! - colour[1]) <= tolerance &&
			Math.abs(data[i + 2]! - colour[2]) <= tolerance
		)
			n++;
	return n;
}
