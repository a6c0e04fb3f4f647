import { describe, expect, it } from 'vitest';
import { lingering } from '$lib/charts/shared/lingering';

interface Word {
	key: string;
	text: string;
}
const word = (key: string, text = key) => ({ key, text });
const seen = (drawn: { item: Word; present: boolean; enters: boolean }[]) =>
	drawn.map(
		({ item, present, enters }) =>
			`${item.text}${present ? '' : ' (gone)'}${enters ? ' (enters)' : ''}`
	);

describe('words that come and go with a step', () => {
	it('draws the first step as it is, with nothing fading in', () => {
		const words = lingering((w: Word) => w.key);
		expect(seen(words([word('a'), word('b')]))).toEqual(['a', 'b']);
	});

	it('keeps a word the step no longer has, undrawn, with its last words', () => {
		const words = lingering((w: Word) => w.key);
		words([word('a', 'first'), word('b')]);
		words([word('a', 'second'), word('b')]);
		expect(seen(words([word('b')]))).toEqual(['second (gone) (enters)', 'b']);
	});

	it('fades in a word that comes after the first drawing, or comes back', () => {
		const words = lingering((w: Word) => w.key);
		words([word('a')]);
		expect(seen(words([word('a'), word('c')]))).toEqual(['a', 'c (enters)']);
		words([word('c')]);
		expect(seen(words([word('a'), word('c')]))).toEqual(['a (enters)', 'c (enters)']);
	});

	it('never removes what it has drawn: every key seen stays, in the order first seen', () => {
		const words = lingering((w: Word) => w.key);
		const steps = [['a', 'b'], ['c'], ['b', 'd'], [], ['a']];
		let drawn: Word[] = [];
		for (const keys of steps) drawn = words(keys.map((k) => word(k))).map((d) => d.item);
		expect(drawn.map((w) => w.key)).toEqual(['a', 'b', 'c', 'd']);
	});
});
