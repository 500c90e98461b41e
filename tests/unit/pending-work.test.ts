// Work kept on the device until the server has it: written and read back, forgotten once sent,
// anything unreadable ignored; and each answer's signature, to tell which ones the server has,
// compared by meaning.
import { describe, expect, it } from 'vitest';
import {
	answerSignatures,
	forgetWork,
	keepWork,
	pendingWork,
	type PendingWork
} from '$lib/assignment/pending-work';
import { toPublicQuestion, type PublicQuestion } from '$lib/content/public-question';
import { order, shortText } from '../fixtures/questions';
import { memoryStore } from './memory-store';

const ENTRIES: [string, string][] = [
	['attempt', 'abc-123'],
	['a.q1', 'b'],
	['a.q2.pair1', 'Kabul'],
	['a.q2.pair2', '']
];

describe('pending work', () => {
	it('is kept per assignment and attempt, read back, and forgotten once sent', () => {
		const store = memoryStore();
		expect(keepWork('ACDEFH', 'abc-123', { entries: ENTRIES, submit: true }, store, 5)).toBe(true);
		expect(pendingWork('ACDEFH', 'abc-123', store)).toEqual<PendingWork>({
			entries: ENTRIES,
			submit: true,
			keptAt: 5
		});
		expect(pendingWork('ACDEFH', 'other', store)).toBeUndefined();
		expect(pendingWork('XXXXXX', 'abc-123', store)).toBeUndefined();
		forgetWork('ACDEFH', 'abc-123', store);
		expect(pendingWork('ACDEFH', 'abc-123', store)).toBeUndefined();
	});

	it('ignores what it cannot read, and survives storage that refuses to write', () => {
		const store = memoryStore();
		const key = 'russia-taliban-course:work:ACDEFH:abc';
		for (const raw of ['{', 'null', '{"entries":[[1,2]],"submit":false,"keptAt":1}', '[]']) {
			store.data.set(key, raw);
			expect(pendingWork('ACDEFH', 'abc', store), raw).toBeUndefined();
		}
		const full = {
			...memoryStore(),
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			}
		};
		expect(keepWork('ACDEFH', 'abc', { entries: ENTRIES, submit: false }, full)).toBe(false);
	});
});

describe('answerSignatures', () => {
	const QUESTIONS: PublicQuestion[] = [
		{ id: 'q1', lesson: 'isis-k', type: 'single', prompt: 'Which?', choices: [] },
		{
			id: 'q2',
			lesson: 'isis-k',
			type: 'match',
			prompt: 'Match',
			left: [
				{ id: 'pair1', text: 'Capital' },
				{ id: 'pair2', text: 'Province' }
			],
			right: ['Kabul', 'Herat']
		},
		// As the page has them: items in the order written, no key.
		toPublicQuestion(order, (items) => items),
		toPublicQuestion(shortText)
	];

	it('gives each answered question one string that changes when its answer does', () => {
		const before = answerSignatures(QUESTIONS, ENTRIES);
		expect([...before.keys()]).toEqual(['q1', 'q2']);
		const after = answerSignatures(QUESTIONS, [...ENTRIES.slice(0, 2), ['a.q2.pair1', 'Herat']]);
		expect(after.get('q1')).toBe(before.get('q1'));
		expect(after.get('q2')).not.toBe(before.get('q2'));
		expect(answerSignatures(QUESTIONS, [[`a.${shortText.id}`, '']]).has(shortText.id)).toBe(false);
	});

	it('compares answers by meaning, not by how the fields spelled them', () => {
		/** The order question's fields, one position per item in the order written. */
		const positions = (...given: number[]) =>
			order.items.map((item, i): [string, string] => [
				`a.${order.id}.${item.id}`,
				String(given[i])
			]);
		// Position menus with a tie (before the script ran) and the drag list's positions.
		const menus = answerSignatures(QUESTIONS, positions(2, 2, 3, 4));
		const dragList = answerSignatures(QUESTIONS, positions(1, 2, 3, 4));
		expect(menus.get(order.id)).toBe(dragList.get(order.id));
		const moved = answerSignatures(QUESTIONS, positions(2, 1, 3, 4));
		expect(moved.get(order.id)).not.toBe(dragList.get(order.id));
		// The server trims what is typed, so trailing spaces are the same answer.
		const typed = (text: string) =>
			answerSignatures(QUESTIONS, [[`a.${shortText.id}`, text]]).get(shortText.id);
		expect(typed('Khorasan ')).toBe(typed('Khorasan'));
	});
});
