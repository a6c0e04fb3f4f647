import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { paintedBox, parseRgb, tallestBlankBand, type Rgb } from '../shared/paint';

const BG: Rgb = [255, 255, 255];
const BLUE: Rgb = [29, 78, 216];

/** A white image with anti-aliased ellipses and a horizontal stroke, drawn by coverage. */
function image(
	w: number,
	h: number,
	shapes: { cx: number; cy: number; rx: number; ry: number; colour: Rgb }[],
	stroke?: { y: number; thickness: number; x0: number; x1: number; colour: Rgb }
): Uint8Array {
	const png = new PNG({ width: w, height: h });
	for (let y = 0; y < h; y++) {
		for (let x = 0; x < w; x++) {
			let colour = BG;
			let cover = 0;
			for (const s of shapes) {
				// 4×4 supersampling of the pixel.
				let n = 0;
				for (let i = 0; i < 4; i++)
					for (let j = 0; j < 4; j++) {
						const px = x + (i + 0.5) / 4 - s.cx;
						const py = y + (j + 0.5) / 4 - s.cy;
						if ((px / s.rx) ** 2 + (py / s.ry) ** 2 <= 1) n++;
					}
				if (n / 16 > cover) [cover, colour] = [n / 16, s.colour];
			}
			if (
				stroke &&
				Math.abs(y + 0.5 - stroke.y) <= stroke.thickness / 2 &&
				x >= stroke.x0 &&
				x < stroke.x1
			) {
				[cover, colour] = [1, stroke.colour];
			}
			const i = (y * w + x) * 4;
			for (let c = 0; c < 3; c++)
				png.data[i + c] = Math.round(BG[c]! + (colour[c]! - BG[c]!) * cover);
			png.data[i + 3] = 255;
		}
	}
	return PNG.sync.write(png);
}

describe('paintedBox', () => {
	it('measures a round dot at its diameter, through an interval line of its colour', () => {
		const png = image(80, 40, [{ cx: 40.3, cy: 20.6, rx: 6, ry: 6, colour: BLUE }], {
			y: 20.6,
			thickness: 3,
			x0: 10,
			x1: 70,
			colour: BLUE
		});
		const box = paintedBox(png, {
			centre: { x: 40.3, y: 20.6 },
			colour: BLUE,
			background: BG,
			ignoreStrokesUpTo: 4
		});
		expect(box.width).toBeGreaterThanOrEqual(10);
		expect(box.width).toBeLessThanOrEqual(14);
		expect(box.height).toBeGreaterThanOrEqual(10);
		expect(box.height).toBeLessThanOrEqual(14);
	});

	it('measures a blob at its size, in screenshot pixels divided by the scale', () => {
		const png = image(200, 120, [{ cx: 100, cy: 60, rx: 50, ry: 30, colour: BLUE }]);
		const box = paintedBox(png, {
			centre: { x: 50, y: 30 },
			colour: BLUE,
			background: BG,
			scale: 2
		});
		expect(box.width).toBeCloseTo(50, 0);
		expect(box.height).toBeCloseTo(30, 0);
	});

	it('finds nothing where nothing of the colour is painted, nor in another colour', () => {
		const png = image(40, 40, [{ cx: 20, cy: 20, rx: 5, ry: 5, colour: [200, 30, 30] }]);
		const box = paintedBox(png, { centre: { x: 20, y: 20 }, colour: BLUE, background: BG });
		expect([box.width, box.height, box.pixels]).toEqual([0, 0, 0]);
	});

	it('reads colours as getComputedStyle and hex write them', () => {
		expect(parseRgb('rgb(29, 78, 216)')).toEqual(BLUE);
		expect(parseRgb('rgba(29, 78, 216, 0.5)')).toEqual(BLUE);
		expect(parseRgb('#1d4ed8')).toEqual(BLUE);
	});
});

describe('tallestBlankBand', () => {
	it('finds the tallest run of rows holding only the given colours', () => {
		const png = new PNG({ width: 20, height: 50 });
		for (let i = 0; i < png.data.length; i += 4) png.data.set([255, 255, 255, 255], i);
		const dot = (x: number, y: number, c: Rgb) => png.data.set([...c, 255], (y * 20 + x) * 4);
		dot(3, 5, BLUE);
		dot(9, 30, BLUE);
		for (let y = 0; y < 50; y++) dot(15, y, [227, 227, 227]); // a grid line
		const band = tallestBlankBand(PNG.sync.write(png), {
			colours: [BG, [227, 227, 227]],
			scale: 2
		});
		expect(band).toEqual({ top: 3, height: 12 });
	});
});
