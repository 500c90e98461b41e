// How answers travel in a form: the field names the question controls use, and the one parser that
// turns submitted form data back into answers. The browser (practice, with JavaScript) and the
// server (form actions, without it) read a form the same way, so both grade the same answer.
import type { PublicQuestion } from '$lib/content/public-question';
import type { Question } from '$lib/content/question-schema';
import type { Answer, AnswerFields } from './grade';

/** The form field for a question, or for one part of it (an order item, a match pair). */
export const fieldName = (questionId: string, part?: string) =>
	part ? `a.${questionId}.${part}` : `a.${questionId}`;

/** One part of a saved answer (its choice, its order…), or undefined when it has none. */
export function answerPart<K extends keyof AnswerFields>(
	answer: Answer | undefined,
	key: K
): AnswerFields[K] | undefined {
	return answer && key in answer ? (answer as Pick<AnswerFields, K>)[key] : undefined;
}

/** Longest typed answer kept; anything longer is cut, never refused, so no work is lost. */
const MAX_TEXT = 500;

const one = (form: FormData, name: string) => {
	const value = form.get(name);
	return typeof value === 'string' ? value.trim() : '';
};

/** A question as a form shows it: with its key (practice, grading) or without (assignments). */
type FormQuestion = Question | PublicQuestion;

/** The reader's answer to one question in a submitted form; undefined when it was left blank. */
export function answerFromForm(question: FormQuestion, form: FormData): Answer | undefined {
	const name = fieldName(question.id);
	switch (question.type) {
		case 'single':
		case 'which-source': {
			const choice = one(form, name);
			return choice ? { choice } : undefined;
		}
		case 'multiple': {
			const choices = form.getAll(name).filter((v): v is string => typeof v === 'string');
			return choices.length ? { choices } : undefined;
		}
		case 'true-false': {
			const value = one(form, name);
			return value === 'true' || value === 'false' ? { value: value === 'true' } : undefined;
		}
		case 'order': {
			// Each item carries the position the reader gave it; ties keep the order shown.
			const placed = question.items.map((item, i) => {
				const position = Number.parseInt(one(form, fieldName(question.id, item.id)), 10);
				return { id: item.id, position: Number.isFinite(position) ? position : NaN, i };
			});
			if (placed.some((p) => Number.isNaN(p.position))) return undefined;
			placed.sort((a, b) => a.position - b.position || a.i - b.i);
			return { order: placed.map((p) => p.id) };
		}
		case 'match': {
			const pairs: Record<string, string> = {};
			const lefts = 'pairs' in question ? question.pairs : question.left;
			for (const { id } of lefts) {
				const value = one(form, fieldName(question.id, id));
				if (value) pairs[id] = value;
			}
			return Object.keys(pairs).length ? { pairs } : undefined;
		}
		case 'year':
		case 'place-on-timeline': {
			const text = one(form, name);
			if (!/^-?\d{1,4}$/.test(text)) return undefined;
			return { year: Number.parseInt(text, 10) };
		}
		case 'short-text': {
			const text = one(form, name).slice(0, MAX_TEXT);
			return text ? { text } : undefined;
		}
	}
}

/** Answers to several questions from one form, by question id; blank ones are left out. */
export function answersFromForm(questions: FormQuestion[], form: FormData): Record<string, Answer> {
	const answers: Record<string, Answer> = {};
	for (const q of questions) {
		const answer = answerFromForm(q, form);
		if (answer) answers[q.id] = answer;
	}
	return answers;
}

/**
 * Whether an answer names only what its question offers: known choices, each once, and sources and
 * match options from its own lists. A form can be posted by hand; the server refuses what no control
 * on the page could have sent.
 */
export function answerFits(question: FormQuestion, answer: Answer): boolean {
	const within = (values: string[], allowed: string[]) =>
		values.every((value) => allowed.includes(value)) && new Set(values).size === values.length;
	switch (question.type) {
		case 'single':
		case 'multiple': {
			const picked = answerPart(answer, 'choices') ?? [answerPart(answer, 'choice') ?? ''];
			return within(
				picked,
				question.choices.map((c) => c.id)
			);
		}
		case 'which-source': {
			const sources =
				'sources' in question ? question.sources : question.choices.map((c) => c.source);
			return within([answerPart(answer, 'choice') ?? ''], sources);
		}
		case 'match': {
			const options =
				'right' in question
					? question.right
					: [...question.pairs.map((p) => p.right), ...question.distractors];
			return Object.values(answerPart(answer, 'pairs') ?? {}).every((r) => options.includes(r));
		}
		default:
			return true;
	}
}
