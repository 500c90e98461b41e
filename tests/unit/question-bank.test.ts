// The question bank in lessons/ meets what the course promises: at least 12 questions per lesson and
// 90 in all, four or more types per lesson, every skill used, feedback on every wrong answer, and at
// least two checks embedded in every lesson.
import { describe, expect, it } from 'vitest';
import { buildCourse } from '$lib/content/course';
import { SKILLS, QUESTION_TYPES } from '$lib/content/question-schema';
import { readContentFolder } from '$lib/content/read-folder';
import { LESSON_SLUGS } from '../lesson-slugs';

const course = buildCourse(readContentFolder(process.cwd()));

describe('the question bank', () => {
	it('holds at least 90 questions, using every type and every skill', () => {
		expect(course.questions.length).toBeGreaterThanOrEqual(90);
		expect(new Set(course.questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
		expect(new Set(course.questions.map((q) => q.skill))).toEqual(new Set(SKILLS));
	});

	it.each(LESSON_SLUGS)('%s has 12+ questions of 4+ types, and 2+ checks in its text', (slug) => {
		const questions = course.questions.filter((q) => q.lesson === slug);
		expect(questions.length).toBeGreaterThanOrEqual(12);
		expect(new Set(questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(4);
		const lesson = course.lessons.find((l) => l.slug === slug)!;
		expect(new Set(lesson.checks).size).toBeGreaterThanOrEqual(2);
		for (const id of lesson.checks)
			expect(
				questions.map((q) => q.id),
				`check ${id} belongs to ${slug}`
			).toContain(id);
	});

	it('has an explanation citing claims and a lesson section for every question', () => {
		for (const q of course.questions) {
			expect(q.explanation.length, q.id).toBeGreaterThan(40);
			expect(q.claims.length, q.id).toBeGreaterThan(0);
			const lesson = course.lessons.find((l) => l.slug === q.lesson)!;
			expect(
				lesson.headings.map((h) => h.id),
				q.id
			).toContain(q.section);
		}
	});

	it('offers plausible company: three or more choices where one is picked', () => {
		for (const q of course.questions)
			if (q.type === 'single' || q.type === 'multiple' || q.type === 'which-source')
				expect(q.choices.length, q.id).toBeGreaterThanOrEqual(3);
	});

	it('uses ids only once across the bank', () => {
		const ids = course.questions.map((q) => q.id);
		expect(new Set(ids).size).toBe(ids.length);
	});
});
