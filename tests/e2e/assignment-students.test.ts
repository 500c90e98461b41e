// Students taking an assignment, in separate browser contexts beside their teacher's: join by
// link (phone) and by typed code, answers saved as they are given and found again after the tab is
// closed, nothing of the answer key in anything the student's browser receives before submitting,
// and a repeated submit recorded once.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { answerAnyhow } from './quiz-answers';
import { VIEWPORTS, baseURL, expectAccessible, launchBrowser } from './browser';
import { createAssignment, signedUpTeacher } from './teachers';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** Every explanation and feedback text of the ISIS-K bank: none may reach a student early. */
function secretsOf(file: string): string[] {
	const texts: string[] = [];
	const walk = (value: unknown, key = '') => {
		if (typeof value === 'string' && /explanation|feedback|correct|partial|incorrect/.test(key))
			texts.push(value.trim());
		else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
		else if (value && typeof value === 'object')
			for (const [k, v] of Object.entries(value)) walk(v, /feedback/.test(key) ? key : k);
	};
	walk(parse(readFileSync(file, 'utf8')));
	return texts.filter((t) => t.length > 25);
}

/** Nothing of the answer key in what the student's browser was sent: the page, its data, the DOM. */
async function expectNoAnswerKey(student: BrowserContext, page: Page, code: string) {
	const html = await (await student.request.get(`/a/${code}`)).text();
	const json = await (await student.request.get(`/a/${code}/__data.json`)).text();
	const received = `${html}\n${json}\n${await page.content()}`;
	const secrets = secretsOf('lessons/questions/isis-k.yaml');
	expect(secrets.length).toBeGreaterThan(20);
	for (const secret of secrets) expect(received).not.toContain(secret);
	expect(received).not.toMatch(/"correct"|"explanation"|"feedback"/);
}

async function context(size: keyof typeof VIEWPORTS): Promise<BrowserContext> {
	return browser.newContext({ baseURL: baseURL(), ...VIEWPORTS[size] });
}

async function teacherWithAssignment(): Promise<{ page: Page; code: string }> {
	const page = await signedUpTeacher(browser, 'desktop', 'Ms Rahimi');
	const code = await createAssignment(page, {
		title: 'ISIS-K check',
		isisK: true,
		perStudent: 4,
		attempts: 2
	});
	return { page, code };
}

describe('students taking an assignment', () => {
	it('join, answer, resume after closing the tab, and submit once; no answer key before', async () => {
		const { page: teacher, code } = await teacherWithAssignment();

		// Farida follows the link on her phone.
		const farida = await context('phone');
		let page = await farida.newPage();
		await page.goto(`/a/${code}`);
		await expectAccessible(page);
		await page.getByLabel('Your name, as your teacher will see it').fill('Farida');
		await page.getByRole('button', { name: 'Join' }).click();
		await page.getByRole('button', { name: 'Start' }).click();
		await expect(page.locator('.questions > li').count()).resolves.toBe(4);
		await expectAccessible(page);

		await expectNoAnswerKey(farida, page, code);

		// She answers the first question, sees it saved, and closes the tab.
		const first = page.locator('.questions > li').first();
		const firstId = await first.locator('fieldset').getAttribute('data-question');
		await answerAnyhow(first);
		await expect.poll(() => page.locator('.save-state').textContent()).toMatch(/Saved at/);
		const before = await first.evaluate((li) =>
			[...new FormData(li.closest('form')!).entries()]
				.filter(([k]) => k.startsWith('a.'))
				.map(String)
		);
		await page.close();

		page = await farida.newPage();
		await page.goto(`/a/${code}`);
		const again = page.locator(`fieldset[data-question="${firstId}"]`);
		await expect(again.count()).resolves.toBe(1);
		const after = await again.evaluate((fieldset) =>
			[...new FormData(fieldset.closest('form')!).entries()]
				.filter(([k]) => k.startsWith('a.'))
				.map(String)
		);
		expect(after).toEqual(before);

		// A double tap on Submit, and a retried request, record one submission.
		const attemptId = await page.locator('input[name="attempt"]').inputValue();
		await page.getByRole('button', { name: 'Submit answers' }).dblclick();
		await page.locator('.attempt h2').first().waitFor();
		await expect(page.locator('.attempt h2').count()).resolves.toBe(1);
		const retry = await farida.request.post(`/a/${code}?/submit`, {
			form: { attempt: attemptId },
			headers: { origin: baseURL(), accept: 'text/html' },
			maxRedirects: 0
		});
		expect(retry.status()).toBe(303);
		await page.reload();
		await expect(page.locator('.attempt h2').count()).resolves.toBe(1);
		await expect(page.locator('.attempt h2').textContent()).resolves.toMatch(
			/Attempt 1: [\d.]+ out of 4/
		);
		// Answers are shown straight after submitting (the teacher's choice here).
		await expect(page.locator('.results li').count()).resolves.toBe(4);
		await expectAccessible(page);

		// Her second attempt draws from the same questions: while it is under way, the first one
		// shows its score but not its answers, and they come back when she submits.
		await page.getByRole('button', { name: 'Start another attempt' }).click();
		await expect.poll(() => page.locator('.questions > li').count()).toBe(4);
		await expectNoAnswerKey(farida, page, code);
		await expect(page.locator('.attempt h2').textContent()).resolves.toMatch(/Attempt 1:/);
		await expect(page.locator('main').textContent()).resolves.toMatch(
			/shown again when you submit this one/
		);
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Submit answers' }).click();
		await expect.poll(() => page.locator('.attempt h2').count()).toBe(2);
		await expect(page.locator('.results li').count()).resolves.toBe(8);

		// Omar types the code, in lower case with a space, at /join.
		const omar = await (await context('desktop')).newPage();
		await omar.goto('/join');
		await omar.getByLabel('Class code').fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`);
		await omar.getByRole('button', { name: 'Go' }).click();
		await omar.waitForURL(`**/a/${code}`);
		await omar.getByLabel('Your name, as your teacher will see it').fill('Omar');
		await omar.getByRole('button', { name: 'Join' }).click();
		await expect(omar.getByRole('button', { name: 'Start' }).isVisible()).resolves.toBe(true);

		await teacher.goto('/teacher');
		await expect(teacher.locator('.assignments').textContent()).resolves.toMatch(
			/2 joined, 1 submitted/
		);
		for (const c of [teacher.context(), farida, omar.context()]) await c.close();
	});

	it('with answers shown after the due time, or never, a submitted attempt shows only its score', async () => {
		const teacher = await signedUpTeacher(browser, 'desktop', 'Mr Later');
		for (const reveal of ['after-due', 'never'] as const) {
			await teacher.goto('/teacher');
			const code = await createAssignment(teacher, {
				title: `Answers ${reveal}`,
				isisK: true,
				perStudent: 4,
				reveal
			});
			const student = await context('phone');
			const page = await student.newPage();
			await page.goto(`/a/${code}`);
			await page.getByLabel('Your name, as your teacher will see it').fill('Lena');
			await page.getByRole('button', { name: 'Join' }).click();
			await page.getByRole('button', { name: 'Start' }).click();
			await answerAnyhow(page.locator('.questions > li').first());
			await page.getByRole('button', { name: 'Submit answers' }).click();
			await page.locator('.attempt h2').waitFor();
			await expect(page.locator('.attempt h2').textContent()).resolves.toMatch(
				/Attempt 1: [\d.]+ out of 4/
			);
			await expect(page.locator('.results li').count()).resolves.toBe(0);
			await expectNoAnswerKey(student, page, code);
			const later = /shown here after the due time/.test(
				(await page.locator('main').textContent())!
			);
			expect(later, reveal).toBe(reveal === 'after-due');
			await expectAccessible(page);
			await student.close();
		}
		await teacher.context().close();
	});

	it('a wrong code says so, and posts without a place in the assignment are refused', async () => {
		const page = await (await context('phone')).newPage();
		const response = await page.goto('/a/ACK34M');
		expect(response?.status()).toBe(404);
		await expect(page.locator('main').textContent()).resolves.toMatch(/No assignment has the code/);
		await page.goto('/join?code=hello');
		await expect(page.locator('#code-problem').textContent()).resolves.toMatch(/six|6 letters/);
		await expectAccessible(page);

		const { page: teacher, code } = await teacherWithAssignment();
		for (const action of ['start', 'save', 'submit']) {
			const refused = await page.context().request.post(`/a/${code}?/${action}`, {
				form: { attempt: 'not-mine-123' },
				headers: { origin: baseURL(), accept: 'text/html' },
				maxRedirects: 0
			});
			expect(refused.status()).toBe(403);
		}
		const noName = await page.context().request.post(`/a/${code}?/join`, {
			form: { name: '   ' },
			headers: { origin: baseURL(), accept: 'text/html' },
			maxRedirects: 0
		});
		expect(noName.status()).toBe(400);
		await page.context().close();
		await teacher.context().close();
	});
});
