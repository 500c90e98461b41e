// A whole class, each in a browser context of their own: a teacher signs up and sets a quiz; Ana
// follows the link on her phone, Bo types the code on a laptop, Cy closes the tab halfway and comes
// back. The teacher's results page, left open, fills in by itself, and its scores, question figures
// and CSV match what grading the students' answers gives. Then the teacher opens one student's
// answers, makes a resume link that opens them on another device, and deletes an attempt.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grade, type Answer } from '../../src/lib/quiz/grade';
import { VIEWPORTS, baseURL, expectAccessible, launchBrowser } from './browser';
import { answerWithPointer, course, questionById, type Intent } from './quiz-answers';
import { createAssignment, signedUpTeacher } from './teachers';

let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const PER_STUDENT = 4;
const sourceLabel = (id: string) => {
	const source = course.sources.find((s) => s.id === id);
	return source ? `${source.publisher}: ${source.title}` : id;
};

async function newContext(size: keyof typeof VIEWPORTS, state?: BrowserContext) {
	const context = await browser.newContext({
		baseURL: baseURL(),
		...VIEWPORTS[size],
		storageState: state && (await state.storageState())
	});
	contexts.push(context);
	return context;
}

/** A student's answers by question id, as given in the browser. */
type Given = Map<string, Answer>;

/** Answers the questions shown at `indexes` on the attempt page with the given intent. */
async function answer(page: Page, given: Given, intents: Intent[], indexes: number[]) {
	const boxes = page.locator('.questions > li');
	for (const i of indexes) {
		const box = boxes.nth(i);
		const id = (await box.locator('fieldset').getAttribute('data-question'))!;
		given.set(id, await answerWithPointer(page, box, questionById.get(id)!, intents[i], ''));
	}
	await expect
		.poll(() => page.locator('.save-state').textContent(), { timeout: 10_000 })
		.toMatch(/Saved at/);
}

async function shownQuestions(page: Page): Promise<string[]> {
	return page
		.locator('.questions fieldset[data-question]')
		.evaluateAll((sets) => sets.map((s) => s.getAttribute('data-question')!));
}

async function joinAndStart(page: Page, name: string) {
	await page.getByLabel('Your name, as your teacher will see it').fill(name);
	await page.getByRole('button', { name: 'Join' }).click();
	await page.getByRole('button', { name: 'Start' }).click();
	await page.locator('.questions > li').first().waitFor();
}

async function submit(page: Page) {
	await page.getByRole('button', { name: 'Submit answers' }).click();
	await page.locator('.attempt h2').first().waitFor();
}

interface Student {
	name: string;
	questions: string[];
	given: Given;
}

const results = (s: Student) =>
	s.questions.map((id) => grade(questionById.get(id)!, s.given.get(id), { sourceLabel }));
const scoreOf = (s: Student) =>
	Math.round(results(s).reduce((sum, r) => sum + r.score, 0) * 100) / 100;
const pct = (n: number, of: number) => `${n} of ${of} (${Math.round((n / of) * 100)}%)`;

/** The per-question figures the page should show, worked out here from the answers given. */
function expectedFigures(students: Student[]) {
	const figures = new Map<string, { drawn: number; correct: number; wrong: Map<string, number> }>();
	for (const s of students)
		results(s).forEach((r) => {
			const f = figures.get(r.id) ?? { drawn: 0, correct: 0, wrong: new Map() };
			figures.set(r.id, f);
			f.drawn++;
			if (r.outcome === 'correct') f.correct++;
			if (r.outcome === 'partial' || r.outcome === 'incorrect') {
				const said = r.chosen.join('; ');
				f.wrong.set(said, (f.wrong.get(said) ?? 0) + 1);
			}
		});
	return [...figures].map(([id, f]) => {
		const top = [...f.wrong].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
		return {
			prompt: questionById.get(id)!.prompt,
			right: pct(f.correct, f.drawn),
			wrong: top ? `${top[0]}: ${pct(top[1], f.drawn)}` : 'none'
		};
	});
}

describe('a class takes an assignment', () => {
	it('the teacher sees the right scores, question figures and CSV, live', async () => {
		const teacher = await signedUpTeacher(browser, 'desktop', 'Ms Haidari');
		contexts.push(teacher.context());
		const code = await createAssignment(teacher, {
			title: 'ISIS-K check',
			isisK: true,
			perStudent: PER_STUDENT
		});
		const resultsPath = new URL(teacher.url()).pathname;
		await expect(teacher.locator('.summary').textContent()).resolves.toMatch(
			/0 joined; 0 submitted/
		);

		// Ana, on her phone, follows the link and answers everything as well as she can.
		const ana: Student = { name: 'Ana', questions: [], given: new Map() };
		const anaPage = await (await newContext('phone')).newPage();
		await anaPage.goto(`/a/${code}`);
		await joinAndStart(anaPage, 'Ana');
		ana.questions = await shownQuestions(anaPage);
		await answer(anaPage, ana.given, Array(PER_STUDENT).fill('right'), [0, 1, 2, 3]);
		await submit(anaPage);

		// Bo types the code at /join on a laptop and picks wrong answers where there are any.
		const bo: Student = { name: 'Bo', questions: [], given: new Map() };
		const boPage = await (await newContext('desktop')).newPage();
		await boPage.goto('/join');
		await boPage.getByLabel('Class code').fill(code.toLowerCase());
		await boPage.getByRole('button', { name: 'Go' }).click();
		await boPage.waitForURL(`**/a/${code}`);
		await joinAndStart(boPage, 'Bo');
		bo.questions = await shownQuestions(boPage);
		await answer(boPage, bo.given, Array(PER_STUDENT).fill('wrong'), [0, 1, 2, 3]);

		// The teacher's page, never reloaded, shows Bo at work.
		await expect
			.poll(() => teacher.locator('tbody tr', { hasText: 'Bo' }).textContent(), {
				timeout: 20_000
			})
			.toMatch(/Answering: 4 of 4/);
		await submit(boPage);

		// Cy answers two, closes the tab, comes back to the link and finishes.
		const cy: Student = { name: 'Cy', questions: [], given: new Map() };
		const cyContext = await newContext('phone');
		let cyPage = await cyContext.newPage();
		await cyPage.goto(`/a/${code}`);
		await joinAndStart(cyPage, 'Cy');
		cy.questions = await shownQuestions(cyPage);
		const cyIntents: Intent[] = ['right', 'wrong', 'right', 'wrong'];
		await answer(cyPage, cy.given, cyIntents, [0, 1]);
		await cyPage.close();
		cyPage = await cyContext.newPage();
		await cyPage.goto(`/a/${code}`);
		await expect(shownQuestions(cyPage)).resolves.toEqual(cy.questions);
		await answer(cyPage, cy.given, cyIntents, [2, 3]);
		await submit(cyPage);

		const students = [ana, bo, cy];
		await expect
			.poll(() => teacher.locator('.summary').textContent(), { timeout: 20_000 })
			.toMatch(/3 joined; 3 submitted; 0 answering now/);
		for (const s of students) {
			const row = teacher.locator('tbody tr', { hasText: s.name });
			await expect(row.locator('td').first().textContent()).resolves.toBe(
				`${scoreOf(s)} / ${PER_STUDENT}`
			);
		}
		await expect(teacher.locator('.histogram svg').getAttribute('aria-label')).resolves.toMatch(
			/^Histogram of scores for 3 students\./
		);

		const expected = expectedFigures(students);
		const shown = await teacher.locator('ol.questions > li').evaluateAll((items) =>
			items.map((li) => ({
				prompt: li.querySelector('.prompt')!.textContent!.trim(),
				cells: Object.fromEntries(
					[...li.querySelectorAll('dt')].map((dt) => [
						dt.textContent!.trim(),
						dt.nextElementSibling!.textContent!.replace(/\s+/g, ' ').trim()
					])
				)
			}))
		);
		expect(shown).toHaveLength(expected.length);
		for (const figure of expected) {
			const item = shown.find((s) => s.prompt === figure.prompt);
			expect(item, figure.prompt).toBeDefined();
			expect(item!.cells['Right']).toBe(figure.right);
			expect(item!.cells['Most common wrong answer']).toBe(figure.wrong);
		}
		// Hardest first: the share right never falls down the list.
		const shares = shown.map((s) => Number(/\((\d+)%\)/.exec(s.cells['Right'])![1]));
		expect(shares).toEqual([...shares].sort((a, b) => a - b));
		await expectAccessible(teacher);

		// The CSV: a row per student, a column per question, the points grading gives.
		const csv = await teacher.context().request.get(`${resultsPath}/results.csv`);
		const [header, ...rows] = (await csv.text())
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n')
			.map((line) => line.split(','));
		expect(rows.map((r) => r[0])).toEqual(['Ana', 'Bo', 'Cy']);
		const columns = header.slice(5);
		expect(new Set(columns)).toEqual(new Set(students.flatMap((s) => s.questions)));
		students.forEach((s, i) => {
			expect(Number(rows[i][1])).toBe(scoreOf(s));
			const points = Object.fromEntries(results(s).map((r) => [r.id, String(r.score)]));
			expect(rows[i].slice(5)).toEqual(columns.map((id) => points[id] ?? ''));
		});

		// The same page on the teacher's phone passes axe and does not scroll sideways.
		const phone = await (await newContext('phone', teacher.context())).newPage();
		await phone.goto(resultsPath);
		await expectAccessible(phone);
		await expect(
			phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
		).resolves.toBe(true);

		// Cy's answers, and a resume link that puts a new device in her place.
		await teacher.getByRole('link', { name: 'Cy', exact: true }).click();
		await teacher.getByRole('heading', { name: 'Cy', level: 1 }).waitFor();
		await expect(teacher.locator('.answers > li').count()).resolves.toBe(PER_STUDENT);
		const marks = await teacher.locator('.answers dd.mark').allTextContents();
		expect(marks.map((m) => m.trim().split(':')[0])).toEqual(
			results(cy).map(
				(r) =>
					({
						correct: 'Right',
						partial: 'Partly right',
						incorrect: 'Wrong',
						unanswered: 'Not answered'
					})[r.outcome]
			)
		);
		await teacher.getByRole('button', { name: 'Make a resume link' }).click();
		const link = (await teacher.locator('.resume-link a').textContent())!.trim();
		expect(link).toMatch(new RegExp(`/a/${code}\\?resume=[\\w-]+$`));
		await expect(teacher.locator('img.qr').getAttribute('src')).resolves.toMatch(
			/^data:image\/svg\+xml;base64,/
		);
		await expectAccessible(teacher);
		const tablet = await (await newContext('desktop')).newPage();
		await tablet.goto(link);
		await tablet.waitForURL(`**/a/${code}`);
		await expect(tablet.locator('main').textContent()).resolves.toMatch(/You are Cy/);
		// Her phone keeps its place too.
		await cyPage.reload();
		await expect(cyPage.locator('main').textContent()).resolves.toMatch(/You are Cy/);
		// The link works once: a second device gets a message, not Cy's work.
		const stranger = await (await newContext('phone')).newPage();
		const reused = await stranger.goto(link);
		expect(reused?.status()).toBe(400);
		await expect(stranger.locator('main').textContent()).resolves.toMatch(/used or has expired/);
		// Revoking shuts the tablet out again; the phone Cy joined on keeps her place.
		await teacher.getByRole('button', { name: 'Revoke resume links' }).click();
		await expect(teacher.locator('.notice').textContent()).resolves.toMatch(/revoked/);
		await tablet.reload();
		await expect(tablet.locator('main').textContent()).resolves.not.toMatch(/You are Cy/);
		await cyPage.reload();
		await expect(cyPage.locator('main').textContent()).resolves.toMatch(/You are Cy/);

		// Deleting Bo's attempt takes his score off and gives him the attempt back.
		await teacher.goto(resultsPath);
		await teacher.getByRole('link', { name: 'Bo', exact: true }).click();
		const boPath = new URL(teacher.url()).pathname;
		const tick = teacher.getByLabel('Delete attempt 1 and its answers for good');
		// The browser will not send the form until the box is ticked.
		await teacher.getByRole('button', { name: 'Delete attempt 1' }).click();
		await expect(
			tick.evaluate((box) => (box as HTMLInputElement).validity.valueMissing)
		).resolves.toBe(true);
		await expect(teacher.locator('.attempt').count()).resolves.toBe(1);
		await tick.check();
		await teacher.getByRole('button', { name: 'Delete attempt 1' }).click();
		await expect(teacher.locator('.notice').textContent()).resolves.toMatch(
			/deleted; Bo can take it again/
		);
		await expect(teacher.locator('.attempt').count()).resolves.toBe(0);
		await expect
			.poll(() => boPage.reload().then(() => boPage.getByRole('button', { name: 'Start' }).count()))
			.toBe(1);
		await teacher.goto(resultsPath);
		await expect(
			teacher.locator('tbody tr', { hasText: 'Bo' }).locator('td').first().textContent()
		).resolves.toBe('—');

		// Another teacher, or this teacher through another assignment, reaches none of it.
		const other = await signedUpTeacher(browser, 'desktop', 'Mr Elsewhere');
		contexts.push(other.context());
		await createAssignment(other, { title: 'Not theirs', perStudent: 2 });
		const otherPath = new URL(other.url()).pathname;
		const studentId = boPath.split('/').at(-1);
		const asOther = other.context().request;
		expect((await asOther.get(boPath)).status()).toBe(404);
		expect((await asOther.get(`${otherPath}/students/${studentId}`)).status()).toBe(404);
		for (const action of ['resume', 'revoke', 'deleteAttempt']) {
			const response = await asOther.post(`${boPath}?/${action}`, {
				form: { attempt: '1', confirm: 'yes' },
				headers: { origin: baseURL(), accept: 'text/html' },
				maxRedirects: 0
			});
			expect(response.status(), action).toBe(404);
		}
		await teacher.goto('/teacher');
		await createAssignment(teacher, { title: 'Second class', perStudent: 2 });
		const secondPath = new URL(teacher.url()).pathname;
		const crossed = await teacher.goto(`${secondPath}/students/${studentId}`);
		expect(crossed?.status()).toBe(404);

		for (const c of contexts) await c.close();
	}, 180_000);
});
