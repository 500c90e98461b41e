// Shared page parts: the main navigation, footnotes with their disagreement notes, the lesson pager.
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import SiteNav from '$lib/components/SiteNav.svelte';
import Footnotes from '$lib/lesson/Footnotes.svelte';
import LessonPager from '../../src/routes/lessons/[slug]/LessonPager.svelte';

describe('SiteNav', () => {
	it.each([
		['/', 'Lessons'],
		['/lessons/introduction', 'Lessons'],
		['/sources/seed-a', 'Sources'],
		['/teacher/assignments/new', 'For teachers']
	])('on %s marks %s as the current section', (path, label) => {
		render(SiteNav, { path });
		const nav = screen.getByRole('navigation', { name: 'Main' });
		const current = within(nav)
			.getAllByRole('link')
			.filter((a) => a.getAttribute('aria-current') === 'page');
		expect(current.map((a) => a.textContent?.trim())).toEqual([label]);
	});

	it('links to all six sections', () => {
		render(SiteNav, { path: '/' });
		expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual([
			'/',
			'/timeline',
			'/quiz',
			'/sources',
			'/glossary',
			'/teacher'
		]);
	});
});

describe('Footnotes', () => {
	it('lists claims in order with their sources and a note where sources disagree', () => {
		render(Footnotes, {
			footnotes: [
				{
					id: 'toll',
					number: 1,
					text: 'The attack killed 145 people.',
					status: 'disputed',
					sources: [
						{ id: 'early', title: 'Early report', publisher: 'A' },
						{ id: 'late', title: 'Later report', publisher: 'B', date: '2025-04-17' }
					],
					disagreement: {
						summary: 'The death toll.',
						positions: [
							{ sources: ['early'], says: 'At least 137.' },
							{ sources: ['late'], says: '145.' }
						],
						resolution: 'The later, official figure of 145.'
					}
				}
			],
			sourceTitles: { early: 'Early report', late: 'Later report' }
		});
		const item = document.getElementById('fn-toll');
		expect(item).toHaveAttribute('value', '1');
		expect(screen.getByText(/The attack killed 145 people/)).toBeInTheDocument();
		expect(screen.getByText('(disputed)')).toBeInTheDocument();
		const note = screen.getByRole('note', { name: 'Sources disagree' });
		expect(within(note).getByText(/At least 137/)).toBeInTheDocument();
		expect(within(note).getByText(/official figure of 145/)).toBeInTheDocument();
		for (const link of screen.getAllByRole('link', { name: 'Later report' }))
			expect(link).toHaveAttribute('href', '/sources/late');
		expect(screen.getByRole('link', { name: 'claim record' })).toHaveAttribute(
			'href',
			'/sources#claim-toll'
		);
	});
});

describe('LessonPager', () => {
	const lesson = (slug: string, title: string) => ({
		slug,
		title,
		order: 1,
		summary: '',
		period: { start: 1979, end: 1989 },
		minutes: 5
	});

	it('links to the previous and next lessons', () => {
		render(LessonPager, {
			previous: lesson('introduction', 'Intro'),
			next: lesson('designation-2003', 'The ban')
		});
		expect(screen.getByRole('link', { name: /Previous lesson Intro/ })).toHaveAttribute(
			'href',
			'/lessons/introduction'
		);
		expect(screen.getByRole('link', { name: /Next lesson The ban/ })).toHaveAttribute(
			'href',
			'/lessons/designation-2003'
		);
	});

	it('after the last lesson, leads back to the course', () => {
		render(LessonPager, { previous: lesson('introduction', 'Intro') });
		expect(screen.getByRole('link', { name: /Back to the course/ })).toHaveAttribute('href', '/');
	});
});
