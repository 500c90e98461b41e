// The quizzes page: one practice quiz per lesson and one for the whole course. Prerendered.
import { course } from '$lib/server/content';
import { COURSE_QUIZ_SIZE } from '$lib/server/quiz';
import type { PageServerLoad } from './$types';

export const prerender = true;

export const load: PageServerLoad = () => ({
	courseSize: Math.min(COURSE_QUIZ_SIZE, course.questions.length),
	lessons: course.lessons.map((l) => ({
		slug: l.slug,
		title: l.title,
		questions: course.questions.filter((q) => q.lesson === l.slug).length
	}))
});
