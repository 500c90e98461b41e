// The public half of a question never carries what would give the answer away.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { QuestionSchema, toPublicQuestion, type Question } from '$lib/content/question-schema';

const common = {
	lesson: 'sample',
	prompt: 'A prompt',
	difficulty: 'easy',
	skill: 'recall',
	claims: ['a-claim'],
	section: 'a-section',
	explanation: 'Because the sources say so.'
};
const outcome = { correct: 'Yes.', incorrect: 'No.' };

const questions: unknown[] = [
	{
		...common,
		id: 'q-single',
		type: 'single',
		choices: [
			{ id: 'a', text: 'One', correct: true, feedback: 'Right: one.' },
			{ id: 'b', text: 'Two', feedback: 'Two is the withdrawal.' }
		]
	},
	{
		...common,
		id: 'q-multiple',
		type: 'multiple',
		choices: [
			{ id: 'a', text: 'One', correct: true, feedback: 'f1' },
			{ id: 'b', text: 'Two', feedback: 'f2' }
		]
	},
	{ ...common, id: 'q-tf', type: 'true-false', answer: false, feedback: { true: 't', false: 'f' } },
	{
		...common,
		id: 'q-order',
		type: 'order',
		feedback: outcome,
		items: [
			{ id: 'first', text: 'Invasion' },
			{ id: 'second', text: 'Geneva Accords' },
			{ id: 'third', text: 'Withdrawal' }
		]
	},
	{
		...common,
		id: 'q-match',
		type: 'match',
		pairs: [
			{ id: 'lavrov', left: 'Lavrov', right: 'Foreign minister', feedback: 'f' },
			{ id: 'kabulov', left: 'Kabulov', right: 'Envoy', feedback: 'f' }
		],
		distractors: ['Judge']
	},
	{ ...common, id: 'q-year', type: 'year', answer: 2003, tolerance: 0, feedback: outcome },
	{ ...common, id: 'q-text', type: 'short-text', accepted: ['Lavrov'], feedback: outcome },
	{
		...common,
		id: 'q-source',
		type: 'which-source',
		statement: 'They are the real power.',
		choices: [
			{ source: 'seed-a', correct: true, feedback: 'f' },
			{ source: 'seed-b', feedback: 'f' }
		]
	},
	{
		...common,
		id: 'q-place',
		type: 'place-on-timeline',
		answer: 1989,
		tolerance: 1,
		range: { start: 1979, end: 2025 },
		feedback: outcome
	}
];

describe('question schema', () => {
	it('accepts every question type', () => {
		for (const q of questions) expect(v.safeParse(QuestionSchema, q).issues).toBeUndefined();
	});

	it('rejects a choice without feedback', () => {
		const q = structuredClone(questions[0]) as { choices: { feedback?: string }[] };
		delete q.choices[1].feedback;
		expect(v.safeParse(QuestionSchema, q).success).toBe(false);
	});

	it.each(questions.map((q) => [(q as Question).type, q]))(
		'%s: the public half has no key, feedback or explanation',
		(_type, raw) => {
			const q = v.parse(QuestionSchema, raw);
			const json = JSON.stringify(toPublicQuestion(q));
			for (const secret of [
				'correct',
				'feedback',
				'explanation',
				'accepted',
				'answer',
				'tolerance'
			])
				expect(json).not.toContain(`"${secret}"`);
			expect(json).not.toContain('Because the sources say so');
		}
	);

	it('never shows ordering items in their correct order', () => {
		const q = v.parse(QuestionSchema, questions[3]);
		const shown = toPublicQuestion(q);
		expect(shown.type === 'order' && shown.items.map((i) => i.id)).not.toEqual([
			'first',
			'second',
			'third'
		]);
	});
});
