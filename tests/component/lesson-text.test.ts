// Citation markers and glossary links inside a lesson's text.
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Footnote } from '$lib/content/views';
import LessonHarness from './LessonHarness.svelte';

const footnote = (id: string, number: number): Footnote => ({
	id,
	number,
	text: `Claim ${id}`,
	status: 'confirmed',
	sources: [{ id: 'src', title: 'A source', publisher: 'A publisher' }]
});

const footnotes = [footnote('invasion', 1), footnote('withdrawal', 2)];
const terms = { mujahideen: { name: 'Mujahideen', definition: 'Afghan resistance fighters.' } };

describe('Cite', () => {
	it('shows the footnote number of its claim and links to the claim on /sources', () => {
		render(LessonHarness, {
			footnotes,
			terms,
			claims: ['withdrawal', 'invasion', 'withdrawal'],
			termIds: []
		});
		const links = screen.getAllByRole('link', { name: /Source note/ });
		expect(links.map((l) => l.textContent)).toEqual(['2', '1', '2']);
		expect(links[0]).toHaveAttribute('href', '/sources#claim-withdrawal');
		expect(links[0]).toHaveAccessibleName('Source note 2');
		expect(links[0]).toHaveAttribute('title', 'Claim withdrawal');
	});
});

describe('Term', () => {
	it('links to the glossary entry, named by the entry and titled with its definition', () => {
		render(LessonHarness, { footnotes, terms, claims: [], termIds: ['mujahideen'] });
		const link = screen.getByRole('link', { name: 'Mujahideen' });
		expect(link).toHaveAttribute('href', '/glossary#term-mujahideen');
		expect(link).toHaveAttribute('title', 'Afghan resistance fighters.');
	});
});
