// Grading: one pure module shared by practice quizzes in the browser and assignments on the server.
// It scores an answer from 0 to 1 (partial credit where it is fair), and says in words what the
// reader chose, what was right, and the feedback written for that choice.
import type { Question } from '$lib/content/question-schema';

export interface AnswerFields {
	/** single, which-source: the chosen choice's id (or source id). */
	choice: string;
	/** multiple: the ids of the chosen choices. */
	choices: string[];
	/** true-false */
	value: boolean;
	/** order: item ids, first to last. */
	order: string[];
	/** match: the right-hand text chosen for each pair, by pair id. */
	pairs: Record<string, string>;
	/** year, place-on-timeline */
	year: number;
	/** short-text */
	text: string;
}

/** A reader's answer to one question; which field it has depends on the question's type. */
export type Answer = { [K in keyof AnswerFields]: Pick<AnswerFields, K> }[keyof AnswerFields];

export type Outcome = 'correct' | 'partial' | 'incorrect' | 'unanswered';

export interface Feedback {
	/** What the feedback is about: a choice, a pair, or the answer as a whole. */
	about?: string;
	/** right: a good pick; wrong: a bad pick; missed: a right one not picked; note: general. */
	tone: 'right' | 'wrong' | 'missed' | 'note';
	text: string;
}

export interface QuestionResult {
	id: string;
	score: number;
	outcome: Outcome;
	/** The reader's answer in words; empty when unanswered. */
	chosen: string[];
	/** The right answer in words. */
	right: string[];
	feedback: Feedback[];
}

export interface GradeOptions {
	/** How a source is named to the reader (which-source questions); its id otherwise. */
	sourceLabel?: (id: string) => string;
}

/** Case, accents, punctuation, spacing and a leading "the" do not matter in a typed answer. */
export function normaliseText(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()
		.replace(/^the /, '')
		.replace(/ /g, '');
}

/** The share of item pairs a reader put in the same relative order as the answer. */
export function pairsInOrder(answer: string[], given: string[]): number {
	const position = new Map(given.map((id, i) => [id, i]));
	let right = 0;
	let pairs = 0;
	for (let i = 0; i < answer.length; i++)
		for (let j = i + 1; j < answer.length; j++) {
			pairs++;
			const a = position.get(answer[i]);
			const b = position.get(answer[j]);
			if (a !== undefined && b !== undefined && a < b) right++;
		}
	return pairs ? right / pairs : 0;
}

const outcomeOf = (score: number): Outcome =>
	score >= 1 ? 'correct' : score > 0 ? 'partial' : 'incorrect';

/** Round to a sensible precision so table-driven tests and summed scores stay exact. */
const round = (n: number) => Math.round(n * 1000) / 1000;
const clamp = (n: number) => round(Math.min(1, Math.max(0, n)));

/** One field of an answer, or undefined when the answer lacks it (answers may come from a form). */
const field = <K extends keyof AnswerFields>(
	answer: Answer | undefined,
	key: K
): AnswerFields[K] | undefined =>
	answer && key in answer ? (answer as Partial<AnswerFields>)[key] : undefined;

function unanswered(id: string, right: string[]): QuestionResult {
	return { id, score: 0, outcome: 'unanswered', chosen: [], right, feedback: [] };
}

/** Outcome-level feedback for questions judged as a whole (order, year, short text, timeline). */
function wholeFeedback(
	feedback: { correct: string; partial?: string; incorrect: string },
	outcome: Outcome
): Feedback[] {
	const text =
		outcome === 'correct'
			? feedback.correct
			: outcome === 'partial'
				? (feedback.partial ?? feedback.incorrect)
				: feedback.incorrect;
	return [{ tone: outcome === 'correct' ? 'right' : 'wrong', text }];
}

/** Questions where one choice is picked (single choice, which source): all or nothing. */
function gradeOnePick(
	id: string,
	choices: { id: string; label: string; correct: boolean; feedback: string }[],
	choice: string | undefined
): QuestionResult {
	const right = choices.filter((c) => c.correct).map((c) => c.label);
	const picked = choices.find((c) => c.id === choice);
	if (!picked) return unanswered(id, right);
	const score = picked.correct ? 1 : 0;
	return {
		id,
		score,
		outcome: outcomeOf(score),
		chosen: [picked.label],
		right,
		feedback: [
			{ about: picked.label, tone: picked.correct ? 'right' : 'wrong', text: picked.feedback }
		]
	};
}

export function grade(
	question: Question,
	answer: Answer | undefined,
	options: GradeOptions = {}
): QuestionResult {
	const id = question.id;
	switch (question.type) {
		case 'single':
			return gradeOnePick(
				id,
				question.choices.map((c) => ({ ...c, label: c.text })),
				field(answer, 'choice')
			);
		case 'which-source': {
			const label = options.sourceLabel ?? ((s: string) => s);
			return gradeOnePick(
				id,
				question.choices.map((c) => ({ ...c, id: c.source, label: label(c.source) })),
				field(answer, 'choice')
			);
		}
		case 'multiple': {
			// The share of right choices picked; each wrong pick takes away as much as a right one gives.
			const right = question.choices.filter((c) => c.correct);
			const ids = new Set(field(answer, 'choices') ?? []);
			const picked = question.choices.filter((c) => ids.has(c.id));
			if (!picked.length)
				return unanswered(
					id,
					right.map((c) => c.text)
				);
			const hits = picked.filter((c) => c.correct).length;
			const misses = picked.length - hits;
			const score = clamp((hits - misses) / right.length);
			return {
				id,
				score,
				outcome: outcomeOf(score),
				chosen: picked.map((c) => c.text),
				right: right.map((c) => c.text),
				feedback: [
					...picked.map((c): Feedback => ({
						about: c.text,
						tone: c.correct ? 'right' : 'wrong',
						text: c.feedback
					})),
					...right
						.filter((c) => !ids.has(c.id))
						.map((c): Feedback => ({ about: c.text, tone: 'missed', text: c.feedback }))
				]
			};
		}
		case 'true-false': {
			const right = [question.answer ? 'True' : 'False'];
			const value = field(answer, 'value');
			if (typeof value !== 'boolean') return unanswered(id, right);
			const score = value === question.answer ? 1 : 0;
			return {
				id,
				score,
				outcome: outcomeOf(score),
				chosen: [value ? 'True' : 'False'],
				right,
				feedback: [
					{
						tone: score ? 'right' : 'wrong',
						text: question.feedback[value ? 'true' : 'false']
					}
				]
			};
		}
		case 'order': {
			// Partial credit by the share of pairs of items in the right relative order.
			const right = question.items.map((i) => i.text);
			const known = new Map(question.items.map((i) => [i.id, i.text]));
			const given = (field(answer, 'order') ?? []).filter((i) => known.has(i));
			if (given.length !== question.items.length || new Set(given).size !== given.length)
				return unanswered(id, right);
			const score = clamp(
				pairsInOrder(
					question.items.map((i) => i.id),
					given
				)
			);
			const outcome = outcomeOf(score);
			return {
				id,
				score,
				outcome,
				chosen: given.map((i) => known.get(i)!),
				right,
				feedback: wholeFeedback(question.feedback, outcome)
			};
		}
		case 'match': {
			// The share of pairs matched right; a wrong match costs half what a right one gains, so
			// matching at random earns nothing.
			const right = question.pairs.map((p) => `${p.left} → ${p.right}`);
			const given: Record<string, unknown> = field(answer, 'pairs') ?? {};
			const matched = question.pairs.filter((p) => typeof given[p.id] === 'string' && given[p.id]);
			if (!matched.length) return unanswered(id, right);
			const hits = matched.filter((p) => given[p.id] === p.right);
			const wrong = matched.length - hits.length;
			const score = clamp((hits.length - wrong / 2) / question.pairs.length);
			return {
				id,
				score,
				outcome: outcomeOf(score),
				chosen: matched.map((p) => `${p.left} → ${given[p.id]}`),
				right,
				feedback: question.pairs.map((p): Feedback => ({
					about: p.left,
					tone: given[p.id] === p.right ? 'right' : given[p.id] ? 'wrong' : 'missed',
					text: p.feedback
				}))
			};
		}
		case 'year':
		case 'place-on-timeline': {
			// Right within the tolerance; where the author wrote feedback for a near miss, a year
			// within two more of the answer earns half.
			const right = [
				question.tolerance
					? `${question.answer} (± ${question.tolerance})`
					: String(question.answer)
			];
			const year = field(answer, 'year');
			if (typeof year !== 'number' || !Number.isFinite(year)) return unanswered(id, right);
			const off = Math.abs(year - question.answer);
			const score =
				off <= question.tolerance
					? 1
					: question.feedback.partial && off <= question.tolerance + 2
						? 0.5
						: 0;
			const outcome = outcomeOf(score);
			return {
				id,
				score,
				outcome,
				chosen: [String(year)],
				right,
				feedback: wholeFeedback(question.feedback, outcome)
			};
		}
		case 'short-text': {
			const right = [question.accepted[0]];
			const typed = field(answer, 'text');
			const text = typeof typed === 'string' ? typed.trim() : '';
			if (!text) return unanswered(id, right);
			const key = normaliseText(text);
			const score = question.accepted.some((a) => normaliseText(a) === key) ? 1 : 0;
			const misconception = score
				? undefined
				: question.misconceptions.find((m) => normaliseText(m.answer) === key);
			return {
				id,
				score,
				outcome: outcomeOf(score),
				chosen: [text],
				right,
				feedback: misconception
					? [{ about: text, tone: 'wrong', text: misconception.feedback }]
					: wholeFeedback(question.feedback, outcomeOf(score))
			};
		}
	}
}

/** The score of a whole quiz: the sum of the question scores, out of the number of questions. */
export function total(results: QuestionResult[]): {
	score: number;
	outOf: number;
	percent: number;
} {
	const score = round(results.reduce((sum, r) => sum + r.score, 0));
	const outOf = results.length;
	return { score, outOf, percent: outOf ? Math.round((score / outOf) * 100) : 0 };
}
