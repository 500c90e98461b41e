// Every form action in the app, sent what a broken client, a script or an attacker might send: a
// body that is not a form, JSON, a body far over the size limit, and fields of the wrong kind. Each
// gets a 4xx with a message a person can read, never a 500, and nothing a student did is lost.
import type { APIRequestContext, Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerAnyhow, questionById } from './quiz-answers';
import { VIEWPORTS, baseURL, launchBrowser } from './browser';
import { createAssignment, signedUpTeacher } from './teachers';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const FORM = 'application/x-www-form-urlencoded';

function post(request: APIRequestContext, path: string, body: string, type = FORM) {
	return request.post(path, {
		data: body,
		// As a browser's form post: SvelteKit answers a JSON-accepting client with status 200 and the
		// failure's status inside the JSON.
		headers: { 'content-type': type, origin: baseURL(), accept: 'text/html' },
		maxRedirects: 0
	});
}

/** What the response says to a person: the page's main text, or the whole body if it has none. */
async function messageOf(response: Awaited<ReturnType<typeof post>>) {
	const text = await response.text();
	const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(text)?.[1] ?? text;
	return main
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

describe('every action, sent a bad request', () => {
	it('answers 4xx with a message, and loses nothing', async () => {
		const teacher = await signedUpTeacher(browser, 'desktop', 'Ms Bad Input');
		// The whole ISIS-K bank, so that every kind of question is drawn, choices among them.
		const code = await createAssignment(teacher, { title: 'Robust', perStudent: 14, isisK: true });
		const assignmentPath = new URL(teacher.url()).pathname;

		const student: BrowserContext = await browser.newContext({
			baseURL: baseURL(),
			...VIEWPORTS.phone
		});
		const page = await student.newPage();
		await page.goto(`/a/${code}`);
		await page.getByLabel('Your name, as your teacher will see it').fill('Zahra');
		await page.getByRole('button', { name: 'Join' }).click();
		await page.getByRole('button', { name: 'Start' }).click();
		// Zahra answers the first question, whatever kind it is, and it is saved.
		const first = page.locator('.questions > li').first();
		await answerAnyhow(first);
		await expect
			.poll(() => page.locator('.save-state').textContent(), { timeout: 10_000 })
			.toMatch(/Saved at/);
		const attempt = await page.locator('input[name="attempt"]').inputValue();
		const answers = () =>
			page.evaluate(() =>
				[...new FormData(document.querySelector<HTMLFormElement>('form[action="?/submit"]')!)]
					.filter(([k]) => k.startsWith('a.'))
					.map(String)
			);
		const saved = await answers();
		expect(saved.length).toBeGreaterThan(0);
		await teacher.reload();
		const studentPath = await teacher
			.getByRole('link', { name: 'Zahra', exact: true })
			.getAttribute('href');

		const teacherActions = [
			'/teacher/assignments/new',
			`${assignmentPath}?/close`,
			`${assignmentPath}?/reopen`,
			`${assignmentPath}?/extend`,
			`${assignmentPath}?/delete`,
			`${studentPath}?/resume`,
			`${studentPath}?/revoke`,
			`${studentPath}?/deleteAttempt`,
			// Last: were it to work, it would end the session the others need.
			'/teacher?/signout'
		];
		const studentActions = ['join', 'start', 'save', 'submit'].map((a) => `/a/${code}?/${a}`);
		// Someone signed out, as at the sign-in and sign-up forms and in a practice quiz.
		const visitor = await browser.newContext({ baseURL: baseURL() });
		const visitorActions = [
			'/teacher?/signin',
			'/teacher/signup',
			'/quiz/isis-k?/grade',
			'/quiz/isis-k?/check'
		];
		const sends = [
			...visitorActions.map((path) => ({ request: visitor.request, path })),
			...teacherActions.map((path) => ({ request: teacher.context().request, path })),
			...studentActions.map((path) => ({ request: student.request, path }))
		];
		// What each action says to a body that is not a form at all.
		const UNREADABLE = /could not be read as a form/;
		const notAForm: Record<string, RegExp> = {
			'/teacher?/signin': /Send the sign-in form/,
			'/teacher/signup': /Send the sign-up form/,
			'/quiz/isis-k?/grade': /answers could not be read/,
			'/quiz/isis-k?/check': /check could not be found/,
			'/teacher/assignments/new': /Send the assignment form/,
			[`${assignmentPath}?/extend`]: /Give the new due date/,
			[`${assignmentPath}?/delete`]: /type the class code/,
			[`${studentPath}?/deleteAttempt`]: /which attempt/
		};
		for (const { request, path } of sends) {
			const garbled = await post(
				request,
				path,
				'just some words',
				'multipart/form-data; boundary=x'
			);
			expect(garbled.status(), `not a form to ${path}`).toBe(400);
			expect(await messageOf(garbled), path).toMatch(notAForm[path] ?? UNREADABLE);

			const json = await post(request, path, '{"name":"x","attempt":1}', 'application/json');
			expect(json.status(), `JSON to ${path}`).toBe(415);
			expect(await messageOf(json), path).toMatch(/only form data is accepted/);

			const huge = await post(request, path, `name=${'a'.repeat(200_000)}`);
			expect(huge.status(), `oversized to ${path}`).toBe(413);
			expect(await messageOf(huge), path).toMatch(/far larger than any form/);
		}

		// Fields of the wrong kind or out of range: a 400 that says what to fix.
		const wrongFields: [APIRequestContext, string, string, RegExp][] = [
			[teacher.context().request, `${assignmentPath}?/extend`, 'dueAt=someday', /due date/],
			[teacher.context().request, `${assignmentPath}?/delete`, 'confirm=XXXXXX', /type the/],
			[
				teacher.context().request,
				`${studentPath}?/deleteAttempt`,
				'attempt=first&confirm=yes',
				/which attempt/
			],
			[teacher.context().request, `${studentPath}?/deleteAttempt`, 'attempt=1', /Tick the box/],
			[student.request, `/a/${code}?/join`, 'name=%00%01', /letters/],
			[student.request, `/a/${code}?/save`, 'attempt=%3Cscript%3E', /which attempt/],
			[student.request, `/a/${code}?/submit`, 'attempt=', /which attempt/]
		];
		for (const [request, path, body, message] of wrongFields) {
			const response = await post(request, path, body);
			expect(response.status(), `${body} to ${path}`).toBe(400);
			expect(await messageOf(response)).toMatch(message);
		}
		// A hand-made answer naming a choice its question does not offer is refused whole.
		const drawn = await page
			.locator('.questions fieldset[data-question]')
			.evaluateAll((sets) => sets.map((s) => s.getAttribute('data-question')!));
		expect(
			drawn.filter((id) =>
				['single', 'multiple', 'which-source'].includes(questionById.get(id)!.type)
			).length
		).toBeGreaterThan(0);
		const forged = await post(
			student.request,
			`/a/${code}?/save`,
			new URLSearchParams([
				['attempt', attempt],
				...drawn.map((id) => [`a.${id}`, 'not-offered'])
			]).toString()
		);
		expect(forged.status()).toBe(400);
		expect(await messageOf(forged)).toMatch(/does not offer: nothing was saved/);

		const notThisStudents = await post(
			teacher.context().request,
			`${studentPath}?/deleteAttempt`,
			'attempt=999999&confirm=yes'
		);
		expect(notThisStudents.status()).toBe(404);
		expect(await messageOf(notThisStudents)).toMatch(/not this student/);

		// Nothing was lost: the session, the assignment and Zahra's saved answer are all there. A
		// save sends the whole form, so an ordering question she never touched counts as answered.
		const untouchedOrders = await page.locator('.questions > li:not(:first-child) .order').count();
		await teacher.goto(assignmentPath);
		await expect(teacher.locator('.summary').textContent()).resolves.toMatch(/1 joined/);
		await expect(teacher.locator('tbody tr', { hasText: 'Zahra' }).textContent()).resolves.toMatch(
			new RegExp(`Answering: ${1 + untouchedOrders} of 14`)
		);
		await page.reload();
		await expect(page.locator('input[name="attempt"]').inputValue()).resolves.toBe(attempt);
		await expect(answers()).resolves.toEqual(saved);
		await teacher.context().close();
		await student.close();
		await visitor.close();
	});
});
