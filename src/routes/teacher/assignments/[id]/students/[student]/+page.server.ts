// /teacher/assignments/[id]/students/[student]: one student's work, for their teacher. Every attempt
// with its score and, question by question, what the student answered, what was right and the
// credit given; an attempt still under way shows the answers saved so far. Actions: make a resume
// link (with its QR code) that opens the student's work on another device, once, within a day;
// revoke every such link and the devices that came in by one; and delete one attempt, which gives
// the student that attempt back. Another teacher, or a student of another assignment, is 404.
import { error, fail } from '@sveltejs/kit';
import { grade } from '$lib/quiz/grade';
import { type Assignment } from '$lib/server/assignments';
import {
	attemptsOf,
	deadlineOf,
	deleteAttempt,
	newResumeToken,
	RESUME_LINK_HOURS,
	revokeResumeLinks,
	questionsOf,
	savedAnswers,
	studentById,
	submitOverdue
} from '$lib/server/attempts';
import { getDb } from '$lib/server/db';
import { countedAttempt } from '$lib/server/gradebook';
import { qrDataUrl } from '$lib/server/qr';
import { sourceLabel } from '$lib/server/quiz';
import { readForm, requireForm } from '$lib/server/read-form';
import { idFrom, requireAssignment } from '$lib/server/teacher-guard';
import type { Actions, PageServerLoad } from './$types';

function requireStudent(assignment: Assignment, id: string) {
	const number = idFrom(id);
	const student = number === undefined ? undefined : studentById(getDb(), assignment.id, number);
	if (!student) error(404, 'There is no such student in this assignment.');
	return student;
}

export const load: PageServerLoad = ({ locals, params }) => {
	const db = getDb();
	const assignment = requireAssignment(locals, params.id);
	const student = requireStudent(assignment, params.student);
	submitOverdue(db, assignment);
	const attempts = attemptsOf(db, student.id);
	const counted = countedAttempt(assignment.counts, attempts);
	return {
		assignment: { id: assignment.id, code: assignment.code, title: assignment.title },
		student: { id: student.id, name: student.displayName },
		attempts: attempts.map((attempt, i) => {
			const answers = savedAnswers(db, attempt.id);
			return {
				id: attempt.id,
				number: i + 1,
				counts: attempt === counted,
				startedAt: attempt.startedAt,
				submittedAt: attempt.submittedAt,
				deadline: deadlineOf(assignment, attempt),
				score: attempt.score,
				maxScore: attempt.maxScore,
				questions: questionsOf(attempt).map((question) => {
					const result = grade(question, answers[question.id], { sourceLabel });
					return {
						id: question.id,
						prompt: question.prompt,
						chosen: result.chosen,
						// Marked only once submitted: until then the answer may still change.
						mark:
							attempt.submittedAt === null
								? undefined
								: { outcome: result.outcome, score: result.score, right: result.right }
					};
				})
			};
		})
	};
};

export const actions: Actions = {
	resume: async ({ locals, params, request, url }) => {
		const assignment = requireAssignment(locals, params.id);
		const student = requireStudent(assignment, params.student);
		await requireForm(request);
		const token = newResumeToken(getDb(), student.id);
		const link = `${url.origin}/a/${assignment.code}?resume=${token}`;
		return {
			resumeToken: token,
			resumeLink: link,
			resumeQr: await qrDataUrl(link),
			hours: RESUME_LINK_HOURS
		};
	},

	revoke: async ({ locals, params, request }) => {
		const assignment = requireAssignment(locals, params.id);
		const student = requireStudent(assignment, params.student);
		await requireForm(request);
		return { revoked: revokeResumeLinks(getDb(), student.id) };
	},

	deleteAttempt: async ({ locals, params, request }) => {
		const assignment = requireAssignment(locals, params.id);
		const student = requireStudent(assignment, params.student);
		const form = await readForm(request);
		const attempt = idFrom(form?.get('attempt'));
		if (attempt === undefined)
			return fail(400, { problem: 'The form does not say which attempt to delete.' });
		if (form?.get('confirm') !== 'yes')
			return fail(400, {
				problem: 'Tick the box to confirm that the attempt and its answers go for good.'
			});
		if (!deleteAttempt(getDb(), student.id, attempt))
			return fail(404, { problem: 'That attempt is not this student’s, or is already deleted.' });
		return { deleted: true };
	}
};
