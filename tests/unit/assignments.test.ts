// Assignments against a real SQLite file: a six-character code with no look-alikes (another is
// drawn on a clash), found only by their own teacher, listed with how many joined, deleted with
// everything under them; and the form's rules (lessons, counts, times).
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { AssignmentForm, assignmentInput, poolSize } from '$lib/server/assignment-form';
import {
	CODE_PATTERN,
	createAssignment,
	findAssignment,
	listAssignments,
	newCode,
	normaliseCode
} from '$lib/server/assignments';
import { problemsOf } from '$lib/server/teacher-forms';
import { addTeacher, tempDb } from './temp-db';

async function withTeachers() {
	const { db } = tempDb();
	return { db, first: await addTeacher(db, 'a'), second: await addTeacher(db, 'b') };
}

const HOUR = 3_600_000;
const rules = {
	title: 'Week 3',
	lessons: ['takeover-2021', 'isis-k'],
	perStudent: 10,
	opensAt: Date.UTC(2026, 10, 24, 9),
	dueAt: Date.UTC(2026, 10, 24, 9) + 48 * HOUR,
	attemptsAllowed: 2,
	counts: 'best' as const,
	reveal: 'after-due' as const,
	timeLimitMinutes: 20
};

describe('class codes', () => {
	it('are six characters without look-alikes, and read back whatever the case or spacing', () => {
		for (let i = 0; i < 200; i++) expect(newCode()).toMatch(CODE_PATTERN);
		expect(newCode()).not.toMatch(/[0O1IL2Z5S8BGQUV]/);
		expect(normaliseCode(' ack-34m ')).toBe('ACK34M');
	});
});

describe('assignments', () => {
	it('stores the rules and a code, and only their teacher finds them', async () => {
		const { db, first, second } = await withTeachers();
		const made = createAssignment(db, first.id, rules);
		expect(made).toMatchObject({ ...rules, closed: false });
		expect(made.code).toMatch(CODE_PATTERN);
		expect(findAssignment(db, first.id, made.id)).toEqual(made);
		expect(findAssignment(db, second.id, made.id)).toBeUndefined();
		expect(listAssignments(db, second.id)).toEqual([]);
	});

	it('draws another code when one is taken', async () => {
		const { db, first } = await withTeachers();
		const codes = ['AAAAAA', 'AAAAAA', 'CCCCCC'];
		const one = createAssignment(db, first.id, rules, Date.now(), () => codes.shift()!);
		const two = createAssignment(db, first.id, rules, Date.now(), () => codes.shift()!);
		expect([one.code, two.code]).toEqual(['AAAAAA', 'CCCCCC']);
	});

	it('lists newest first with how many students joined and submitted', async () => {
		const { db, first } = await withTeachers();
		const older = createAssignment(db, first.id, { ...rules, title: 'Older' }, 1000);
		createAssignment(db, first.id, { ...rules, title: 'Newer' }, 2000);
		const join = db.prepare(
			'INSERT INTO students (assignment_id, display_name, resume_token_hash, joined_at) VALUES (?, ?, ?, 0) RETURNING id'
		);
		const s1 = join.get(older.id, 'Farida', 'h1') as { id: number };
		join.get(older.id, 'Omar', 'h2');
		db.prepare(
			"INSERT INTO attempts (student_id, client_id, seed, question_ids, started_at, submitted_at) VALUES (?, 'c', 1, '[]', 0, 5)"
		).run(s1.id);
		const list = listAssignments(db, first.id);
		expect(list.map((a) => [a.title, a.students, a.submitted])).toEqual([
			['Newer', 0, 0],
			['Older', 2, 1]
		]);
	});

	it('takes its students, attempts and answers with it when deleted', async () => {
		const { db, first } = await withTeachers();
		const made = createAssignment(db, first.id, rules);
		const student = db
			.prepare(
				"INSERT INTO students (assignment_id, display_name, resume_token_hash, joined_at) VALUES (?, 'Farida', 'h', 0) RETURNING id"
			)
			.get(made.id) as { id: number };
		const attempt = db
			.prepare(
				"INSERT INTO attempts (student_id, client_id, seed, question_ids, started_at) VALUES (?, 'c', 1, '[]', 0) RETURNING id"
			)
			.get(student.id) as { id: number };
		db.prepare(
			"INSERT INTO answers (attempt_id, question_id, answer, saved_at) VALUES (?, 'q', '1', 0)"
		).run(attempt.id);
		db.prepare('DELETE FROM assignments WHERE id = ?').run(made.id);
		for (const table of ['students', 'attempts', 'answers'])
			expect(db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
	});
});

describe('the new-assignment form', () => {
	const form = (fields: Record<string, string | string[]>) => {
		const data = new FormData();
		for (const [name, value] of Object.entries(fields))
			for (const one of [value].flat()) data.append(name, one);
		return data;
	};
	const good = {
		title: ' Week 3 ',
		lessons: ['takeover-2021', 'isis-k'],
		perStudent: '10',
		opensAt: '2026-11-24T09:00',
		dueAt: '2026-11-26T09:00',
		attemptsAllowed: '2',
		counts: 'best',
		reveal: 'after-due',
		timeLimitMinutes: ''
	};
	const parse = (fields: Record<string, string | string[]>) =>
		v.safeParse(AssignmentForm, assignmentInput(form(fields)));

	it('reads the rules, with the times the browser sent in UTC when it sent them', () => {
		const result = parse({ ...good, opensAtUtc: '2026-11-24T08:00:00.000Z' });
		expect(result.success).toBe(true);
		expect(result.output).toMatchObject({
			title: 'Week 3',
			perStudent: 10,
			attemptsAllowed: 2,
			opensAt: Date.UTC(2026, 10, 24, 8),
			// No UTC field: the wall-clock time is read as UTC.
			dueAt: Date.UTC(2026, 10, 26, 9),
			timeLimitMinutes: undefined
		});
	});

	it('treats "the whole course" as every lesson', () => {
		const result = parse({ ...good, lessons: ['course', 'isis-k'] });
		expect(result.output).toMatchObject({ lessons: ['course'] });
		expect(poolSize(['course'])).toBeGreaterThanOrEqual(90);
	});

	it('refuses what cannot work, saying which field and why', () => {
		const problems = (fields: Record<string, string | string[]>) => {
			const result = parse(fields);
			return result.success ? {} : problemsOf(result.issues);
		};
		expect(problems({ ...good, dueAt: '2026-11-23T09:00' }).dueAt).toMatch(/after it opens/);
		expect(problems({ ...good, perStudent: '500' }).perStudent).toMatch(
			/whole number|not that many/
		);
		expect(problems({ ...good, lessons: ['isis-k'], perStudent: '40' }).perStudent).toMatch(
			/not that many/
		);
		expect(problems({ ...good, lessons: [] }).lessons).toMatch(/at least one lesson/);
		expect(problems({ ...good, lessons: ['mars'] }).lessons).toMatch(/from the list/);
		expect(problems({ ...good, attemptsAllowed: '0' }).attemptsAllowed).toMatch(/between 1/);
		expect(problems({ ...good, attemptsAllowed: '1.5' }).attemptsAllowed).toMatch(/between 1/);
		expect(problems({ ...good, counts: 'worst' }).counts).toMatch(/which attempt/);
		expect(problems({ ...good, timeLimitMinutes: 'soon' }).timeLimitMinutes).toMatch(/minutes/);
		expect(problems({ ...good, opensAt: 'tomorrow' }).opensAt).toMatch(/when the assignment opens/);
		expect(Object.keys(problems({})).sort()).toEqual(
			[
				'attemptsAllowed',
				'counts',
				'dueAt',
				'lessons',
				'opensAt',
				'perStudent',
				'reveal',
				'title'
			].sort()
		);
	});
});
