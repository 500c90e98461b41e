// Practice quizzes in a real browser: the course quiz end to end (score checked against the grading
// module), a lesson quiz with JavaScript off, every question type by touch, mouse and keyboard
// alone, retrying the ones missed, checks inside lessons, and progress kept on the device.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grade, total, type QuestionResult } from '../../src/lib/quiz/grade';
import {
	VIEWPORTS,
	expectAccessible,
	expectAccessibleWithoutJs,
	expectNoSidewaysScroll,
	launchBrowser,
	visit
} from './browser';
import {
	answerWithKeyboard,
	answerWithPointer,
	course,
	questionById,
	type Intent
} from './quiz-answers';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const sourceLabel = (id: string) => {
	const s = course.sources.find((source) => source.id === id)!;
	return `${s.publisher}: ${s.title}`;
};

/** Waits until the one-question-per-screen runner has taken over from the plain form. */
const runner = async (page: Page) => {
	await page.locator('.runner fieldset').waitFor();
	return page.locator('.runner fieldset');
};

/** Answers every screen of a running quiz; returns what the grading module makes of the answers. */
async function playThrough(page: Page, intentFor: (i: number) => Intent, touch: boolean) {
	const results: QuestionResult[] = [];
	for (let i = 0; ; i++) {
		const box = await runner(page);
		await expect(page.locator('.progress-text').textContent()).resolves.toMatch(
			new RegExp(`Question ${i + 1} of \\d+`)
		);
		const q = questionById.get((await box.getAttribute('data-question'))!)!;
		await expectNoSidewaysScroll(page);
		const answer = await answerWithPointer(page, box, q, intentFor(i), 'run-', touch);
		results.push(grade(q, answer, { sourceLabel }));
		const check = page.getByRole('button', { name: 'Check answer' });
		await (touch ? check.tap() : check.click());
		const verdict = page.locator('.runner .verdict');
		await verdict.waitFor();
		await expect(verdict.textContent()).resolves.toMatch(
			{
				correct: /Right/,
				partial: /Partly right/,
				incorrect: /Not quite/,
				unanswered: /Not answered/
			}[results[i].outcome]
		);
		if (i === 0) await expectAccessible(page);
		const next = page.getByRole('button', { name: /Next question|See your result/ });
		const last = (await next.textContent())!.includes('See your result');
		await (touch ? next.tap() : next.click());
		if (last) return results;
	}
}

describe('the course quiz, with JavaScript', () => {
	it('runs one question per screen on a phone and scores as the grading module does', async () => {
		const { page, errors } = await visit(browser, '/quiz/course?seed=1234', VIEWPORTS.phone);
		const results = await playThrough(page, (i) => (i % 3 === 2 ? 'wrong' : 'right'), true);
		expect(results).toHaveLength(20);
		expect(new Set(results.map((r) => questionById.get(r.id)!.lesson)).size).toBe(
			course.lessons.length
		);
		const expected = total(results);
		const score = page.locator('.review .score');
		await expect(score.getAttribute('data-score')).resolves.toBe(String(expected.score));
		await expect(score.textContent()).resolves.toContain(`(${expected.percent}%)`);
		await expect(page.locator('.reviewed > li').count()).resolves.toBe(20);
		await expect(page.locator('.reviewed .explanation').count()).resolves.toBe(20);
		await expectAccessible(page);
		await expectNoSidewaysScroll(page);

		// The best score is kept on this device and shown on /quiz and the home page.
		await page.goto('/quiz');
		await expect(
			page.locator('section[aria-labelledby="course-quiz"] .progress-note').textContent()
		).resolves.toContain(`best quiz score ${expected.percent}%`);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('the same seed gives the same questions; a retry asks only the ones missed', async () => {
		const order = async (page: Page) => {
			const ids: string[] = [];
			await runner(page);
			ids.push((await page.locator('.runner fieldset').getAttribute('data-question'))!);
			return ids;
		};
		const a = await visit(browser, '/quiz/isis-k?seed=77', VIEWPORTS.desktop);
		const b = await visit(browser, '/quiz/isis-k?seed=77', VIEWPORTS.desktop);
		expect(await order(a.page)).toEqual(await order(b.page));
		await b.page.context().close();

		const page = a.page;
		const results = await playThrough(page, (i) => (i < 3 ? 'wrong' : 'right'), false);
		const missed = results.filter((r) => r.outcome !== 'correct').map((r) => r.id);
		expect(missed.length).toBeGreaterThan(0);
		await page.getByRole('link', { name: /Retry the/ }).click();
		await page.waitForURL(/only=/);
		const retried = await playThrough(page, () => 'right', false);
		expect(retried.map((r) => r.id).sort()).toEqual([...missed].sort());
		await page.context().close();
	});
});

describe('every question type', () => {
	// The ISIS-K bank uses all nine types.
	const byType = new Map(
		course.questions.filter((q) => q.lesson === 'isis-k').map((q) => [q.type, q])
	);

	it('has one of each in the bank used here', () => {
		expect(byType.size).toBe(9);
	});

	const sizes = ['phone', 'desktop'] as const;
	const cases = sizes.flatMap((size) => [...byType.values()].map((q) => [q.type, size, q.id]));

	it.each(cases)('%s can be answered with the keyboard alone at %s size', async (_, size, id) => {
		const q = questionById.get(id)!;
		const { page } = await visit(
			browser,
			`/quiz/isis-k?only=${id}&seed=3`,
			VIEWPORTS[size as 'phone' | 'desktop']
		);
		const box = await runner(page);
		await answerWithKeyboard(page, box, q, 'run-');
		await page.keyboard.press('Tab');
		await page.getByRole('button', { name: 'Check answer' }).focus();
		await page.keyboard.press('Enter');
		const verdict = page.locator('.runner .verdict');
		await verdict.waitFor();
		await expect(verdict.textContent()).resolves.toMatch(/Right/);
		await expect(page.evaluate(() => document.activeElement?.className ?? '')).resolves.toContain(
			'verdict'
		);
		await page.context().close();
	});

	it.each([...byType.values()].map((q) => [q.type, q.id]))(
		'%s can be answered by touch on a phone',
		async (_, id) => {
			const q = questionById.get(id)!;
			const { page } = await visit(browser, `/quiz/isis-k?only=${id}&seed=4`, VIEWPORTS.phone);
			const box = await runner(page);
			await answerWithPointer(page, box, q, 'right', 'run-', true);
			await page.getByRole('button', { name: 'Check answer' }).tap();
			await expect(page.locator('.runner .verdict').textContent()).resolves.toMatch(/Right/);
			await expectNoSidewaysScroll(page);
			await page.context().close();
		}
	);

	it('ordering by dragging the handles works with a mouse', async () => {
		const q = byType.get('order')!;
		if (q.type !== 'order') throw new Error('not an ordering question');
		const { page } = await visit(browser, `/quiz/isis-k?only=${q.id}&seed=9`, VIEWPORTS.desktop);
		await runner(page);
		const rows = page.locator('ol.order > li');
		for (const [target, item] of q.items.entries()) {
			const texts = await rows.locator('.text').allTextContents();
			const at = texts.indexOf(item.text);
			if (at === target) continue;
			const grip = rows.nth(at).locator('.grip');
			await rows.nth(target).scrollIntoViewIfNeeded();
			await grip.scrollIntoViewIfNeeded();
			const from = (await grip.boundingBox())!;
			const to = (await rows.nth(target).boundingBox())!;
			await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
			await page.mouse.down();
			await page.mouse.move(from.x + from.width / 2, to.y + 2, { steps: 8 });
			await page.mouse.up();
		}
		await expect(rows.locator('.text').allTextContents()).resolves.toEqual(
			q.items.map((i) => i.text)
		);
		await page.getByRole('button', { name: 'Check answer' }).click();
		await expect(page.locator('.runner .verdict').textContent()).resolves.toMatch(/Right/);
		await page.context().close();
	});

	it('asks for an answer before checking, and lets the reader skip', async () => {
		const { page } = await visit(browser, '/quiz/isis-k?seed=5', VIEWPORTS.phone);
		await runner(page);
		await page.getByRole('button', { name: 'Check answer' }).tap();
		await expect(page.locator('.runner .message').textContent()).resolves.toMatch(/answer first/);
		await page.getByRole('button', { name: 'Skip' }).tap();
		await expect(page.locator('.runner .verdict').textContent()).resolves.toMatch(/Not answered/);
		await page.context().close();
	});
});

describe('without JavaScript', () => {
	it.each(['phone', 'desktop'] as const)(
		'a lesson quiz is one form at %s size, graded on the server with the same module',
		async (size) => {
			const touch = size === 'phone';
			const { page } = await visit(browser, '/quiz/takeover-2021?seed=42', {
				...VIEWPORTS[size],
				javaScriptEnabled: false
			});
			const boxes = page.locator('form.quiz-form fieldset');
			const count = await boxes.count();
			expect(count).toBe(course.questions.filter((q) => q.lesson === 'takeover-2021').length);
			const results: QuestionResult[] = [];
			for (let i = 0; i < count; i++) {
				const box = boxes.nth(i);
				const q = questionById.get((await box.getAttribute('data-question'))!)!;
				// Leave the last one blank: it must come back as not answered, not as an error.
				if (i === count - 1) {
					results.push(grade(q, undefined));
					continue;
				}
				const answer = await answerWithPointer(page, box, q, i % 2 ? 'wrong' : 'right', '', touch);
				results.push(grade(q, answer, { sourceLabel }));
			}
			const submit = page.getByRole('button', { name: 'Submit answers' });
			await (touch ? submit.tap() : submit.click());
			await page.locator('.review').waitFor();
			const expected = total(results);
			await expect(page.locator('.review .score').getAttribute('data-score')).resolves.toBe(
				String(expected.score)
			);
			await expect(page.locator('.reviewed .verdict').last().textContent()).resolves.toMatch(
				/Not answered/
			);
			await expectAccessibleWithoutJs(browser, page);
			// "Retry the ones I missed" is a plain link and works without JavaScript too.
			const retry = page.getByRole('link', { name: /Retry the/ });
			await (touch ? retry.tap() : retry.click());
			await page.waitForURL(/only=/);
			await expect(page.locator('form.quiz-form fieldset').count()).resolves.toBe(
				results.filter((r) => r.outcome !== 'correct').length
			);
			await page.context().close();
		}
	);

	it('a tampered form gets a clear message and a 400, not an error page', async () => {
		const { page } = await visit(browser, '/quiz/isis-k', VIEWPORTS.desktop);
		const response = await page.request.post('/quiz/isis-k?/grade', {
			form: { question: 'no-such-question' },
			headers: { accept: 'text/html', origin: new URL(page.url()).origin }
		});
		expect(response.status()).toBe(400);
		expect(await response.text()).toContain('do not belong to any question of this quiz');
		await page.context().close();
	});
});

describe('checks in lessons', () => {
	it('give instant feedback with JavaScript and count on the home page', async () => {
		const { page, errors } = await visit(browser, '/lessons/takeover-2021', VIEWPORTS.phone);
		const checks = page.locator('div.check');
		expect(await checks.count()).toBeGreaterThanOrEqual(2);
		const box = checks.first();
		// Wait for the page to come alive: a check answered before would be posted as a form.
		await page.locator('div.check[data-enhanced]').first().waitFor();
		const q = questionById.get((await box.locator('fieldset').getAttribute('data-question'))!)!;
		await answerWithPointer(page, box, q, 'right', 'check-', true);
		await box.getByRole('button', { name: 'Check' }).tap();
		await expect(box.locator('.verdict').textContent()).resolves.toMatch(/Right/);
		expect(page.url()).toContain('/lessons/takeover-2021');
		await expectAccessible(page);
		await page.goto('/');
		await expect(page.locator('.path .progress-note').first().textContent()).resolves.toBeTruthy();
		await expect(page.locator('.path').textContent()).resolves.toContain(
			'1 of 2 checks answered right'
		);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('without JavaScript, post to the lesson’s quiz, which grades and links back', async () => {
		const { page } = await visit(browser, '/lessons/designation-2003', {
			...VIEWPORTS.desktop,
			javaScriptEnabled: false
		});
		const box = page.locator('div.check').first();
		const q = questionById.get((await box.locator('fieldset').getAttribute('data-question'))!)!;
		await answerWithPointer(page, box, q, 'wrong', 'check-', false);
		await box.getByRole('button', { name: 'Check' }).click();
		await page.waitForURL('**/quiz/designation-2003?/check');
		await expect(page.locator('.verdict').textContent()).resolves.toMatch(/Not quite|Partly/);
		await expectAccessibleWithoutJs(browser, page);
		await page.getByRole('link', { name: 'Back to the lesson' }).click();
		await page.waitForURL(`**/lessons/designation-2003#check-${q.id}`);
		await page.context().close();
	});
});
