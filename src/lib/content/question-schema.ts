// The quiz question schema, and the split of a question into what a student may see before
// answering (PublicQuestion) and what only the grader may know (AnswerKey). Assigned quizzes send
// only the public half to the browser; the key stays on the server until the student submits.
import * as v from 'valibot';

const text = () => v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const id = () =>
	v.pipe(
		v.string(),
		v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens')
	);
const year = () => v.pipe(v.number(), v.integer('must be a whole year'));

export const SKILLS = [
	'recall',
	'chronology',
	'cause-and-effect',
	'sourcing-and-corroboration',
	'perspective'
] as const;
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export const QUESTION_TYPES = [
	'single',
	'multiple',
	'true-false',
	'order',
	'match',
	'year',
	'short-text',
	'which-source',
	'place-on-timeline'
] as const;

/** Feedback for questions whose answer is judged as a whole rather than choice by choice. */
const OutcomeFeedback = v.object({
	correct: text(),
	partial: v.optional(text()),
	incorrect: text()
});

const common = {
	id: id(),
	lesson: id(),
	prompt: text(),
	difficulty: v.picklist(DIFFICULTIES),
	skill: v.picklist(SKILLS),
	/** Claims that settle the answer; the explanation cites them. */
	claims: v.pipe(v.array(id()), v.minLength(1, 'cite at least one claim')),
	/** The heading anchor in the lesson where the answer is taught. */
	section: id(),
	explanation: text()
};

const Choice = v.object({
	id: id(),
	text: text(),
	correct: v.optional(v.boolean(), false),
	/** Why a reader might pick this, and what is right or wrong about it. */
	feedback: text()
});
const choices = () => v.pipe(v.array(Choice), v.minLength(2, 'offer at least two choices'));

export const QuestionSchema = v.variant('type', [
	v.object({ ...common, type: v.literal('single'), choices: choices() }),
	v.object({ ...common, type: v.literal('multiple'), choices: choices() }),
	v.object({
		...common,
		type: v.literal('true-false'),
		answer: v.boolean(),
		feedback: v.object({ true: text(), false: text() })
	}),
	v.object({
		...common,
		type: v.literal('order'),
		/** Written in the correct order; shown shuffled. */
		items: v.pipe(
			v.array(v.object({ id: id(), text: text() })),
			v.minLength(3, 'order at least three items')
		),
		feedback: OutcomeFeedback
	}),
	v.object({
		...common,
		type: v.literal('match'),
		pairs: v.pipe(
			v.array(v.object({ id: id(), left: text(), right: text(), feedback: text() })),
			v.minLength(2, 'match at least two pairs')
		),
		/** Extra right-hand options that match nothing. */
		distractors: v.optional(v.array(text()), [])
	}),
	v.object({
		...common,
		type: v.literal('year'),
		answer: year(),
		tolerance: v.pipe(v.number(), v.integer(), v.minValue(0)),
		feedback: OutcomeFeedback
	}),
	v.object({
		...common,
		type: v.literal('short-text'),
		accepted: v.pipe(v.array(text()), v.minLength(1, 'accept at least one answer')),
		/** Common wrong answers and what to say about them. */
		misconceptions: v.optional(v.array(v.object({ answer: text(), feedback: text() })), []),
		feedback: OutcomeFeedback
	}),
	v.object({
		...common,
		type: v.literal('which-source'),
		/** The statement to attribute. */
		statement: text(),
		choices: v.pipe(
			v.array(
				v.object({ source: id(), correct: v.optional(v.boolean(), false), feedback: text() })
			),
			v.minLength(2, 'offer at least two sources')
		)
	}),
	v.object({
		...common,
		type: v.literal('place-on-timeline'),
		answer: year(),
		tolerance: v.pipe(v.number(), v.integer(), v.minValue(0)),
		range: v.object({ start: year(), end: year() }),
		feedback: OutcomeFeedback
	})
]);

export type Question = v.InferOutput<typeof QuestionSchema>;
export type QuestionType = Question['type'];

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

/** Orders items for display; the written order is the answer, so it must not be what is shown. */
export type Arrange = <T>(items: T[]) => T[];

const hash = (text: string) => {
	let h = 2166136261;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
	return h >>> 0;
};

/** A fixed scramble (by hash), rotated if it happens to land on the written order. */
export const scramble: Arrange = (items) => {
	const keyed = items.map((item) => ({ item, key: hash(JSON.stringify(item)) }));
	const shown = keyed.sort((a, b) => a.key - b.key).map((k) => k.item);
	const unchanged = shown.every((item, i) => item === items[i]);
	return unchanged && shown.length > 1 ? [...shown.slice(1), shown[0]] : shown;
};

/** The half of a question that is safe to send to a student before they answer. */
export function toPublicQuestion(q: Question, arrange: Arrange = scramble): PublicQuestion {
	const base = { id: q.id, lesson: q.lesson, prompt: q.prompt };
	switch (q.type) {
		case 'single':
		case 'multiple':
			return { ...base, type: q.type, choices: q.choices.map((c) => ({ id: c.id, text: c.text })) };
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
				sources: q.choices.map((c) => c.source)
			};
		case 'place-on-timeline':
			return { ...base, type: q.type, range: { ...q.range } };
	}
}
