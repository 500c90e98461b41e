// The gradebook of an assignment: one row per student with the attempt that counts (the best or
// the last submitted, as the teacher chose), its score and the points for each question, and the
// same as CSV for a spreadsheet: UTF-8 with a byte order mark, and any cell that could start a
// formula (=, +, -, @, a tab or a carriage return) neutralised with a leading apostrophe, so a
// student's name can never run as one.
import type { Assignment } from './assignments';
import type { DB } from './db';

export interface GradebookRow {
	studentId: number;
	name: string;
	attempts: number;
	/** The attempt that counts; undefined until one is submitted. */
	counted?: {
		attemptId: number;
		score: number;
		maxScore: number;
		submittedAt: number;
		startedAt: number;
	};
	/** An attempt still being worked on: how many of its questions have a saved answer. */
	working?: { answered: number; questions: number; startedAt: number };
	/** Points of the counted attempt by question id (questions it did not draw are absent). */
	points: Record<string, number>;
}

export interface Gradebook {
	rows: GradebookRow[];
	/** Every question any counted attempt drew, in the order first met. */
	questionIds: string[];
}

/** The submitted attempt that counts: the last one, or the best (the first of equal bests). */
export function countedAttempt<T extends { score: number | null; submittedAt: number | null }>(
	counts: Assignment['counts'],
	attempts: T[]
): T | undefined {
	const submitted = attempts.filter((a) => a.submittedAt !== null);
	return counts === 'last'
		? submitted.at(-1)
		: submitted.reduce<T | undefined>(
				(best, a) => (!best || (a.score ?? 0) > (best.score ?? 0) ? a : best),
				undefined
			);
}

export function gradebook(db: DB, assignment: Assignment): Gradebook {
	const students = db
		.prepare(
			'SELECT id, display_name AS name FROM students WHERE assignment_id = ? ORDER BY display_name COLLATE NOCASE, id'
		)
		.all(assignment.id) as { id: number; name: string }[];
	const attemptsOf = db.prepare(
		`SELECT id, score, max_score AS maxScore, submitted_at AS submittedAt, started_at AS startedAt,
			question_ids AS questionIds
		 FROM attempts WHERE student_id = ? ORDER BY id`
	);
	const pointsOf = db.prepare(
		'SELECT question_id AS id, points FROM answers WHERE attempt_id = ? AND points IS NOT NULL'
	);
	const answeredIn = db.prepare(
		"SELECT COUNT(*) AS n FROM answers WHERE attempt_id = ? AND answer != 'null'"
	);
	const questionIds: string[] = [];
	const rows = students.map((student): GradebookRow => {
		const attempts = attemptsOf.all(student.id) as {
			id: number;
			score: number | null;
			maxScore: number | null;
			submittedAt: number | null;
			startedAt: number;
			questionIds: string;
		}[];
		const counted = countedAttempt(assignment.counts, attempts);
		const working = attempts.find((a) => a.submittedAt === null);
		const points: Record<string, number> = {};
		if (counted) {
			for (const id of JSON.parse(counted.questionIds) as string[])
				if (!questionIds.includes(id)) questionIds.push(id);
			for (const row of pointsOf.all(counted.id) as { id: string; points: number }[])
				points[row.id] = row.points;
		}
		return {
			studentId: student.id,
			name: student.name,
			attempts: attempts.length,
			counted: counted && {
				attemptId: counted.id,
				score: counted.score ?? 0,
				maxScore: counted.maxScore ?? 0,
				submittedAt: counted.submittedAt!,
				startedAt: counted.startedAt
			},
			working: working && {
				answered: (answeredIn.get(working.id) as { n: number }).n,
				questions: (JSON.parse(working.questionIds) as string[]).length,
				startedAt: working.startedAt
			},
			points
		};
	});
	return { rows, questionIds };
}

/** A cell as a spreadsheet will read it: formula-like text neutralised, quoted when needed. */
export function csvCell(value: string | number | undefined): string {
	let text = value === undefined ? '' : String(value);
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function gradebookCsv(book: Gradebook): string {
	const header = ['Student', 'Score', 'Out of', 'Attempts', 'Submitted (UTC)', ...book.questionIds];
	const lines = [
		header,
		...book.rows.map((row) => [
			row.name,
			row.counted?.score,
			row.counted?.maxScore,
			row.attempts,
			row.counted && new Date(row.counted.submittedAt).toISOString(),
			...book.questionIds.map((id) => row.points[id])
		])
	];
	return '\uFEFF' + lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
