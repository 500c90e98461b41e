// The split of a question into what a student may see before answering (PublicQuestion) and what
// only the grader may know. Assigned quizzes send only the public half to the browser; the key stays
// on the server until the student submits. Free of the schema library, so it is cheap in a bundle.
import type { Question } from './question-schema.ts';

/** What a student may see before answering: no correctness, feedback or explanation. */
export type PublicQuestion =
	| {
			id: string;
			lesson: string;
			type: 'single' | 'multiple';
			prompt: string;
			choices: { id: string; text: string }[];
	  }
	| { id: string; lesson: string; type: 'true-false'; prompt: string }
	| {
			id: string;
			lesson: string;
			type: 'order';
			prompt: string;
			items: { id: string; text: string }[];
	  }
	| {
			id: string;
			lesson: string;
			type: 'match';
			prompt: string;
			left: { id: string; text: string }[];
			right: string[];
	  }
	| { id: string; lesson: string; type: 'year' | 'short-text'; prompt: string }
	| {
			id: string;
			lesson: string;
			type: 'which-source';
			prompt: string;
			statement: string;
			sources: string[];
	  }
	| {
			id: string;
			lesson: string;
			type: 'place-on-timeline';
			prompt: string;
			range: { start: number; end: number };
	  };

/**
 * Orders items for display: the written order of an ordering question is its answer, and authors
 * tend to write the right choice first, so neither is shown as written.
 */
export type Arrange = <T>(items: T[]) => T[];

const hash = (text: string) => {
	let h = 2166136261;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
	return h >>> 0;
};

/** A shuffled list, rotated by one if the shuffle happened to give back the written order. */
export function notAsWritten<T>(written: T[], shown: T[]): T[] {
	const unchanged = shown.every((item, i) => item === written[i]);
	return unchanged && shown.length > 1 ? [...shown.slice(1), shown[0]] : shown;
}

/** A fixed scramble (by hash), never in the written order. */
export const scramble: Arrange = (items) => {
	const keyed = items.map((item) => ({ item, key: hash(JSON.stringify(item)) }));
	const shown = keyed.sort((a, b) => a.key - b.key).map((k) => k.item);
	return notAsWritten(items, shown);
};

/** The half of a question that is safe to send to a student before they answer. */
export function toPublicQuestion(q: Question, arrange: Arrange = scramble): PublicQuestion {
	const base = { id: q.id, lesson: q.lesson, prompt: q.prompt };
	switch (q.type) {
		case 'single':
		case 'multiple':
			return {
				...base,
				type: q.type,
				choices: arrange(q.choices.map((c) => ({ id: c.id, text: c.text })))
			};
		case 'true-false':
			return { ...base, type: q.type };
		case 'order':
			return { ...base, type: q.type, items: arrange(q.items.map((i) => ({ ...i }))) };
		case 'match':
			return {
				...base,
				type: q.type,
				left: q.pairs.map((p) => ({ id: p.id, text: p.left })),
				right: arrange([...q.pairs.map((p) => p.right), ...q.distractors])
			};
		case 'year':
		case 'short-text':
			return { ...base, type: q.type };
		case 'which-source':
			return {
				...base,
				type: q.type,
				statement: q.statement,
				sources: arrange(q.choices.map((c) => c.source))
			};
		case 'place-on-timeline':
			return { ...base, type: q.type, range: { ...q.range } };
	}
}
