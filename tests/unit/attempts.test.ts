// Students' attempts against a real SQLite file: joining by display name with a resume token kept
// only hashed, and resume links beside it; each student's own draw of questions; answers saved one
// by one and replaced; a submit that grades on the server once, however often it is repeated;
// attempts past the due time or the time limit submitted as they stand; and deleting one attempt.
import { describe, expect, it } from 'vitest';
import type { AssignmentRules } from '$lib/server/assignment-form';
import {
	attemptsOf,
	deadlineOf,
	deleteAttempt,
	findStudent,
	joinAssignment,
	newResumeToken,
	redeemResumeLink,
	revokeResumeLinks,
	saveAnswer,
	savedAnswers,
	startAttempt,
	studentById,
	submitAttempt,
	submitOverdue,
	type Attempt
} from '$lib/server/attempts';
import { course } from '$lib/server/content';
import { OPENS, addAssignment, addTeacher, tempDb } from './temp-db';

const MINUTE = 60_000;
const DUE = OPENS + 120 * MINUTE;

async function setUp(overrides: Partial<AssignmentRules> = {}) {
	const { db } = tempDb();
	const teacher = await addTeacher(db);
	const assignment = addAssignment(db, teacher.id, {
		title: 'ISIS-K check',
		perStudent: 5,
		dueAt: DUE,
		attemptsAllowed: 2,
		reveal: 'after-submit',
		timeLimitMinutes: 30,
		...overrides
	});
	return { db, assignment };
}

const asAttempt = (value: Attempt | string) => {
	if (typeof value === 'string') throw new Error(`refused: ${value}`);
	return value;
};
const rightChoice = (id: string) => {
	const question = course.questions.find((q) => q.id === id)!;
	if (question.type !== 'single') return undefined;
	return question.choices.find((c) => c.correct)!.id;
};

describe('joining', () => {
	it('keeps only a hash of the resume token, which finds the student again', async () => {
		const { db, assignment } = await setUp();
		const { student, token } = joinAssignment(db, assignment.id, 'Farida', OPENS);
		const stored = db.prepare('SELECT resume_token_hash AS h FROM students').get() as { h: string };
		expect(stored.h).not.toContain(token);
		expect(findStudent(db, assignment.id, token)).toEqual(student);
		expect(findStudent(db, assignment.id + 1, token)).toBeUndefined();
	});

	it('lets a resume link in once, within a day, giving that device a token of its own', async () => {
		const { db, assignment } = await setUp();
		const { student, token } = joinAssignment(db, assignment.id, 'Farida', OPENS);
		const { student: other } = joinAssignment(db, assignment.id, 'Omar', OPENS);
		const link = newResumeToken(db, student.id, OPENS);
		// A link is not a device token until it is used.
		expect(findStudent(db, assignment.id, link)).toBeUndefined();
		expect(redeemResumeLink(db, assignment.id + 1, link, OPENS)).toBeUndefined();
		const redeemed = redeemResumeLink(db, assignment.id, link, OPENS + 1)!;
		expect(redeemed.student).toEqual(student);
		expect(redeemed.token).not.toBe(link);
		expect(redeemResumeLink(db, assignment.id, link, OPENS + 2)).toBeUndefined();
		for (const t of [token, redeemed.token])
			expect(findStudent(db, assignment.id, t)).toEqual(student);
		const stored = db.prepare('SELECT token_hash AS h FROM resume_links').all() as { h: string }[];
		expect(stored.map((r) => r.h).join()).not.toContain(redeemed.token);

		const late = newResumeToken(db, student.id, OPENS);
		expect(redeemResumeLink(db, assignment.id, late, OPENS + 24 * 3_600_000)).toBeUndefined();

		const unused = newResumeToken(db, student.id, OPENS);
		expect(revokeResumeLinks(db, student.id)).toBe(3);
		expect(redeemResumeLink(db, assignment.id, unused, OPENS + 1)).toBeUndefined();
		expect(findStudent(db, assignment.id, redeemed.token)).toBeUndefined();
		expect(findStudent(db, assignment.id, token)).toEqual(student);
		expect(studentById(db, assignment.id, other.id)).toEqual(other);
		expect(studentById(db, assignment.id + 1, other.id)).toBeUndefined();
	});
});

describe('attempts', () => {
	it('draw each student their own questions from the chosen lessons', async () => {
		const { db, assignment } = await setUp();
		const draws = ['A', 'B', 'C', 'D'].map((name) => {
			const { student } = joinAssignment(db, assignment.id, name, OPENS);
			return asAttempt(startAttempt(db, assignment, student.id, `c-${name}`, OPENS)).questionIds;
		});
		for (const ids of draws) {
			expect(ids).toHaveLength(5);
			expect(new Set(ids).size).toBe(5);
			for (const id of ids)
				expect(course.questions.find((q) => q.id === id)?.lesson).toBe('isis-k');
		}
		expect(new Set(draws.map((ids) => ids.join())).size).toBeGreaterThan(1);
	});

	it('are started once per client id, one at a time, within the open period and the limit', async () => {
		const { db, assignment } = await setUp();
		const { student } = joinAssignment(db, assignment.id, 'Omar', OPENS);
		expect(startAttempt(db, assignment, student.id, 'early', OPENS - 1)).toBe('not-open');
		const first = asAttempt(startAttempt(db, assignment, student.id, 'one', OPENS));
		// A retried start, or a start from a second device, gets the attempt in progress.
		expect(startAttempt(db, assignment, student.id, 'one', OPENS + 1)).toEqual(first);
		expect(startAttempt(db, assignment, student.id, 'other-device', OPENS + 1)).toEqual(first);
		submitAttempt(db, first.id, OPENS + 5 * MINUTE);
		const second = asAttempt(startAttempt(db, assignment, student.id, 'two', OPENS + 6 * MINUTE));
		expect(second.id).not.toBe(first.id);
		submitAttempt(db, second.id, OPENS + 10 * MINUTE);
		expect(startAttempt(db, assignment, student.id, 'three', OPENS + 11 * MINUTE)).toBe(
			'no-attempts-left'
		);
		expect(startAttempt(db, assignment, student.id, 'two', OPENS + 11 * MINUTE)).toMatchObject({
			id: second.id
		});
		expect(startAttempt(db, { ...assignment, closed: true }, student.id, 'x', OPENS)).toBe(
			'closed'
		);
		const latecomer = joinAssignment(db, assignment.id, 'Latecomer', DUE).student;
		expect(startAttempt(db, assignment, latecomer.id, 'late', DUE)).toBe('not-open');
	});

	it('save answers one by one, replacing an earlier answer to the same question', async () => {
		const { db, assignment } = await setUp();
		const { student } = joinAssignment(db, assignment.id, 'Lina', OPENS);
		const attempt = asAttempt(startAttempt(db, assignment, student.id, 'c', OPENS));
		const [q1, q2] = attempt.questionIds;
		expect(saveAnswer(db, assignment, attempt.id, q1, { choice: 'a' }, OPENS + 1)).toBe(true);
		expect(saveAnswer(db, assignment, attempt.id, q1, { choice: 'b' }, OPENS + 2)).toBe(true);
		expect(saveAnswer(db, assignment, attempt.id, q2, { value: true }, OPENS + 3)).toBe(true);
		expect(savedAnswers(db, attempt.id)).toEqual({ [q1]: { choice: 'b' }, [q2]: { value: true } });
		expect(saveAnswer(db, assignment, attempt.id, 'not-in-attempt', { choice: 'a' }, OPENS)).toBe(
			'unknown-question'
		);
		// Past the 30-minute limit nothing more is saved.
		expect(saveAnswer(db, assignment, attempt.id, q1, { choice: 'c' }, OPENS + 30 * MINUTE)).toBe(
			'time-up'
		);
	});

	it('are graded once on submit, however often submit is repeated', async () => {
		const { db, assignment } = await setUp({ perStudent: 14 });
		const { student } = joinAssignment(db, assignment.id, 'Sami', OPENS);
		const attempt = asAttempt(startAttempt(db, assignment, student.id, 'c', OPENS));
		const singles = attempt.questionIds.filter((id) => rightChoice(id));
		expect(singles.length).toBeGreaterThan(0);
		for (const id of singles)
			saveAnswer(db, assignment, attempt.id, id, { choice: rightChoice(id)! }, OPENS + 1);
		const submitted = submitAttempt(db, attempt.id, OPENS + 2)!;
		expect(submitted.submittedAt).toBe(OPENS + 2);
		expect(submitted.score).toBe(singles.length);
		expect(submitted.maxScore).toBe(14);
		expect(submitAttempt(db, attempt.id, OPENS + 99)).toEqual(submitted);
		expect(saveAnswer(db, assignment, attempt.id, singles[0], { choice: 'x' }, OPENS + 3)).toBe(
			'submitted'
		);
		// Every question has a graded row, answered or not, for the per-question figures.
		const rows = db
			.prepare('SELECT COUNT(*) AS n, SUM(points) AS points FROM answers WHERE attempt_id = ?')
			.get(attempt.id);
		expect(rows).toEqual({ n: 14, points: singles.length });
	});

	it('past the time limit or the due time are submitted as they stand', async () => {
		const { db, assignment } = await setUp();
		const early = joinAssignment(db, assignment.id, 'Early', OPENS).student;
		const late = joinAssignment(db, assignment.id, 'Late', OPENS).student;
		const a = asAttempt(startAttempt(db, assignment, early.id, 'a', OPENS));
		const b = asAttempt(startAttempt(db, assignment, late.id, 'b', DUE - 10 * MINUTE));
		expect(deadlineOf(assignment, a)).toBe(OPENS + 30 * MINUTE);
		expect(deadlineOf(assignment, b)).toBe(DUE);
		expect(submitOverdue(db, assignment, OPENS + 29 * MINUTE)).toBe(0);
		expect(submitOverdue(db, assignment, OPENS + 31 * MINUTE)).toBe(1);
		expect(attemptsOf(db, early.id)[0].submittedAt).toBe(OPENS + 30 * MINUTE);
		expect(attemptsOf(db, late.id)[0].submittedAt).toBeNull();
		expect(submitOverdue(db, assignment, DUE + 1)).toBe(1);
		expect(attemptsOf(db, late.id)[0]).toMatchObject({ submittedAt: DUE, score: 0, maxScore: 5 });
	});
});

describe('deleting an attempt', () => {
	it('removes it with its answers and gives the student the attempt back; only their own', async () => {
		const { db, assignment } = await setUp({ attemptsAllowed: 1 });
		const { student } = joinAssignment(db, assignment.id, 'Farida', OPENS);
		const { student: other } = joinAssignment(db, assignment.id, 'Omar', OPENS);
		const attempt = asAttempt(startAttempt(db, assignment, student.id, 'first', OPENS));
		saveAnswer(db, assignment, attempt.id, attempt.questionIds[0], { choice: 'a' }, OPENS + 1);
		submitAttempt(db, attempt.id, OPENS + 2);
		expect(startAttempt(db, assignment, student.id, 'again', OPENS + 3)).toBe('no-attempts-left');

		expect(deleteAttempt(db, other.id, attempt.id)).toBe(false);
		expect(attemptsOf(db, student.id)).toHaveLength(1);
		expect(deleteAttempt(db, student.id, attempt.id)).toBe(true);
		expect(deleteAttempt(db, student.id, attempt.id)).toBe(false);
		expect(attemptsOf(db, student.id)).toEqual([]);
		expect(db.prepare('SELECT COUNT(*) AS n FROM answers').get()).toEqual({ n: 0 });
		expect(typeof startAttempt(db, assignment, student.id, 'again', OPENS + 4)).toBe('object');
	});
});
