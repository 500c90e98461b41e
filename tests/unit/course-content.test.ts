// The real course in lessons/: it validates, and it meets the numbers the course promises (seven
// lessons in order, citations, sources, disagreements, glossary, events) without copying the seeds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCourse } from '$lib/content/course';
import { fingerprints } from '$lib/content/fingerprints.js';
import { readContentFolder } from '$lib/content/read-folder';
import { LESSON_SLUGS } from '../lesson-slugs';

const files = readContentFolder(process.cwd());
const course = buildCourse(files);

const SLUGS = LESSON_SLUGS;

describe('the course in lessons/', () => {
	it('has the seven lessons, in course order', () => {
		expect(course.lessons.map((l) => l.slug)).toEqual(SLUGS);
	});

	it.each(SLUGS)('%s is the right length and cites at least 12 claims', (slug) => {
		const lesson = course.lessons.find((l) => l.slug === slug)!;
		if (slug === 'introduction') expect(lesson.words).toBeGreaterThanOrEqual(600);
		else {
			expect(lesson.words).toBeGreaterThanOrEqual(900);
			expect(lesson.words).toBeLessThanOrEqual(1600);
		}
		expect(lesson.citations.length).toBeGreaterThanOrEqual(12);
	});

	it.each(SLUGS.slice(1))(
		'%s links key terms, says why it matters and ends with a summary',
		(slug) => {
			const lesson = course.lessons.find((l) => l.slug === slug)!;
			const text = files.find((f) => f.path === lesson.file)!.text;
			expect(lesson.termLinks.length).toBeGreaterThanOrEqual(3);
			expect(text).toContain('class="why-it-matters"');
			expect(lesson.headings.at(-1)?.text).toBe('Summary');
		}
	);

	it('records each of the five seed reports and at least 12 outside sources', () => {
		expect(course.sources.filter((s) => s.seed)).toHaveLength(5);
		expect(course.sources.filter((s) => !s.seed).length).toBeGreaterThanOrEqual(12);
	});

	it('records at least 8 disagreements between sources', () => {
		expect(course.claims.filter((c) => c.disagreement).length).toBeGreaterThanOrEqual(8);
	});

	it('defines at least 40 glossary terms and people, each used by a lesson', () => {
		expect(course.glossary.length).toBeGreaterThanOrEqual(40);
		const used = new Set(course.lessons.flatMap((l) => [...l.terms, ...l.termLinks]));
		const related = new Set(course.glossary.flatMap((g) => g.related ?? []));
		const orphans = course.glossary.filter((g) => !used.has(g.id) && !related.has(g.id));
		expect(orphans.map((g) => g.id)).toEqual([]);
	});

	it('dates at least 70 timeline events from 1979 on, across all four lanes', () => {
		expect(course.events.length).toBeGreaterThanOrEqual(70);
		expect(course.events[0].date.slice(0, 4)).toBe('1979');
		expect(new Set(course.events.map((e) => e.lane)).size).toBe(4);
	});

	it('copies no sentence and no ten-word run from the seed reports', () => {
		const seeds = new Set(
			(
				JSON.parse(
					readFileSync(new URL('../fixtures/seed-fingerprints.json', import.meta.url), 'utf8')
				) as { hashes: string[] }
			).hashes
		);
		const copied = files.flatMap((file) =>
			[...fingerprints(file.text)]
				.filter(([hash]) => seeds.has(hash))
				.map(([, words]) => `${file.path}: “${words}”`)
		);
		expect(copied).toEqual([]);
	});
});
