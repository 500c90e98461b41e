// What a class made of each question, from a real SQLite file: how many drew it and got it right,
// the average credit, the wrong answer given most often and by how many, hardest first; and the
// histogram's bands of scores.
import { describe, expect, it } from 'vitest';
import {
	joinAssignment,
	saveAnswer,
	startAttempt,
	submitAttempt,
	type Attempt
} from '$lib/server/attempts';
import { course } from '$lib/server/content';
import { gradebook } from '$lib/server/gradebook';
import { questionFigures } from '$lib/server/question-figures';
import { binLabel, countAxis, scoreBins } from '$lib/teacher/score-bins';
import { OPENS, addAssignment, addTeacher, tempDb } from './temp-db';

const pool = course.questions.filter((q) => q.lesson === 'isis-k');
const single = pool.find((q) => q.type === 'single')!;
if (single.type !== 'single') throw new Error('the ISIS-K bank needs a single-choice question');
const right = single.choices.find((c) => c.correct)!;
const [wrongA, wrongB] = single.choices.filter((c) => !c.correct);
const typed = pool.find((q) => q.type === 'short-text')!;

describe('question figures', () => {
	it('count right answers, credit and the most common wrong answer, hardest first', async () => {
		const { db } = tempDb();
		const teacher = await addTeacher(db);
		const assignment = addAssignment(db, teacher.id, {
			title: 'Everything on ISIS-K',
			perStudent: pool.length
		});
		const texts: Record<string, string> = { Ana: 'kabul', Bo: ' Kabul!', Cy: 'Herat' };
		const picks: Record<string, string | undefined> = {
			Ana: right.id,
			Bo: wrongA.id,
			Cy: wrongA.id,
			Di: wrongB.id,
			Ed: undefined
		};
		for (const [name, choice] of Object.entries(picks)) {
			const { student } = joinAssignment(db, assignment.id, name, OPENS);
			const attempt = startAttempt(db, assignment, student.id, `c-${name}`, OPENS) as Attempt;
			if (choice) saveAnswer(db, assignment, attempt.id, single.id, { choice }, OPENS + 1);
			if (texts[name])
				saveAnswer(db, assignment, attempt.id, typed.id, { text: texts[name] }, OPENS + 1);
			submitAttempt(db, attempt.id, OPENS + 2);
		}
		// Someone who joined and never submitted is not counted.
		joinAssignment(db, assignment.id, 'Late', OPENS);

		const figures = questionFigures(db, gradebook(db, assignment));
		expect(figures).toHaveLength(pool.length);
		const asked = figures.find((f) => f.id === single.id)!;
		expect(asked).toMatchObject({
			id: single.id,
			prompt: single.prompt,
			lesson: 'isis-k',
			drawn: 5,
			answered: 4,
			correct: 1,
			meanScore: 0.2,
			commonWrong: { answer: wrongA.text, count: 2 }
		});
		expect(asked.sectionTitle).not.toBe('');
		// Typed answers that grading treats as the same are counted together.
		expect(figures.find((f) => f.id === typed.id)).toMatchObject({
			answered: 3,
			correct: 0,
			commonWrong: { answer: 'kabul', count: 2 }
		});
		for (const other of figures.filter((f) => f.id !== single.id && f.id !== typed.id))
			expect(other).toMatchObject({ drawn: 5, answered: 0, correct: 0, commonWrong: undefined });
		// Hardest first: the one question someone got right comes last.
		expect(figures.at(-1)!.id).toBe(single.id);

		// Credit is what was recorded at grading (as in the scores), even if the bank changes later.
		db.prepare('UPDATE answers SET points = 1 WHERE question_id = ?').run(typed.id);
		const regraded = questionFigures(db, gradebook(db, assignment));
		expect(regraded.find((f) => f.id === typed.id)).toMatchObject({ correct: 5, meanScore: 1 });
	});
});

describe('score bins', () => {
	it('put scores in bands of ten, with 100 in the last, and count each band', () => {
		const bins = scoreBins([0, 9.99, 10, 55, 59, 100, 95, 120, -5]);
		expect(bins.map((b) => [b.from, b.to])).toEqual(
			[0, 10, 20, 30, 40, 50, 60, 70, 80, 90].map((from) => [from, from + 10])
		);
		expect(bins.map((b) => b.count)).toEqual([3, 1, 0, 0, 0, 2, 0, 0, 0, 3]);
		expect(binLabel(bins[0])).toBe('0% to under 10%: 3 students');
		expect(binLabel(bins[1])).toBe('10% to under 20%: 1 student');
		expect(binLabel(bins[9])).toBe('90% to 100%: 3 students');
	});

	it('give the count axis whole-number ticks up to a round top', () => {
		expect(countAxis(scoreBins([]))).toEqual({ top: 1, ticks: [0, 1] });
		expect(countAxis(scoreBins([50, 50, 50]))).toEqual({ top: 3, ticks: [0, 1, 2, 3] });
		const many = countAxis(scoreBins(Array(17).fill(70)));
		expect(many.top).toBeGreaterThanOrEqual(17);
		expect(many.ticks.every(Number.isInteger)).toBe(true);
	});
});
