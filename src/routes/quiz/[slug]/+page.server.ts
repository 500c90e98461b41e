// A practice quiz: a lesson's bank or 20 drawn across the course, in a seeded order (?seed=), or
// only some questions (?only=, a retry of the ones missed). Two form actions grade on the server
// with the same module the browser uses: `grade` for a whole quiz submitted without JavaScript,
// `check` for one in-lesson check.
import { error, fail } from '@sveltejs/kit';
import { lessonBySlug } from '$lib/server/content';
import { readForm } from '$lib/server/read-form';
import { attemptQuestions, forPractice, quizPool, sourceLabel, supportFor } from '$lib/server/quiz';
import { answerFromForm } from '$lib/quiz/answers';
import { grade } from '$lib/quiz/grade';
import { newSeed, parseSeed } from '$lib/quiz/shuffle';
import type { Actions, PageServerLoad } from './$types';

const title = (slug: string) =>
	slug === 'course' ? 'The whole course' : (lessonBySlug.get(slug)?.title ?? slug);

function poolOr404(slug: string) {
	const pool = quizPool(slug);
	if (!pool) error(404, `There is no quiz called “${slug}”.`);
	return pool;
}

export const load: PageServerLoad = ({ params, url }) => {
	poolOr404(params.slug);
	const seed = parseSeed(url.searchParams.get('seed')) ?? newSeed();
	const only = url.searchParams.get('only')?.split(',').filter(Boolean).slice(0, 200);
	let questions = attemptQuestions(params.slug, seed, only);
	// A retry link naming no question of this quiz falls back to the whole quiz.
	const retry = !!only?.length && questions.length > 0;
	if (!questions.length) questions = attemptQuestions(params.slug, seed);
	return {
		slug: params.slug,
		title: title(params.slug),
		seed,
		retry,
		questions: questions.map(forPractice),
		support: supportFor(questions)
	};
};

export const actions: Actions = {
	grade: async ({ params, request }) => {
		const pool = poolOr404(params.slug);
		const form = await readForm(request);
		if (!form)
			return fail(400, { message: 'The answers could not be read. Please send them again.' });
		const byId = new Map(pool.map((q) => [q.id, q]));
		const ids = [...new Set(form.getAll('question').filter((v) => typeof v === 'string'))];
		const questions = ids.map((id) => byId.get(id)).filter((q) => q !== undefined);
		if (!questions.length)
			return fail(400, {
				message:
					'These answers do not belong to any question of this quiz. The quiz may have changed: start it again below.'
			});
		const results = questions.map((q) => grade(q, answerFromForm(q, form), { sourceLabel }));
		return {
			graded: {
				questions: questions.map(forPractice),
				results,
				support: supportFor(questions),
				nextSeed: newSeed()
			}
		};
	},

	check: async ({ params, request }) => {
		const pool = poolOr404(params.slug);
		const form = await readForm(request);
		const id = form?.get('question');
		const question = pool.find((q) => q.id === id);
		if (!form || !question)
			return fail(400, {
				message:
					'That check could not be found in this lesson. Go back to the lesson and try it again.'
			});
		return {
			checked: {
				question: forPractice(question),
				result: grade(question, answerFromForm(question, form), { sourceLabel }),
				support: supportFor([question])
			}
		};
	}
};
