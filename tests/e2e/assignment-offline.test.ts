// A student answering an assignment on a phone whose connection comes and goes (Playwright's
// offline mode; no service worker is involved on assignment pages). An answer given offline is
// kept on the device and says so; closing the tab loses nothing, and the next visit online sends
// it. A submit offline waits, then reaches the server exactly once when the connection returns.
// Work kept from an earlier visit shows in the form even while the server cannot take it, and what
// the student answers next adds to it.
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
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

/** A student joins the assignment by its link on a new page and starts an attempt. */
async function joinAndStart(context: BrowserContext, code: string, name: string) {
	const page = await context.newPage();
	await page.goto(`/a/${code}`);
	await page.getByLabel('Your name, as your teacher will see it').fill(name);
	await page.getByRole('button', { name: 'Join' }).click();
	await page.getByRole('button', { name: 'Start' }).click();
	return page;
}

/**
 * The student comes back later on the same phone: a new context with the earlier one's cookies and
 * storage. The earlier tab is left open and offline until the test ends rather than closed: a
 * closing tab's last request could escape Playwright's offline emulation and reach the server
 * (about 1 run in 80), which a phone without a connection never would.
 */
async function laterOnThisPhone(earlier: BrowserContext) {
	return browser.newContext({
		baseURL: baseURL(),
		...VIEWPORTS.phone,
		storageState: await earlier.storageState()
	});
}

/** The answer fields of the one attempt kept on the device, as `name,value` strings. */
const keptAnswers = (page: Page) =>
	page.evaluate(() => {
		const key = Object.keys(localStorage).find((k) => k.startsWith('russia-taliban-course:work:'));
		const work = JSON.parse(localStorage.getItem(key!)!) as { entries: [string, string][] };
		return work.entries.filter(([k]) => k.startsWith('a.')).map(String);
	});

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

		let context = await browser.newContext({ baseURL: baseURL(), ...VIEWPORTS.phone });
		let page = await joinAndStart(context, code, 'Nadia');
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

		// Later, online again, the link brings the answer back and sends it.
		const earlier = context;
		context = await laterOnThisPhone(earlier);
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
		await earlier.close();
		await teacher.context().close();
	}, 120_000);

	it('shows work kept from an earlier visit while the server cannot take it, and adds to it', async () => {
		const teacher = await signedUpTeacher(browser, 'desktop', 'Mr Tunnel');
		const code = await createAssignment(teacher, { title: 'In the lift', perStudent: 4 });
		let context = await browser.newContext({ baseURL: baseURL(), ...VIEWPORTS.phone });
		let page = await joinAndStart(context, code, 'Ravshan');
		let questions = page.locator('.questions > li');
		await questions.first().waitFor();

		// The first answer reaches the server; the second is given offline, and the tab is closed.
		await answerAnyhow(questions.nth(0));
		await expect.poll(() => questions.nth(0).locator('.answer-place.server').count()).toBe(1);
		await context.setOffline(true);
		await answerAnyhow(questions.nth(1));
		await expect.poll(() => questions.nth(1).locator('.answer-place.device').count()).toBe(1);
		const beforeClosing = await formAnswers(page);
		const earlier = context;
		context = await laterOnThisPhone(earlier);

		// Back on the page, the server first says "not now" (429), then cannot be reached at all.
		let posts = 0;
		const failSaves = (route: Route) => {
			if (route.request().method() !== 'POST') return route.continue();
			if (++posts > 1) return route.abort('internetdisconnected');
			return route.fulfill({
				contentType: 'application/json',
				body: JSON.stringify({
					type: 'failure',
					status: 429,
					data: JSON.stringify([{ problem: 1 }, 'Too many saves at once: wait a moment.'])
				})
			});
		};
		const onAssignment = (url: URL) => url.pathname === `/a/${code}`;
		await context.route(onAssignment, failSaves);
		page = await context.newPage();
		await page.goto(`/a/${code}`);
		questions = page.locator('.questions > li');
		// The form shows the kept answer, not the server's older copy, and says where each is.
		await expect.poll(() => formAnswers(page)).toEqual(beforeClosing);
		await expect
			.poll(() => page.locator('.save-state').textContent())
			.toMatch(/Not saved yet: Too many saves.*kept on this device/);
		await expect.poll(() => questions.nth(0).locator('.answer-place.server').count()).toBe(1);
		await expect.poll(() => questions.nth(1).locator('.answer-place.device').count()).toBe(1);
		await expect(keptWork(page)).resolves.toHaveLength(1);
		await expectAccessible(page);

		// The next answer is kept together with the earlier one, not in its place.
		await answerAnyhow(questions.nth(2));
		await expect.poll(() => questions.nth(2).locator('.answer-place.device').count()).toBe(1);
		await expect(questions.nth(1).locator('.answer-place.device').count()).resolves.toBe(1);
		const allGiven = await formAnswers(page);
		expect(allGiven).not.toEqual(beforeClosing);
		await expect.poll(() => keptAnswers(page)).toEqual(allGiven);

		// The connection returns: everything kept reaches the server.
		await context.unroute(onAssignment, failSaves);
		await page.evaluate(() => dispatchEvent(new Event('online')));
		for (let i = 0; i < 3; i++)
			await expect.poll(() => questions.nth(i).locator('.answer-place.server').count()).toBe(1);
		await expect.poll(() => keptWork(page)).toEqual([]);
		await page.reload();
		await expect.poll(() => formAnswers(page)).toEqual(allGiven);
		// An ordering question shows an order before any answer, and a save sends the whole form, so
		// an untouched one counts as answered from then on.
		const untouchedOrder = (await questions.nth(3).locator('.order').count()) > 0;
		await teacher.reload();
		await expect(
			teacher.locator('tbody tr', { hasText: 'Ravshan' }).textContent()
		).resolves.toMatch(new RegExp(`Answering: ${untouchedOrder ? 4 : 3} of 4`));

		await context.close();
		await earlier.close();
		await teacher.context().close();
	}, 120_000);
});
