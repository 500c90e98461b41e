// Question controls: the ordering control moves items by keyboard with focus kept and each move
// announced, and every question type renders labelled form fields named as the grader reads them.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { toPublicQuestion } from '$lib/content/public-question';
import { answerFromForm } from '$lib/quiz/answers';
import type { Answer } from '$lib/quiz/grade';
import OrderField from '$lib/quiz/OrderField.svelte';
import QuestionFields from '$lib/quiz/QuestionFields.svelte';
import { everyType, order } from '../fixtures/questions';

const items = [
	{ id: 'a', text: 'Invasion' },
	{ id: 'b', text: 'Geneva Accords' },
	{ id: 'c', text: 'Withdrawal' }
];
const shownOrder = () =>
	[...document.querySelectorAll('ol.order .text')].map((item) => item.textContent?.trim());

describe('OrderField with JavaScript', () => {
	it('moves an item with its buttons by keyboard, keeping focus and announcing the move', async () => {
		const user = userEvent.setup();
		const { container } = render(OrderField, { questionId: 'q', items, enhanced: true });
		screen.getByRole('button', { name: 'Move “Withdrawal” up' }).focus();
		await user.keyboard('{Enter}');
		expect(shownOrder()).toEqual(['Invasion', 'Withdrawal', 'Geneva Accords']);
		expect(document.activeElement).toBe(
			screen.getByRole('button', { name: 'Move “Withdrawal” up' })
		);
		expect(screen.getByText('“Withdrawal” moved to position 2 of 3.')).toBeInTheDocument();
		await user.keyboard('{Enter}');
		expect(shownOrder()).toEqual(['Withdrawal', 'Invasion', 'Geneva Accords']);
		// At the top its "up" button is disabled, so focus moves to its "down" button.
		expect(document.activeElement).toBe(
			screen.getByRole('button', { name: 'Move “Withdrawal” down' })
		);
		const positions = [...container.querySelectorAll<HTMLInputElement>('input[type="hidden"]')].map(
			(input) => [input.name, input.value]
		);
		expect(positions).toEqual([
			['a.q.c', '1'],
			['a.q.a', '2'],
			['a.q.b', '3']
		]);
	});

	it('offers a position menu per item without JavaScript', () => {
		render(OrderField, { questionId: 'q', items, enhanced: false });
		expect(screen.getByRole('combobox', { name: 'Geneva Accords' })).toHaveValue('2');
		expect(screen.queryByRole('button')).not.toBeInTheDocument();
	});
});

describe('QuestionFields', () => {
	it.each(everyType.map((q) => [q.type, q] as const))(
		'%s: a named group whose fields the grader can read',
		(_, question) => {
			const { container } = render(QuestionFields, {
				question: toPublicQuestion(question),
				sourceLabels: { 'seed-a': 'Report A', 'seed-b': 'Report B' },
				enhanced: false
			});
			expect(screen.getByRole('group', { name: question.prompt })).toBeInTheDocument();
			// Every control has a label (or an aria-label) a screen reader can announce.
			const controls = container.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
				'input:not([type="hidden"]), select'
			);
			expect(controls.length).toBeGreaterThan(0);
			for (const control of controls)
				expect(
					control.labels?.length || control.getAttribute('aria-label'),
					control.name
				).toBeTruthy();
			const form =
				container.querySelector('fieldset')!.closest('form') ?? document.createElement('form');
			expect(() => answerFromForm(question, new FormData(form))).not.toThrow();
		}
	);

	it('shows the written order of an ordering question shuffled', () => {
		render(QuestionFields, { question: toPublicQuestion(order), enhanced: true });
		expect(shownOrder()).toHaveLength(order.items.length);
		expect(shownOrder()).not.toEqual(order.items.map((i) => i.text));
	});
});

describe('QuestionFields with a saved answer', () => {
	// What a student saved before closing the tab: shown again, it must read back the same.
	const saved: Record<string, Answer> = {
		single: { choice: 'y2006' },
		multiple: { choices: ['a', 'c'] },
		'true-false': { value: false },
		order: { order: ['geneva', 'invasion', 'kabul', 'withdrawal'] },
		match: { pairs: { lavrov: 'Envoy', putin: 'President' } },
		year: { year: 2006 },
		'short-text': { text: 'Lavrov' },
		'which-source': { choice: 'seed-b' },
		'place-on-timeline': { year: 2014 }
	};
	const sorted = (answer: Answer | undefined) =>
		answer && 'choices' in answer ? { choices: [...answer.choices].sort() } : answer;

	describe.each([false, true])('with JavaScript %s', (enhanced) => {
		it.each(everyType.map((q) => [q.type, q] as const))(
			'%s: is shown filled in and reads back as saved',
			(type, question) => {
				const { container } = render(QuestionFields, {
					question: toPublicQuestion(question),
					sourceLabels: { 'seed-a': 'Report A', 'seed-b': 'Report B' },
					enhanced,
					answer: saved[type]
				});
				const form = document.createElement('form');
				form.append(container.querySelector('fieldset')!);
				expect(sorted(answerFromForm(question, new FormData(form)))).toEqual(sorted(saved[type]));
			}
		);
	});
});
