// /teacher/assignments/new: the form for a new assignment (which lessons, how many questions,
// when, how many attempts, when answers are shown, a time limit) and the action that stores it.
import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import {
	assignmentInput,
	AssignmentForm,
	MAX_ATTEMPTS,
	MAX_TIME_LIMIT
} from '$lib/server/assignment-form';
import { createAssignment } from '$lib/server/assignments';
import { course } from '$lib/server/content';
import { getDb } from '$lib/server/db';
import { readForm } from '$lib/server/read-form';
import { quizPool } from '$lib/server/quiz';
import { problemsOf } from '$lib/server/teacher-forms';
import { requireTeacher } from '$lib/server/teacher-guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	requireTeacher(locals);
	return {
		lessons: course.lessons.map((l) => ({
			slug: l.slug,
			title: l.title,
			questions: quizPool(l.slug)?.length ?? 0
		})),
		courseQuestions: course.questions.length,
		maxAttempts: MAX_ATTEMPTS,
		maxTimeLimit: MAX_TIME_LIMIT
	};
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const teacher = requireTeacher(locals);
		const form = await readForm(request);
		if (!form)
			return fail(400, {
				problems: { form: 'Send the assignment form.' } as Record<string, string>
			});
		const input = assignmentInput(form);
		const parsed = v.safeParse(AssignmentForm, input);
		if (!parsed.success)
			return fail(400, {
				values: {
					title: input.title?.slice(0, 120) ?? '',
					lessons: input.lessons.map(String).slice(0, 20),
					perStudent: input.perStudent?.slice(0, 5) ?? '',
					attemptsAllowed: input.attemptsAllowed?.slice(0, 5) ?? '',
					counts: input.counts ?? '',
					reveal: input.reveal ?? '',
					timeLimitMinutes: input.timeLimitMinutes?.slice(0, 5) ?? '',
					opensAt: input.opensAt,
					dueAt: input.dueAt
				},
				problems: problemsOf(parsed.issues)
			});
		const assignment = createAssignment(getDb(), teacher.id, parsed.output);
		redirect(303, `/teacher/assignments/${assignment.id}`);
	}
};
