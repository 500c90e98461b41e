// Practice quizzes on the server: which questions a quiz draws (a lesson's bank, or a mixed set of
// 20 across the course, in a seeded order) and the names their feedback needs.
import type { Question } from '$lib/content/question-schema';
import { drawAcross, seededShuffle } from '$lib/quiz/shuffle';
import type { PracticeQuestion, QuizSupport } from '$lib/quiz/types';
import { claimById, course, lessonBySlug, sourceById } from './content';

/** How many questions the course quiz draws from all lessons. */
export const COURSE_QUIZ_SIZE = 20;

/** The questions a quiz draws from, or undefined for a quiz that does not exist. */
export function quizPool(slug: string): Question[] | undefined {
	if (slug === 'course') return course.questions;
	if (!lessonBySlug.has(slug)) return undefined;
	return course.questions.filter((q) => q.lesson === slug);
}

/**
 * The questions of one attempt, in order: a lesson quiz shuffles its whole bank; the course quiz
 * draws 20 spread across the lessons. `only` narrows an attempt to some questions (a retry of the
 * ones missed), kept in the seeded order.
 */
export function attemptQuestions(slug: string, seed: number, only?: string[]): Question[] {
	const pool = quizPool(slug) ?? [];
	if (only?.length) {
		const wanted = new Set(only);
		return seededShuffle(
			pool.filter((q) => wanted.has(q.id)),
			seed,
			'questions'
		);
	}
	if (slug !== 'course') return seededShuffle(pool, seed, 'questions');
	const byLesson = course.lessons.map((l) => pool.filter((q) => q.lesson === l.slug));
	return drawAcross(byLesson, COURSE_QUIZ_SIZE, seed);
}

/** A question as sent to a practice page: the file it came from stays on the server. */
export function forPractice(question: Question): PracticeQuestion {
	const { file: _file, ...rest } = question as Question & { file?: string };
	return rest as PracticeQuestion;
}

/** A source as a reader sees it in a question: "Publisher: title" (its id if unknown). */
export function sourceLabel(id: string): string {
	const source = sourceById.get(id);
	return source ? `${source.publisher}: ${source.title}` : id;
}

const shorten = (text: string, max = 110) =>
	text.length <= max ? text : `${text.slice(0, text.lastIndexOf(' ', max - 1))}…`;

/** The names and texts the feedback for these questions refers to. */
export function supportFor(questions: Question[]): QuizSupport {
	const support: QuizSupport = {
		sourceLabels: {},
		claimTexts: {},
		sectionTitles: {},
		lessonTitles: {}
	};
	for (const q of questions) {
		const lesson = lessonBySlug.get(q.lesson);
		if (lesson) {
			support.lessonTitles[lesson.slug] = lesson.title;
			const heading = lesson.headings.find((h) => h.id === q.section);
			if (heading) support.sectionTitles[`${q.lesson}#${q.section}`] = heading.text;
		}
		for (const id of q.claims) {
			const claim = claimById.get(id);
			if (claim) support.claimTexts[id] = shorten(claim.text.replace(/\s+/g, ' '));
		}
		if (q.type === 'which-source')
			for (const choice of q.choices)
				support.sourceLabels[choice.source] = sourceLabel(choice.source);
	}
	return support;
}
