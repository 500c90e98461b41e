// The real course in lessons/ validates, and meets the foundation's own promises about it.
import { describe, expect, it } from 'vitest';
import { buildCourse } from '$lib/content/course';
import { readContentFolder } from '$lib/content/read-folder';

describe('the course in lessons/', () => {
	const course = buildCourse(readContentFolder(process.cwd()));

	it('has the introduction, first, with at least 600 words and cited claims', () => {
		const intro = course.lessons[0];
		expect(intro.slug).toBe('introduction');
		expect(intro.words).toBeGreaterThanOrEqual(600);
		expect(intro.citations.length).toBeGreaterThanOrEqual(8);
	});

	it('cites only claims that exist, and every claim has a known source', () => {
		const claims = new Set(course.claims.map((c) => c.id));
		const sources = new Set(course.sources.map((s) => s.id));
		for (const lesson of course.lessons)
			for (const id of lesson.citations) expect(claims).toContain(id);
		for (const claim of course.claims)
			for (const { source } of claim.sources) expect(sources).toContain(source);
	});

	it('records a source for each of the five seed reports', () => {
		expect(course.sources.filter((s) => s.seed).length).toBe(5);
	});
});
