// Reading answers from a submitted form (as the server does without JavaScript, and the browser
// with it), seeded shuffles, and progress kept on the device.
import { describe, expect, it } from 'vitest';
import { toPublicQuestion } from '$lib/content/public-question';
import type { Question } from '$lib/content/question-schema';
import type { Answer } from '$lib/quiz/grade';
import { answerFits, answerFromForm, answersFromForm, fieldName } from '$lib/quiz/answers';
import { drawAcross, parseSeed, seededArrange, seededShuffle } from '$lib/quiz/shuffle';
import {
	PROGRESS_KEY,
	readProgress,
	recordCheck,
	recordQuiz,
	emptyProgress
} from '$lib/progress/progress';
import {
	everyType,
	match,
	multiple,
	order,
	place,
	shortText,
	single,
	trueFalse
} from '../fixtures/questions';
import { memoryStore } from './memory-store';

const form = (entries: [string, string][]) => {
	const data = new FormData();
	for (const [k, v] of entries) data.append(k, v);
	return data;
};

describe('answers from a form', () => {
	it('reads every type from its fields', () => {
		const data = form([
			[fieldName('q-single'), 'y2003'],
			[fieldName('q-multiple'), 'a'],
			[fieldName('q-multiple'), 'c'],
			[fieldName('q-tf'), 'false'],
			[fieldName('q-order', 'invasion'), '2'],
			[fieldName('q-order', 'geneva'), '1'],
			[fieldName('q-order', 'withdrawal'), '3'],
			[fieldName('q-order', 'kabul'), '4'],
			[fieldName('q-match', 'lavrov'), 'Envoy'],
			[fieldName('q-year'), ' 2003 '],
			[fieldName('q-text'), 'Lavrov'],
			[fieldName('q-source'), 'seed-a'],
			[fieldName('q-place'), '2021']
		]);
		expect(answersFromForm(everyType, data)).toEqual({
			'q-single': { choice: 'y2003' },
			'q-multiple': { choices: ['a', 'c'] },
			'q-tf': { value: false },
			'q-order': { order: ['geneva', 'invasion', 'withdrawal', 'kabul'] },
			'q-match': { pairs: { lavrov: 'Envoy' } },
			'q-year': { year: 2003 },
			'q-text': { text: 'Lavrov' },
			'q-source': { choice: 'seed-a' },
			'q-place': { year: 2021 }
		});
		// The browser reads work kept on the device with only the public questions (no key): the
		// same answers come out.
		const shown = everyType.map((q) => toPublicQuestion(q));
		expect(answersFromForm(shown, data)).toEqual(answersFromForm(everyType, data));
	});

	it('leaves blank or malformed answers out instead of failing', () => {
		const data = form([
			[fieldName('q-tf'), 'maybe'],
			[fieldName('q-year'), 'twenty'],
			[fieldName('q-text'), '   '],
			[fieldName('q-order', 'invasion'), 'x']
		]);
		expect(
			answersFromForm([trueFalse, place, shortText, order, single, multiple, match], data)
		).toEqual({});
	});

	it('keeps the order shown when two items are given the same place', () => {
		const data = form(order.items.map((i) => [fieldName('q-order', i.id), '1']));
		expect(answerFromForm(order, data)).toEqual({
			order: ['invasion', 'geneva', 'withdrawal', 'kabul']
		});
	});

	it('cuts a very long typed answer rather than refusing it', () => {
		const data = form([[fieldName('q-text'), 'x'.repeat(10_000)]]);
		const answer = answerFromForm(shortText, data) as { text: string };
		expect(answer.text).toHaveLength(500);
	});
});

describe('answers that fit their question', () => {
	it('accept what the controls can send, with or without the key', () => {
		const fits: [Question, Answer][] = [
			[single, { choice: 'y2003' }],
			[multiple, { choices: ['a', 'c'] }],
			[match, { pairs: { lavrov: 'Envoy' } }],
			[trueFalse, { value: true }]
		];
		for (const [question, answer] of fits) {
			expect(answerFits(question, answer), question.id).toBe(true);
			expect(answerFits(toPublicQuestion(question), answer), question.id).toBe(true);
		}
		const source = everyType.find((q) => q.type === 'which-source')!;
		expect(answerFits(toPublicQuestion(source), { choice: 'seed-a' })).toBe(true);
	});

	it('refuse a choice the question does not offer, or one picked twice', () => {
		const refused: [Question, Answer][] = [
			[single, { choice: 'y1999-not-offered' }],
			[multiple, { choices: ['a', 'zz'] }],
			[multiple, { choices: ['a', 'a'] }],
			[match, { pairs: { lavrov: 'Someone else' } }]
		];
		for (const [question, answer] of refused) {
			expect(answerFits(question, answer), JSON.stringify(answer)).toBe(false);
			expect(answerFits(toPublicQuestion(question), answer), JSON.stringify(answer)).toBe(false);
		}
		const source = everyType.find((q) => q.type === 'which-source')!;
		expect(answerFits(source, { choice: 'not-a-source' })).toBe(false);
	});
});

describe('seeded shuffles', () => {
	const items = Array.from({ length: 20 }, (_, i) => i);

	it('give the same order for the same seed and another for another seed', () => {
		expect(seededShuffle(items, 42, 'q')).toEqual(seededShuffle(items, 42, 'q'));
		expect(seededShuffle(items, 42, 'q')).not.toEqual(seededShuffle(items, 43, 'q'));
		expect([...seededShuffle(items, 42, 'q')].sort((a, b) => a - b)).toEqual(items);
	});

	it('never show an ordering question in its answer order', () => {
		for (let seed = 0; seed < 200; seed++)
			expect(seededArrange(seed, 'x')(['a', 'b', 'c'])).not.toEqual(['a', 'b', 'c']);
	});

	it('draw evenly across groups', () => {
		const groups = [
			['a1', 'a2', 'a3', 'a4'],
			['b1', 'b2', 'b3', 'b4'],
			['c1', 'c2']
		];
		const drawn = drawAcross(groups, 7, 5);
		expect(drawn).toHaveLength(7);
		expect(new Set(drawn).size).toBe(7);
		expect(drawn.filter((d) => d.startsWith('c'))).toHaveLength(2);
		expect(drawAcross(groups, 7, 5)).toEqual(drawn);
	});

	it('accept only plain whole-number seeds', () => {
		expect(parseSeed('123')).toBe(123);
		for (const bad of ['', '-1', '1e3', 'abc', '99999999999', null])
			expect(parseSeed(bad)).toBeUndefined();
	});
});

describe('progress on this device', () => {
	const memory = memoryStore;

	it('keeps the best score and counts attempts', () => {
		const store = memory();
		recordQuiz('isis-k', 0.5, store);
		recordQuiz('isis-k', 0.9, store);
		recordQuiz('isis-k', 0.7, store);
		const progress = readProgress(store);
		expect(progress.quizzes['isis-k']).toMatchObject({ best: 0.9, attempts: 3 });
	});

	it('records checks, the latest answer counting', () => {
		const store = memory();
		recordCheck('q1', false, store);
		recordCheck('q1', true, store);
		expect(readProgress(store).checks.q1.correct).toBe(true);
	});

	it.each([
		['not JSON', '{oops'],
		['an older version', JSON.stringify({ version: 0, quizzes: {}, checks: {} })],
		[
			'a score out of range',
			JSON.stringify({ version: 1, quizzes: { a: { best: 7, attempts: 1, at: '' } }, checks: {} })
		],
		['something else entirely', '[1,2,3]']
	])('ignores %s and starts afresh', (_, raw) => {
		const store = memory();
		store.setItem(PROGRESS_KEY, raw);
		expect(readProgress(store)).toEqual(emptyProgress());
		expect(() => recordQuiz('course', 1, store)).not.toThrow();
		expect(readProgress(store).quizzes.course.best).toBe(1);
	});

	it('carries on when storage is missing or refuses to write', () => {
		const broken = {
			getItem: () => {
				throw new Error('blocked');
			},
			setItem: () => {
				throw new Error('full');
			},
			removeItem: () => {
				throw new Error('blocked');
			}
		};
		expect(readProgress(broken)).toEqual(emptyProgress());
		expect(() => recordCheck('q', true, broken)).not.toThrow();
		expect(readProgress(undefined)).toEqual(emptyProgress());
	});
});
