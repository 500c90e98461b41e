// What a class made of each question of an assignment, from the attempts that count: how many drew
// it, how many got it fully right, the average credit, and the wrong answer given most often with
// how many gave it, so a teacher sees what to teach again. Credit is the points recorded when each
// attempt was graded (as in the scores and the CSV); the grading module only puts answers in words.
import { grade, normaliseText } from '$lib/quiz/grade';
import { savedAnswers } from './attempts';
import { lessonBySlug, questionById } from './content';
import type { DB } from './db';
import type { Gradebook } from './gradebook';
import { sourceLabel } from './quiz';

export interface QuestionFigures {
	id: string;
	prompt: string;
	lesson: string;
	section: string;
	/** Where the course teaches it, to send the class back to. */
	sectionTitle: string;
	/** Students whose counted attempt drew the question. */
	drawn: number;
	/** Of those, how many answered it at all. */
	answered: number;
	/** Of those, how many earned full credit. */
	correct: number;
	/** Average credit from 0 to 1, unanswered counting 0. */
	meanScore: number;
	/** The wrong (or partly wrong) answer given most often, in words, and how many gave it. */
	commonWrong?: { answer: string; count: number };
}

interface Tally {
	drawn: number;
	answered: number;
	correct: number;
	credit: number;
	/** Wrong answers by a key that ignores what grading ignores; the words first seen for each. */
	wrong: Map<string, { said: string; count: number }>;
}

/** Figures for every question drawn by a counted attempt, the least often right first. */
export function questionFigures(db: DB, book: Gradebook): QuestionFigures[] {
	const tallies = new Map<string, Tally>();
	for (const row of book.rows) {
		if (!row.counted) continue;
		const answers = savedAnswers(db, row.counted.attemptId);
		for (const id of Object.keys(row.points)) {
			const question = questionById.get(id);
			if (!question) continue;
			const tally = tallies.get(id) ?? {
				drawn: 0,
				answered: 0,
				correct: 0,
				credit: 0,
				wrong: new Map()
			};
			tallies.set(id, tally);
			const points = row.points[id];
			const result = grade(question, answers[id], { sourceLabel });
			tally.drawn++;
			tally.credit += points;
			if (result.outcome !== 'unanswered') tally.answered++;
			if (points >= 1) tally.correct++;
			else if (result.outcome !== 'unanswered') {
				const said = result.chosen.join('; ');
				const key = question.type === 'short-text' ? normaliseText(said) : said;
				const seen = tally.wrong.get(key) ?? { said, count: 0 };
				seen.count++;
				tally.wrong.set(key, seen);
			}
		}
	}
	const figures = [...tallies].map(([id, tally]): QuestionFigures => {
		const question = questionById.get(id)!;
		const lesson = lessonBySlug.get(question.lesson);
		return {
			id,
			prompt: question.prompt,
			lesson: question.lesson,
			section: question.section,
			sectionTitle:
				lesson?.headings.find((h) => h.id === question.section)?.text ??
				lesson?.title ??
				question.lesson,
			drawn: tally.drawn,
			answered: tally.answered,
			correct: tally.correct,
			meanScore: Math.round((tally.credit / tally.drawn) * 1000) / 1000,
			commonWrong: mostCommon(tally.wrong)
		};
	});
	return figures.sort(
		(a, b) =>
			a.correct / a.drawn - b.correct / b.drawn ||
			a.meanScore - b.meanScore ||
			b.drawn - a.drawn ||
			a.id.localeCompare(b.id)
	);
}

/** The answer given most often; among equals, the first in alphabetical order, so it is stable. */
function mostCommon(answers: Tally['wrong']): QuestionFigures['commonWrong'] {
	let best: QuestionFigures['commonWrong'];
	for (const { said, count } of answers.values())
		if (!best || count > best.count || (count === best.count && said < best.answer))
			best = { answer: said, count };
	return best;
}
