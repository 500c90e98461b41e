// Assignments in the database: created with a class code that has no look-alike characters,
// listed for their teacher, and found only by their own teacher (to anyone else an assignment
// does not exist). Functions take the database so the unit tests run them on a real file.
import { randomInt } from 'node:crypto';
import type { AssignmentRules } from './assignment-form';
import type { DB } from './db';

/** No 0/O/Q, 1/I/L, 2/Z, 5/S, 6/G, 8/B, U/V: a code read off a projector is typed right first time. */
export const CODE_ALPHABET = 'ACDEFHJKMNPRTWXY34679';
export const CODE_LENGTH = 6;
export const CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

export interface Assignment {
	id: number;
	code: string;
	title: string;
	lessons: string[];
	perStudent: number;
	opensAt: number;
	dueAt: number;
	attemptsAllowed: number;
	counts: 'best' | 'last';
	reveal: 'after-submit' | 'after-due' | 'never';
	timeLimitMinutes: number | null;
	closed: boolean;
	createdAt: number;
}

export interface AssignmentSummary extends Assignment {
	students: number;
	submitted: number;
}

const COLUMNS = `a.id, a.code, a.title, a.lessons, a.per_student AS perStudent, a.opens_at AS opensAt,
	a.due_at AS dueAt, a.attempts_allowed AS attemptsAllowed, a.counts, a.reveal,
	a.time_limit_minutes AS timeLimitMinutes, a.closed, a.created_at AS createdAt`;

type Row = Omit<Assignment, 'lessons' | 'closed'> & { lessons: string; closed: number };
const fromRow = <T extends Row>(row: T) => ({
	...row,
	lessons: JSON.parse(row.lessons) as string[],
	closed: row.closed === 1
});

/** A code typed or spoken by a student, normalised: upper case, no spaces or dashes. */
export const normaliseCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');

export function newCode(): string {
	return Array.from(
		{ length: CODE_LENGTH },
		() => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]
	).join('');
}

/** Stores a new assignment for `teacherId` with a fresh code; returns it. */
export function createAssignment(
	db: DB,
	teacherId: number,
	rules: AssignmentRules,
	now = Date.now(),
	makeCode = newCode
): Assignment {
	const insert = db.prepare(
		`INSERT INTO assignments (teacher_id, code, title, lessons, per_student, opens_at, due_at,
			attempts_allowed, counts, reveal, time_limit_minutes, created_at)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING RETURNING id`
	);
	// 21^6 is about 86 million codes; a clash is rare, and the next code is tried.
	for (let tries = 0; tries < 20; tries++) {
		const row = insert.get(
			teacherId,
			makeCode(),
			rules.title,
			JSON.stringify(rules.lessons),
			rules.perStudent,
			rules.opensAt,
			rules.dueAt,
			rules.attemptsAllowed,
			rules.counts,
			rules.reveal,
			rules.timeLimitMinutes ?? null,
			now
		) as { id: number } | undefined;
		if (row) return findAssignment(db, teacherId, row.id)!;
	}
	throw new Error('Could not find an unused class code');
}

/** The teacher's assignment with this id; undefined when it is missing or someone else's. */
export function findAssignment(db: DB, teacherId: number, id: number): Assignment | undefined {
	const row = db
		.prepare(`SELECT ${COLUMNS} FROM assignments a WHERE a.id = ? AND a.teacher_id = ?`)
		.get(id, teacherId) as Row | undefined;
	return row && fromRow(row);
}

/** The assignment students reach with this code (anyone may, which is what a code is for). */
export function findAssignmentByCode(db: DB, code: string): Assignment | undefined {
	const row = db.prepare(`SELECT ${COLUMNS} FROM assignments a WHERE a.code = ?`).get(code) as
		Row | undefined;
	return row && fromRow(row);
}

/** Every assignment of the teacher, newest first, with how many students joined and submitted. */
export function listAssignments(db: DB, teacherId: number): AssignmentSummary[] {
	const rows = db
		.prepare(
			`SELECT ${COLUMNS},
				(SELECT COUNT(*) FROM students s WHERE s.assignment_id = a.id) AS students,
				(SELECT COUNT(DISTINCT s.id) FROM students s JOIN attempts t ON t.student_id = s.id
					WHERE s.assignment_id = a.id AND t.submitted_at IS NOT NULL) AS submitted
			 FROM assignments a WHERE a.teacher_id = ? ORDER BY a.created_at DESC, a.id DESC`
		)
		.all(teacherId) as (Row & { students: number; submitted: number })[];
	return rows.map(fromRow);
}

/** Closes or reopens the teacher's assignment; false when it is not theirs. */
export function setClosed(db: DB, teacherId: number, id: number, closed: boolean): boolean {
	return (
		db
			.prepare('UPDATE assignments SET closed = ? WHERE id = ? AND teacher_id = ?')
			.run(closed ? 1 : 0, id, teacherId).changes === 1
	);
}

/** Moves the due time (it must stay after the opening time); false when refused. */
export function moveDue(db: DB, teacherId: number, id: number, dueAt: number): boolean {
	return (
		db
			.prepare('UPDATE assignments SET due_at = ? WHERE id = ? AND teacher_id = ? AND opens_at < ?')
			.run(dueAt, id, teacherId, dueAt).changes === 1
	);
}

/** Deletes the assignment with every student, attempt and answer under it (by cascade). */
export function deleteAssignment(db: DB, teacherId: number, id: number): boolean {
	return (
		db.prepare('DELETE FROM assignments WHERE id = ? AND teacher_id = ?').run(id, teacherId)
			.changes === 1
	);
}
