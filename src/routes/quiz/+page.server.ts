// The quizzes page: for each lesson, how many questions its bank holds so far. Prerendered.
import { course } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const prerender = true;

export const load: PageServerLoad = () => ({
	lessons: course.lessons.map((l) => ({
		slug: l.slug,
		title: l.title,
		questions: course.questions.filter((q) => q.lesson === l.slug).length
	}))
});
