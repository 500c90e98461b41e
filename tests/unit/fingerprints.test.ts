// The copy check itself: it catches a copied sentence or run of words, and lets quotations and
// independent wording through.
import { describe, expect, it } from 'vitest';
import { fingerprints, withoutQuotes } from '$lib/content/fingerprints.js';

const seed = withoutQuotes(
	'Moscow has cultivated ties with the group over the years, holding many rounds of talks. ' +
		'"They are the real power," the minister said on Monday.'
);
const seedPrints = new Set(fingerprints(seed).keys());
const copiedFrom = (text: string) =>
	[...fingerprints(text)].filter(([hash]) => seedPrints.has(hash)).map(([, words]) => words);

describe('fingerprints', () => {
	it('catches a copied sentence, whatever its case and punctuation', () => {
		expect(
			copiedFrom(
				'MOSCOW has cultivated ties with the group over the years — holding many rounds of talks!'
			)
		).not.toEqual([]);
	});

	it('catches ten copied words inside a longer sentence of our own', () => {
		expect(
			copiedFrom(
				'We note that it cultivated ties with the group over the years, holding many meetings.'
			)
		).toContain('cultivated ties with the group over the years holding many');
	});

	it('lets a quotation of an official through', () => {
		expect(copiedFrom('Lavrov said: "They are the real power," on 27 May 2024.')).toEqual([]);
	});

	it('lets the same facts in other words through', () => {
		expect(
			copiedFrom('For years Russia built links with the Taliban through repeated negotiations.')
		).toEqual([]);
	});
});
