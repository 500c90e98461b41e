// A student answering an assignment on a phone whose connection comes and goes (Playwright's
// offline mode; no service worker is involved on assignment pages). An answer given offline is
// kept on the device and says so; closing the tab loses nothing, and the next visit online sends
// it. A submit offline waits, then reaches the server exactly once when the connection returns.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEWPORTS, baseURL, expectAccessible, launchBrowser } from './browser';
import { answerAnyhow, course } from './quiz-answers';
import { createAssignment, signedUpTeacher } from './teachers';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const formAnswers = (page: Page) =>
	page.evaluate(() =>
		[...new FormData(document.querySelector<HTMLFormElement>('form[action="?/submit"]')!)]
			.filter(([k]) => k.startsWith('a.'))
			.map(String)
	);

const keptWork = (page: Page) =>
	page.evaluate(() =>
		Object.keys(localStorage).filter((k) => k.startsWith('russia-taliban-course:work:'))
	);

// The whole ISIS-K bank, so every kind of question control is answered offline and shown again.
const BANK = course.questions.filter((q) => q.lesson === 'isis-k').length;

describe('an assignment on a bad connection', () => {
	it('keeps answers on the device, then sends them and the submission exactly once', async () => {
		const teacher = await signedUpTeacher(browser, 'desktop', 'Ms Patchy');
		const code = await createAssignment(teacher, {
			title: 'On the bus',
			perStudent: BANK,
			isisK: true
		});
		const results = teacher.url();

		const context = await browser.newContext({ baseURL: baseURL(), ...VIEWPORTS.phone });
		let page = await context.newPage();
		await page.goto(`/a/${code}`);
		await page.getByLabel('Your name, as your teacher will see it').fill('Nadia');
		await page.getByRole('button', { name: 'Join' }).click();
		await page.getByRole('button', { name: 'Start' }).click();
		const first = page.locator('.questions > li').first();
		await first.waitFor();

		// Offline, answers are kept on this device, and the page says so for each.
		await context.setOffline(true);
		const questions = page.locator('.questions > li');
		await expect(questions.count()).resolves.toBe(BANK);
		for (let i = 0; i < BANK; i++) await answerAnyhow(questions.nth(i));
		await expect.poll(() => page.locator('.answer-place.device').count()).toBe(BANK);
		await expect(first.locator('.answer-place').textContent()).resolves.toMatch(
			/Kept on this device/
		);
		await expect
			.poll(() => page.locator('.save-state').textContent(), { timeout: 10_000 })
			.toMatch(/No connection/);
		await expectAccessible(page);
		const given = await formAnswers(page);
		expect(given.length).toBeGreaterThan(0);

		// The tab is closed; later, online again, the link brings the answer back and sends it.
		await page.close();
		await context.setOffline(false);
		await teacher.reload();
		await expect(teacher.locator('tbody tr', { hasText: 'Nadia' }).textContent()).resolves.toMatch(
			new RegExp(`Answering: 0 of ${BANK}`)
		);
		page = await context.newPage();
		await page.goto(`/a/${code}`);
		await expect.poll(() => formAnswers(page), { timeout: 15_000 }).toEqual(given);
		await expect.poll(() => page.locator('.answer-place.server').count()).toBe(BANK);
		await expect.poll(() => keptWork(page)).toEqual([]);
		await teacher.reload();
		await expect(teacher.locator('tbody tr', { hasText: 'Nadia' }).textContent()).resolves.toMatch(
			new RegExp(`Answering: ${BANK} of ${BANK}`)
		);

		// Submitting offline waits on the device; the connection returns and it goes through once.
		await context.setOffline(true);
		await page.getByRole('button', { name: 'Submit answers' }).click();
		await expect
			.poll(() => page.locator('.save-state').textContent(), { timeout: 10_000 })
			.toMatch(/submission is kept on this device/);
		await expect(page.getByRole('button', { name: 'Submit answers' }).isDisabled()).resolves.toBe(
			true
		);
		await expect(keptWork(page)).resolves.toHaveLength(1);
		await context.setOffline(false);
		await page.locator('.attempt h2').waitFor({ timeout: 20_000 });
		await expect(page.locator('.attempt h2').count()).resolves.toBe(1);
		await expect(keptWork(page)).resolves.toEqual([]);

		await teacher.goto(results);
		const row = teacher.locator('tbody tr', { hasText: 'Nadia' });
		await expect(row.locator('td').nth(1).textContent()).resolves.toBe('Submitted');
		await expect(row.locator('td').nth(2).textContent()).resolves.toBe('1');
		const csv = await (await teacher.context().request.get(`${results}/results.csv`)).text();
		expect(csv.trim().split('\r\n')).toHaveLength(2);

		await context.close();
		await teacher.context().close();
	}, 120_000);
});
