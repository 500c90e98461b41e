// Grading, table by table: full, partial and no credit for every question type, what the reader is
// told they chose and what was right, and the feedback chosen for their answer.
import { describe, expect, it } from 'vitest';
import { grade, normaliseText, pairsInOrder, total, type Answer } from '$lib/quiz/grade';
import {
	match,
	multiple,
	order,
	place,
	shortText,
	single,
	trueFalse,
	whichSource,
	year
} from '../fixtures/questions';

type Row = [string, Answer | undefined, number, string];

describe('single choice and which source', () => {
	it.each<Row>([
		['the right choice', { choice: 'y2003' }, 1, 'correct'],
		['a wrong choice', { choice: 'y2006' }, 0, 'incorrect'],
		['an unknown choice', { choice: 'y1999' }, 0, 'unanswered'],
		['nothing', undefined, 0, 'unanswered']
	])('%s', (_, answer, score, outcome) => {
		const result = grade(single, answer);
		expect([result.score, result.outcome]).toEqual([score, outcome]);
	});

	it('gives the feedback written for the chosen choice and names the right one', () => {
		const result = grade(single, { choice: 'y2006' });
		expect(result.chosen).toEqual(['2006']);
		expect(result.right).toEqual(['2003']);
		expect(result.feedback).toEqual([
			{ about: '2006', tone: 'wrong', text: '2006 is when the list was published.' }
		]);
	});

	it('names sources as the reader knows them', () => {
		const label = (id: string) => `Report ${id.slice(-1).toUpperCase()}`;
		const result = grade(whichSource, { choice: 'seed-b' }, { sourceLabel: label });
		expect(result).toMatchObject({ score: 0, chosen: ['Report B'], right: ['Report A'] });
		expect(grade(whichSource, { choice: 'seed-a' }).score).toBe(1);
	});
});

describe('multiple select: the share right, wrong picks cost', () => {
	it.each<[string[], number, string]>([
		[['a', 'b'], 1, 'correct'],
		[['a'], 0.5, 'partial'],
		[['a', 'b', 'c'], 0.5, 'partial'],
		[['a', 'c'], 0, 'incorrect'],
		[['a', 'b', 'c', 'd'], 0, 'incorrect'],
		[['c'], 0, 'incorrect'],
		[[], 0, 'unanswered']
	])('%j scores %s', (choices, score, outcome) => {
		const result = grade(multiple, { choices });
		expect([result.score, result.outcome]).toEqual([score, outcome]);
	});

	it('explains each pick and each right choice missed', () => {
		const result = grade(multiple, { choices: ['a', 'c'] });
		expect(result.feedback.map((f) => [f.about, f.tone])).toEqual([
			['Banned the group', 'right'],
			['Closed the embassy', 'wrong'],
			['Made membership a crime', 'missed']
		]);
	});
});

describe('true or false', () => {
	it.each<[boolean, number, string]>([
		[false, 1, 'Right: it stayed open.'],
		[true, 0, 'It stayed open.']
	])('%s scores %s with its own feedback', (value, score, text) => {
		const result = grade(trueFalse, { value });
		expect(result.score).toBe(score);
		expect(result.feedback[0].text).toBe(text);
	});
});

describe('ordering: the share of pairs in the right order', () => {
	it.each<[string[], number, string]>([
		[['invasion', 'geneva', 'withdrawal', 'kabul'], 1, 'correct'],
		[['geneva', 'invasion', 'withdrawal', 'kabul'], 0.833, 'partial'],
		[['invasion', 'geneva', 'kabul', 'withdrawal'], 0.833, 'partial'],
		[['kabul', 'withdrawal', 'geneva', 'invasion'], 0, 'incorrect']
	])('%j scores %s', (given, score, outcome) => {
		const result = grade(order, { order: given });
		expect([result.score, result.outcome]).toEqual([score, outcome]);
	});

	it('uses the partial feedback for a partly right order', () => {
		const result = grade(order, { order: ['geneva', 'invasion', 'withdrawal', 'kabul'] });
		expect(result.feedback[0].text).toBe('Some in order.');
	});

	it('counts an incomplete or repeated order as unanswered', () => {
		expect(grade(order, { order: ['invasion', 'geneva'] }).outcome).toBe('unanswered');
		expect(grade(order, { order: ['invasion', 'invasion', 'geneva', 'kabul'] }).outcome).toBe(
			'unanswered'
		);
	});

	it('pairsInOrder counts relative order only', () => {
		expect(pairsInOrder(['a', 'b', 'c'], ['c', 'a', 'b'])).toBeCloseTo(1 / 3);
	});
});

describe('matching: the share right, a wrong match costs half', () => {
	const all = {
		lavrov: 'Foreign minister',
		kabulov: 'Envoy',
		shoigu: 'Security Council secretary',
		putin: 'President'
	};
	it.each<[string, Record<string, string>, number, string]>([
		['all right', all, 1, 'correct'],
		['three right, one left blank', { ...all, putin: '' }, 0.75, 'partial'],
		['three right, one on the distractor', { ...all, putin: 'Judge' }, 0.625, 'partial'],
		[
			'two right, two swapped',
			{ ...all, lavrov: 'Envoy', kabulov: 'Foreign minister' },
			0.25,
			'partial'
		],
		[
			'none right',
			{ lavrov: 'Envoy', kabulov: 'Foreign minister', shoigu: 'President', putin: 'Judge' },
			0,
			'incorrect'
		],
		['nothing matched', {}, 0, 'unanswered']
	])('%s', (_, pairs, score, outcome) => {
		const result = grade(match, { pairs });
		expect([result.score, result.outcome]).toEqual([score, outcome]);
	});

	it('explains every pair, marking which were right, wrong or missed', () => {
		const result = grade(match, { pairs: { lavrov: 'Foreign minister', kabulov: 'Judge' } });
		expect(result.feedback.map((f) => f.tone)).toEqual(['right', 'wrong', 'missed', 'missed']);
	});
});

describe('a year, typed or placed on a timeline', () => {
	it.each<[number, number, string]>([
		[2003, 1, 'correct'],
		[2005, 0.5, 'partial'],
		[2006, 0, 'incorrect']
	])('%s scores %s where a near miss has its own feedback', (given, score, outcome) => {
		const result = grade(year, { year: given });
		expect([result.score, result.outcome]).toEqual([score, outcome]);
	});

	it('gives no half credit where the author wrote none, and honours the tolerance', () => {
		expect(grade(place, { year: 2020 }).score).toBe(0);
		expect(grade({ ...place, tolerance: 1 }, { year: 2020 }).score).toBe(1);
		expect(grade(place, { year: 2021 }).right).toEqual(['2021']);
		expect(grade({ ...place, tolerance: 1 }, { year: 2020 }).right).toEqual(['2021 (± 1)']);
	});
});

describe('short text: case, accents and spacing do not matter', () => {
	it.each<[string, number]>([
		['Lavrov', 1],
		['  sergei   LAVROV ', 1],
		['Sérgei Lavróv', 1],
		['Sergei Lavrov.', 1],
		['Lavrova', 0],
		['Shoigu', 0]
	])('%j scores %s', (text, score) => {
		expect(grade(shortText, { text }).score).toBe(score);
	});

	it('answers a known misconception with its own feedback', () => {
		expect(grade(shortText, { text: 'shoigu' }).feedback[0].text).toBe(
			'Shoigu was defence minister.'
		);
		expect(grade(shortText, { text: 'Medvedev' }).feedback[0].text).toBe('No.');
	});

	it('normalises the way the grader compares', () => {
		expect(normaliseText('The  Taliban')).toBe(normaliseText('taliban'));
		expect(normaliseText('al-Qaeda')).toBe(normaliseText('Al Qaeda'));
	});
});

describe('a wrong kind of answer is unanswered, never an error', () => {
	it('ignores answers of the wrong shape', () => {
		expect(grade(single, { text: 'y2003' }).outcome).toBe('unanswered');
		expect(grade(year, { year: Number.NaN }).outcome).toBe('unanswered');
		expect(grade(trueFalse, { choice: 'true' }).outcome).toBe('unanswered');
	});
});

describe('total', () => {
	it('adds partial credit and gives a percentage', () => {
		const results = [
			grade(single, { choice: 'y2003' }),
			grade(multiple, { choices: ['a'] }),
			grade(trueFalse, undefined)
		];
		expect(total(results)).toEqual({ score: 1.5, outOf: 3, percent: 50 });
	});
});
