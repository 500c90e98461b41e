// The quiz question schema (validated with valibot when the course loads). The public half of a
// question lives in public-question.ts, which the browser imports without the schema.
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

export { scramble, toPublicQuestion } from './public-question.ts';
export type { Arrange, PublicQuestion } from './public-question.ts';
