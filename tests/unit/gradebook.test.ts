// The gradebook: the attempt that counts (best or last), points per question, and CSV that a
// spreadsheet opens as UTF-8 and in which no cell can run as a formula.
import { describe, expect, it } from 'vitest';
import {
	joinAssignment,
	saveAnswer,
	startAttempt,
	submitAttempt,
	type Attempt
} from '$lib/server/attempts';
import type { DB } from '$lib/server/db';
import { csvCell, gradebook, gradebookCsv } from '$lib/server/gradebook';
import { OPENS, addAssignment, addTeacher, tempDb } from './temp-db';

async function classWith(counts: 'best' | 'last') {
	const { db } = tempDb();
	const teacher = await addTeacher(db);
	const assignment = addAssignment(db, teacher.id, { attemptsAllowed: 2, counts });
	return { db, assignment };
}

/** Submits an attempt with the given score by setting the graded points directly. */
function finish(db: DB, attempt: Attempt, points: number[], at: number) {
	submitAttempt(db, attempt.id, at);
	attempt.questionIds.forEach((id, i) =>
		db
			.prepare('UPDATE answers SET points = ? WHERE attempt_id = ? AND question_id = ?')
			.run(points[i], attempt.id, id)
	);
	db.prepare('UPDATE attempts SET score = ? WHERE id = ?').run(
		points.reduce((a, b) => a + b, 0),
		attempt.id
	);
}

describe('gradebook', () => {
	it.each([
		['best', 2],
		['last', 1]
	] as const)('counts the %s attempt', async (counts, score) => {
		const { db, assignment } = await classWith(counts);
		const { student } = joinAssignment(db, assignment.id, 'Farida', OPENS);
		const first = startAttempt(db, assignment, student.id, 'one', OPENS) as Attempt;
		finish(db, first, [1, 1, 0], OPENS + 60_000);
		const second = startAttempt(db, assignment, student.id, 'two', OPENS + 120_000) as Attempt;
		finish(db, second, [0, 0, 1], OPENS + 180_000);
		joinAssignment(db, assignment.id, 'Omar', OPENS);
		const book = gradebook(db, assignment);
		expect(book.rows.map((r) => [r.name, r.attempts, r.counted?.score])).toEqual([
			['Farida', 2, score],
			['Omar', 0, undefined]
		]);
		const counted = counts === 'best' ? first : second;
		expect(book.questionIds).toEqual(counted.questionIds);
		expect(Object.values(book.rows[0].points)).toHaveLength(3);
	});

	it('shows an attempt under way as how many of its questions have an answer', async () => {
		const { db, assignment } = await classWith('best');
		const { student } = joinAssignment(db, assignment.id, 'Farida', OPENS);
		const attempt = startAttempt(db, assignment, student.id, 'one', OPENS) as Attempt;
		saveAnswer(db, assignment, attempt.id, attempt.questionIds[1], { choice: 'x' }, OPENS + 1);
		const [row] = gradebook(db, assignment).rows;
		expect(row.counted).toBeUndefined();
		expect(row.working).toEqual({ answered: 1, questions: 3, startedAt: OPENS });
		submitAttempt(db, attempt.id, OPENS + 2);
		const [after] = gradebook(db, assignment).rows;
		expect(after.working).toBeUndefined();
		expect(after.counted?.attemptId).toBe(attempt.id);
	});
});

describe('CSV', () => {
	it('neutralises anything a spreadsheet would run as a formula, and quotes what needs it', () => {
		expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
		expect(csvCell('+1')).toBe("'+1");
		expect(csvCell('-2')).toBe("'-2");
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell('\tx')).toBe("'\tx");
		expect(csvCell('Lina, the second')).toBe('"Lina, the second"');
		expect(csvCell('Farida')).toBe('Farida');
		expect(csvCell(2.5)).toBe('2.5');
		expect(csvCell(undefined)).toBe('');
	});

	it('starts with a byte order mark and has a row per student and a column per question', async () => {
		const { db, assignment } = await classWith('best');
		const { student } = joinAssignment(db, assignment.id, '=cmd|calc', OPENS);
		const attempt = startAttempt(db, assignment, student.id, 'one', OPENS) as Attempt;
		finish(db, attempt, [1, 0, 0.5], OPENS + 60_000);
		const csv = gradebookCsv(gradebook(db, assignment));
		expect(csv.startsWith('\uFEFFStudent,Score,Out of,Attempts,Submitted (UTC),')).toBe(true);
		const [header, row] = csv.slice(1).trim().split('\r\n');
		expect(header.split(',')).toHaveLength(5 + 3);
		expect(row).toBe(`'=cmd|calc,1.5,3,1,2026-11-24T09:01:00.000Z,1,0,0.5`);
	});
});
