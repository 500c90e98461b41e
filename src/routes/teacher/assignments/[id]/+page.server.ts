// /teacher/assignments/[id]: one of the teacher's assignments: the class code, the link and its QR
// code to project; the results so far (each student's score and progress, a histogram of scores,
// what the class made of each question), reloaded by the page every few seconds; the rules; and the
// actions that close or reopen it, move its due time, or delete it with all its answers. Another
// teacher's id is a 404.
import { fail, redirect } from '@sveltejs/kit';
import { moment } from '$lib/server/assignment-form';
import { deleteAssignment, moveDue, setClosed } from '$lib/server/assignments';
import { submitOverdue } from '$lib/server/attempts';
import { lessonBySlug } from '$lib/server/content';
import { getDb } from '$lib/server/db';
import { gradebook } from '$lib/server/gradebook';
import { questionFigures } from '$lib/server/question-figures';
import { readForm, requireForm } from '$lib/server/read-form';
import { requireAssignment } from '$lib/server/teacher-guard';
import { RESULTS } from '$lib/teacher/live-results.svelte';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params, url, depends }) => {
	depends(RESULTS);
	const db = getDb();
	const assignment = requireAssignment(locals, params.id);
	submitOverdue(db, assignment);
	const book = gradebook(db, assignment);
	return {
		assignment,
		link: `${url.origin}/a/${assignment.code}`,
		lessonTitles: assignment.lessons.map((slug) =>
			slug === 'course' ? 'The whole course' : (lessonBySlug.get(slug)?.title ?? slug)
		),
		students: book.rows.map((row) => ({
			id: row.studentId,
			name: row.name,
			attempts: row.attempts,
			score: row.counted?.score,
			maxScore: row.counted?.maxScore,
			submittedAt: row.counted?.submittedAt,
			minutes:
				row.counted && Math.round((row.counted.submittedAt - row.counted.startedAt) / 60_000),
			working: row.working && { answered: row.working.answered, of: row.working.questions }
		})),
		percents: book.rows.flatMap((row) =>
			row.counted?.maxScore ? [(row.counted.score / row.counted.maxScore) * 100] : []
		),
		questions: questionFigures(db, book),
		checkedAt: Date.now()
	};
};

export const actions: Actions = {
	close: async ({ locals, params, request }) => {
		const a = requireAssignment(locals, params.id);
		await requireForm(request);
		setClosed(getDb(), locals.teacher!.id, a.id, true);
	},
	reopen: async ({ locals, params, request }) => {
		const a = requireAssignment(locals, params.id);
		await requireForm(request);
		setClosed(getDb(), locals.teacher!.id, a.id, false);
	},
	extend: async ({ locals, params, request }) => {
		const a = requireAssignment(locals, params.id);
		const form = await readForm(request);
		const ms = moment(form?.get('dueAtUtc'), form?.get('dueAt'));
		if (ms === undefined) return fail(400, { problem: 'Give the new due date and time.' });
		if (!moveDue(getDb(), locals.teacher!.id, a.id, ms))
			return fail(400, { problem: 'The due time must be after the assignment opens.' });
	},
	delete: async ({ locals, params, request }) => {
		const a = requireAssignment(locals, params.id);
		const form = await readForm(request);
		if (form?.get('confirm') !== a.code)
			return fail(400, { problem: `To delete, type the class code ${a.code} to confirm.` });
		deleteAssignment(getDb(), locals.teacher!.id, a.id);
		redirect(303, '/teacher');
	}
};
