// /a/[code]: a student's page for one assignment. Join with a display name; start an attempt; each
// answer is saved as it is given (`save`, also used by the page's script after every change);
// `submit` saves what the form holds, then grades on the server once. Until an attempt is
// submitted, nothing this page sends contains an answer key, feedback or an explanation; after,
// only what the teacher's reveal setting allows. `?resume=TOKEN` (a link the teacher can give,
// good once within a day) puts a student back on this device.
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import * as v from 'valibot';
import { toPublicQuestion } from '$lib/content/public-question';
import { answerFits, answerFromForm } from '$lib/quiz/answers';
import { grade } from '$lib/quiz/grade';
import { seededArrange } from '$lib/quiz/shuffle';
import type { Assignment } from '$lib/server/assignments';
import {
	attemptsOf,
	deadlineOf,
	joinAssignment,
	questionsOf,
	redeemResumeLink,
	saveAnswer,
	savedAnswers,
	startAttempt,
	submitAttempt,
	submitOverdue,
	type Attempt,
	type Refusal
} from '$lib/server/attempts';
import { getDb } from '$lib/server/db';
import { requireForm } from '$lib/server/read-form';
import { sourceLabel, supportFor } from '$lib/server/quiz';
import { attempt as limit, limits, waitMessage } from '$lib/server/rate-limit';
import { assignmentForCode, rememberStudent, studentFromCookie } from '$lib/server/student-access';
import type { Actions, PageServerLoad } from './$types';

const REFUSED: Record<Refusal, string> = {
	'not-open': 'This assignment is not open now.',
	closed: 'Your teacher has closed this assignment.',
	'no-attempts-left': 'You have used all your attempts.',
	submitted: 'This attempt has already been submitted.',
	'time-up': 'Time is up: your attempt was submitted as it stood.',
	'unknown-question': 'That question is not part of your attempt.'
};

function statusOf(assignment: Assignment, now: number) {
	if (assignment.closed) return 'closed';
	if (now < assignment.opensAt) return 'not-yet';
	if (now >= assignment.dueAt) return 'past-due';
	return 'open';
}

const mayReveal = (assignment: Assignment, now: number) =>
	assignment.reveal === 'after-submit' ||
	(assignment.reveal === 'after-due' && now >= assignment.dueAt);

export const load: PageServerLoad = ({ params, cookies, url }) => {
	const db = getDb();
	const assignment = assignmentForCode(params.code);
	const now = Date.now();
	submitOverdue(db, assignment, now);

	const resume = url.searchParams.get('resume');
	if (resume) {
		const redeemed = redeemResumeLink(db, assignment.id, resume, now);
		// A link used twice on the device it already let in just opens the page.
		if (!redeemed && !studentFromCookie(cookies, assignment))
			error(400, 'That resume link has been used or has expired. Ask your teacher for a new one.');
		if (redeemed) rememberStudent(cookies, url, assignment, redeemed.token);
		redirect(303, `/a/${assignment.code}`);
	}

	const student = studentFromCookie(cookies, assignment);
	const info = {
		code: assignment.code,
		title: assignment.title,
		opensAt: assignment.opensAt,
		dueAt: assignment.dueAt,
		attemptsAllowed: assignment.attemptsAllowed,
		counts: assignment.counts,
		timeLimitMinutes: assignment.timeLimitMinutes,
		status: statusOf(assignment, now)
	};
	if (!student) return { assignment: info, student: undefined };

	const attempts = attemptsOf(db, student.id);
	const current = attempts.find((a) => a.submittedAt === null);
	const questions = current ? questionsOf(current) : [];
	// While an attempt is under way, earlier attempts show their scores but not their answers: the
	// new attempt draws from the same questions.
	const reveal = mayReveal(assignment, now) && !current;
	return {
		assignment: info,
		student: { name: student.displayName },
		current: current && {
			clientId: current.clientId,
			deadline: deadlineOf(assignment, current),
			questions: questions.map((q) => toPublicQuestion(q, seededArrange(current.seed, q.id))),
			answers: savedAnswers(db, current.id),
			sourceLabels: supportFor(questions).sourceLabels
		},
		submitted: attempts
			.filter((a) => a.submittedAt !== null)
			.map((a) => {
				const answers = savedAnswers(db, a.id);
				return {
					submittedAt: a.submittedAt!,
					score: a.score ?? 0,
					maxScore: a.maxScore ?? 0,
					results: reveal
						? questionsOf(a).map((q) => ({
								prompt: q.prompt,
								explanation: q.explanation,
								...grade(q, answers[q.id], { sourceLabel })
							}))
						: undefined
				};
			}),
		revealLater: !mayReveal(assignment, now) && assignment.reveal === 'after-due',
		revealAfterThisAttempt: mayReveal(assignment, now) && !!current,
		attemptsLeft: Math.max(0, assignment.attemptsAllowed - attempts.length)
	};
};

const DisplayName = v.pipe(
	v.string('Type the name your teacher will see.'),
	v.trim(),
	v.nonEmpty('Type the name your teacher will see.'),
	v.maxLength(40, 'Keep your name under 40 characters.'),
	v.regex(/^[^\p{Cc}]+$/u, 'Use letters, numbers and spaces.')
);
const ClientId = v.pipe(v.string(), v.regex(/^[\w-]{8,64}$/));

const formOf = (event: RequestEvent) =>
	requireForm(event.request, 'the form from the assignment page');

/** The assignment and the student this device holds a place for, or a 403. */
function requireStudent(event: RequestEvent) {
	const assignment = assignmentForCode(event.params.code!);
	const student = studentFromCookie(event.cookies, assignment);
	if (!student) error(403, 'Join the assignment first: this device has no place in it.');
	return { assignment, student };
}

/** The student and their attempt named by the form, or a 4xx saying what is wrong. */
function studentAttempt(event: RequestEvent, form: FormData) {
	const { assignment, student } = requireStudent(event);
	const clientId = v.safeParse(ClientId, form.get('attempt'));
	if (!clientId.success) error(400, 'The form does not say which attempt it belongs to.');
	const attempt = attemptsOf(getDb(), student.id).find((a) => a.clientId === clientId.output);
	if (!attempt) error(404, 'That attempt is not yours or does not exist.');
	return { assignment, attempt };
}

/**
 * Saves every answer the form holds for the attempt's questions, in one transaction; returns how
 * many, or a refusal.
 */
function saveFromForm(assignment: Assignment, attempt: Attempt, form: FormData) {
	return getDb().transaction((): number | Refusal => {
		let saved = 0;
		for (const question of questionsOf(attempt)) {
			const answer = answerFromForm(question, form);
			if (!answer) continue;
			if (!answerFits(question, answer))
				error(400, 'An answer names a choice its question does not offer: nothing was saved.');
			const result = saveAnswer(getDb(), assignment, attempt.id, question.id, answer);
			if (result !== true) return result;
			saved++;
		}
		return saved;
	})();
}

export const actions: Actions = {
	join: async (event) => {
		const assignment = assignmentForCode(event.params.code);
		const form = await formOf(event);
		const name = v.safeParse(DisplayName, form.get('name') ?? undefined);
		if (!name.success) return fail(400, { problem: name.issues[0].message });
		const wait = await limit([limits.joinByAddress, event.getClientAddress()]);
		if (wait) return fail(429, { problem: waitMessage(wait) });
		if (assignment.closed) return fail(403, { problem: REFUSED.closed });
		const { token } = joinAssignment(getDb(), assignment.id, name.output);
		rememberStudent(event.cookies, event.url, assignment, token);
		redirect(303, `/a/${assignment.code}`);
	},

	start: async (event) => {
		const { assignment, student } = requireStudent(event);
		const form = await formOf(event);
		const clientId = v.safeParse(ClientId, form.get('attempt'));
		if (!clientId.success) return fail(400, { problem: 'The form does not name an attempt.' });
		const started = startAttempt(getDb(), assignment, student.id, clientId.output);
		if (typeof started === 'string') return fail(409, { problem: REFUSED[started] });
		redirect(303, `/a/${assignment.code}`);
	},

	save: async (event) => {
		const wait = await limit([limits.saveByAddress, event.getClientAddress()]);
		if (wait) return fail(429, { problem: waitMessage(wait) });
		const form = await formOf(event);
		const { assignment, attempt } = studentAttempt(event, form);
		const saved = saveFromForm(assignment, attempt, form);
		if (typeof saved === 'string') return fail(409, { problem: REFUSED[saved] });
		return { saved, at: Date.now() };
	},

	submit: async (event) => {
		const form = await formOf(event);
		const { assignment, attempt } = studentAttempt(event, form);
		// Work in the form is saved first, in the same transaction as the grading; after the
		// deadline, what was saved before it counts.
		getDb().transaction(() => {
			if (attempt.submittedAt !== null) return;
			const deadline = deadlineOf(assignment, attempt);
			if (Date.now() < deadline) saveFromForm(assignment, attempt, form);
			submitAttempt(getDb(), attempt.id, Math.min(Date.now(), deadline));
		})();
		redirect(303, `/a/${assignment.code}`);
	}
};
