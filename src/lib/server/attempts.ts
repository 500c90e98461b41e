// Students and their attempts at an assignment, in the database. A student is a display name and
// a resume token (kept only as its SHA-256), plus any resume links their teacher made for them. An attempt draws the student's own questions from the
// assignment's lessons with a seed; answers are saved one by one until it is submitted, by the
// student or, past the due time or the time limit, on the student's behalf. Submitting grades on
// the server with the quiz grading module and is idempotent: a repeated submit changes nothing.
import type { Question } from '$lib/content/question-schema';
import { grade, type Answer } from '$lib/quiz/grade';
import { drawAcross, newSeed } from '$lib/quiz/shuffle';
import type { Assignment } from './assignments';
import { course, lessonBySlug, questionById } from './content';
import type { DB } from './db';
import { sourceLabel } from './quiz';
import { hashToken, newToken } from './tokens';

export interface Student {
	id: number;
	assignmentId: number;
	displayName: string;
}

export interface Attempt {
	id: number;
	studentId: number;
	clientId: string;
	/** Orders each question's choices for this student. */
	seed: number;
	questionIds: string[];
	startedAt: number;
	submittedAt: number | null;
	score: number | null;
	maxScore: number | null;
}

/** Why a student cannot start or change an attempt now. */
export type Refusal =
	'not-open' | 'closed' | 'no-attempts-left' | 'submitted' | 'time-up' | 'unknown-question';

/** Joins a student by display name; returns them and the resume token for their cookie. */
export function joinAssignment(
	db: DB,
	assignmentId: number,
	displayName: string,
	now = Date.now()
) {
	const token = newToken(24);
	const student = db
		.prepare(
			`INSERT INTO students (assignment_id, display_name, resume_token_hash, joined_at)
			 VALUES (?, ?, ?, ?) RETURNING id, assignment_id AS assignmentId, display_name AS displayName`
		)
		.get(assignmentId, displayName, hashToken(token), now) as Student;
	return { student, token };
}

/** How long a teacher's resume link works, unused. */
export const RESUME_LINK_HOURS = 24;

const STUDENT_COLUMNS = 'id, assignment_id AS assignmentId, display_name AS displayName';

/** The student of this assignment whose device holds this token (the join token or a device's). */
export function findStudent(db: DB, assignmentId: number, token: string): Student | undefined {
	const hash = hashToken(token);
	return db
		.prepare(
			`SELECT ${STUDENT_COLUMNS} FROM students
			 WHERE assignment_id = ?
			   AND (resume_token_hash = ?
			     OR id = (SELECT student_id FROM resume_links WHERE token_hash = ? AND kind = 'device'))`
		)
		.get(assignmentId, hash, hash) as Student | undefined;
}

/** A student of this assignment by id (for their teacher). */
export function studentById(db: DB, assignmentId: number, studentId: number): Student | undefined {
	return db
		.prepare(`SELECT ${STUDENT_COLUMNS} FROM students WHERE id = ? AND assignment_id = ?`)
		.get(studentId, assignmentId) as Student | undefined;
}

/**
 * Makes a resume link token for a student (the teacher shows them the link): it works once, for
 * RESUME_LINK_HOURS. The token they joined with, and devices already back in, keep working.
 */
export function newResumeToken(db: DB, studentId: number, now = Date.now()): string {
	const token = newToken(24);
	db.prepare(
		`INSERT INTO resume_links (token_hash, student_id, kind, created_at, expires_at)
		 VALUES (?, ?, 'link', ?, ?)`
	).run(hashToken(token), studentId, now, now + RESUME_LINK_HOURS * 3_600_000);
	return token;
}

/**
 * Uses up a resume link: the student it belongs to and a new token for this device, or undefined
 * if the link is unknown, used already or expired.
 */
export function redeemResumeLink(db: DB, assignmentId: number, token: string, now = Date.now()) {
	return db.transaction(() => {
		const row = db
			.prepare(
				`SELECT l.student_id AS studentId FROM resume_links l JOIN students s ON s.id = l.student_id
				 WHERE l.token_hash = ? AND l.kind = 'link' AND l.expires_at > ? AND s.assignment_id = ?`
			)
			.get(hashToken(token), now, assignmentId) as { studentId: number } | undefined;
		if (!row) return undefined;
		db.prepare('DELETE FROM resume_links WHERE token_hash = ?').run(hashToken(token));
		const device = newToken(24);
		db.prepare(
			`INSERT INTO resume_links (token_hash, student_id, kind, created_at) VALUES (?, ?, 'device', ?)`
		).run(hashToken(device), row.studentId, now);
		return { student: studentById(db, assignmentId, row.studentId)!, token: device };
	})();
}

/** Stops every resume link of a student and every device that came in by one; returns how many. */
export function revokeResumeLinks(db: DB, studentId: number): number {
	return db.prepare('DELETE FROM resume_links WHERE student_id = ?').run(studentId).changes;
}

type AttemptRow = Omit<Attempt, 'questionIds'> & { questionIds: string };
const ATTEMPT_COLUMNS = `id, student_id AS studentId, client_id AS clientId, seed, question_ids AS questionIds,
	started_at AS startedAt, submitted_at AS submittedAt, score, max_score AS maxScore`;
const fromRow = (row: AttemptRow): Attempt => ({
	...row,
	questionIds: JSON.parse(row.questionIds)
});

export function attemptsOf(db: DB, studentId: number): Attempt[] {
	return (
		db
			.prepare(`SELECT ${ATTEMPT_COLUMNS} FROM attempts WHERE student_id = ? ORDER BY id`)
			.all(studentId) as AttemptRow[]
	).map(fromRow);
}

function findAttempt(db: DB, attemptId: number): Attempt | undefined {
	const row = db.prepare(`SELECT ${ATTEMPT_COLUMNS} FROM attempts WHERE id = ?`).get(attemptId) as
		AttemptRow | undefined;
	return row && fromRow(row);
}

/** The questions of an attempt, in the order the student sees them. */
export const questionsOf = (attempt: Pick<Attempt, 'questionIds'>): Question[] =>
	attempt.questionIds.flatMap((id) => {
		const question = questionById.get(id);
		return question ? [question] : [];
	});

/** When an attempt must end: the due time, or sooner if the time limit runs out first. */
export function deadlineOf(assignment: Assignment, attempt: Pick<Attempt, 'startedAt'>): number {
	const limit = assignment.timeLimitMinutes;
	return limit ? Math.min(assignment.dueAt, attempt.startedAt + limit * 60_000) : assignment.dueAt;
}

/** The questions an assignment draws from, grouped by lesson so a draw spreads across them. */
function poolsOf(assignment: Assignment): Question[][] {
	const slugs = assignment.lessons.includes('course')
		? course.lessons.map((l) => l.slug)
		: assignment.lessons.filter((s) => lessonBySlug.has(s));
	return slugs.map((slug) => course.questions.filter((q) => q.lesson === slug));
}

/**
 * Starts an attempt, or returns the one this client id already started (a retried request), or
 * the student's attempt still in progress. Refuses outside the open period or past the limit.
 */
export function startAttempt(
	db: DB,
	assignment: Assignment,
	studentId: number,
	clientId: string,
	now = Date.now()
): Attempt | Refusal {
	return db.transaction((): Attempt | Refusal => {
		const existing = attemptsOf(db, studentId);
		const same = existing.find((a) => a.clientId === clientId);
		if (same) return same;
		const open = existing.find((a) => a.submittedAt === null);
		if (open) return open;
		if (assignment.closed) return 'closed';
		if (now < assignment.opensAt || now >= assignment.dueAt) return 'not-open';
		if (existing.length >= assignment.attemptsAllowed) return 'no-attempts-left';
		const seed = newSeed();
		const questions = drawAcross(poolsOf(assignment), assignment.perStudent, seed);
		const row = db
			.prepare(
				`INSERT INTO attempts (student_id, client_id, seed, question_ids, started_at)
				 VALUES (?, ?, ?, ?, ?) RETURNING ${ATTEMPT_COLUMNS}`
			)
			.get(
				studentId,
				clientId,
				seed,
				JSON.stringify(questions.map((q) => q.id)),
				now
			) as AttemptRow;
		return fromRow(row);
	})();
}

/** Saves (or replaces) the answer to one question of an attempt still in progress and in time. */
export function saveAnswer(
	db: DB,
	assignment: Assignment,
	attemptId: number,
	questionId: string,
	answer: Answer,
	now = Date.now()
): true | Refusal {
	const attempt = findAttempt(db, attemptId);
	if (!attempt || !attempt.questionIds.includes(questionId)) return 'unknown-question';
	if (attempt.submittedAt !== null) return 'submitted';
	if (now >= deadlineOf(assignment, attempt)) return 'time-up';
	db.prepare(
		`INSERT INTO answers (attempt_id, question_id, answer, saved_at) VALUES (?, ?, ?, ?)
		 ON CONFLICT (attempt_id, question_id) DO UPDATE SET answer = excluded.answer, saved_at = excluded.saved_at`
	).run(attemptId, questionId, JSON.stringify(answer), now);
	return true;
}

/** The answers saved so far, by question id. */
export function savedAnswers(db: DB, attemptId: number): Record<string, Answer> {
	const rows = db
		.prepare('SELECT question_id AS id, answer FROM answers WHERE attempt_id = ?')
		.all(attemptId) as { id: string; answer: string }[];
	return Object.fromEntries(
		rows.filter((r) => r.answer !== 'null').map((r) => [r.id, JSON.parse(r.answer) as Answer])
	);
}

/**
 * Grades and closes an attempt as it stands, once: a second call returns it unchanged. `at` is the
 * moment recorded as its submission (the deadline, when the server submits an overdue attempt).
 */
export function submitAttempt(db: DB, attemptId: number, at = Date.now()): Attempt | undefined {
	return db.transaction(() => {
		const attempt = findAttempt(db, attemptId);
		if (!attempt || attempt.submittedAt !== null) return attempt;
		const answers = savedAnswers(db, attemptId);
		const record = db.prepare(
			`INSERT INTO answers (attempt_id, question_id, answer, saved_at, points, max_points)
			 VALUES (?, ?, 'null', ?, ?, 1)
			 ON CONFLICT (attempt_id, question_id) DO UPDATE SET points = excluded.points, max_points = 1`
		);
		let score = 0;
		for (const id of attempt.questionIds) {
			const question = questionById.get(id);
			const points = question ? grade(question, answers[id], { sourceLabel }).score : 0;
			record.run(attemptId, id, at, points);
			score += points;
		}
		db.prepare('UPDATE attempts SET submitted_at = ?, score = ?, max_score = ? WHERE id = ?').run(
			at,
			Math.round(score * 100) / 100,
			attempt.questionIds.length,
			attemptId
		);
		return findAttempt(db, attemptId);
	})();
}

/**
 * Deletes one attempt of a student and its answers, which gives the student that attempt back.
 * False when the attempt is not this student's.
 */
export function deleteAttempt(db: DB, studentId: number, attemptId: number): boolean {
	return (
		db.prepare('DELETE FROM attempts WHERE id = ? AND student_id = ?').run(attemptId, studentId)
			.changes === 1
	);
}

/** Submits, as they stand, every attempt of the assignment whose deadline has passed. */
export function submitOverdue(db: DB, assignment: Assignment, now = Date.now()): number {
	const open = db
		.prepare(
			`SELECT t.id, t.started_at AS startedAt FROM attempts t JOIN students s ON s.id = t.student_id
			 WHERE s.assignment_id = ? AND t.submitted_at IS NULL`
		)
		.all(assignment.id) as { id: number; startedAt: number }[];
	let submitted = 0;
	for (const attempt of open) {
		const deadline = deadlineOf(assignment, attempt);
		if (now >= deadline) {
			submitAttempt(db, attempt.id, deadline);
			submitted++;
		}
	}
	return submitted;
}
