// What a teacher does after setting an assignment: read who has submitted and their scores, export
// the gradebook as CSV (with a student's formula-like name neutralised), close and reopen it, move
// its due time, and delete it; another teacher can reach none of it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEWPORTS, baseURL, expectAccessible, launchBrowser } from './browser';
import { createAssignment, signedUpTeacher } from './teachers';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const FORMULA = '=HYPERLINK("http://x.example","open")';

describe('a teacher with results', () => {
	it('sees the scores, exports CSV, closes, reopens, moves the due time and deletes', async () => {
		const page = await signedUpTeacher(browser, 'phone', 'Mr Karimi');
		const code = await createAssignment(page, { title: 'Delisting check', perStudent: 3 });
		const address = new URL(page.url()).pathname;

		const student = await (
			await browser.newContext({ baseURL: baseURL(), ...VIEWPORTS.desktop })
		).newPage();
		await student.goto(`/a/${code}`);
		await student.getByLabel('Your name, as your teacher will see it').fill(FORMULA);
		await student.getByRole('button', { name: 'Join' }).click();
		await student.getByRole('button', { name: 'Start' }).click();
		await student.getByRole('button', { name: 'Submit answers' }).click();
		await student.locator('.attempt h2').waitFor();

		await page.reload();
		const row = page.locator('tbody tr').first();
		await expect(row.locator('th').textContent()).resolves.toBe(FORMULA);
		await expect(row.locator('td').first().textContent()).resolves.toMatch(/^[\d.]+ \/ 3$/);
		await expectAccessible(page);

		const csv = await page.context().request.get(`${address}/results.csv`);
		expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
		const bytes = await csv.body();
		// UTF-8's byte order mark, so that spreadsheets read the names right.
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = new TextDecoder().decode(bytes).trim().split('\r\n');
		expect(lines[0]).toMatch(/^Student,Score,Out of,Attempts,Submitted \(UTC\)(,[\w-]+){3}$/);
		expect(lines[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/x\.example"",""open""\)",[\d.]+,3,1,/);

		const other = await signedUpTeacher(browser, 'desktop', 'Mr Other');
		expect((await other.context().request.get(`${address}/results.csv`)).status()).toBe(404);
		const meddle = await other.context().request.post(`${address}?/close`, {
			headers: { origin: baseURL(), accept: 'text/html' },
			form: {}
		});
		expect(meddle.status()).toBe(404);

		await page.getByRole('button', { name: 'Close now' }).click();
		await expect(page.getByRole('button', { name: 'Reopen' }).isVisible()).resolves.toBe(true);
		const late = await (await browser.newContext({ baseURL: baseURL() })).newPage();
		await late.goto(`/a/${code}`);
		await expect(late.locator('.notice').textContent()).resolves.toMatch(/closed this assignment/);
		await page.getByRole('button', { name: 'Reopen' }).click();
		await late.reload();
		await expect(late.getByRole('button', { name: 'Join' }).isVisible()).resolves.toBe(true);

		await page.getByLabel('New due time').fill('2001-09-11T09:00');
		await page.getByRole('button', { name: 'Change due time' }).click();
		await expect(page.locator('[role="alert"]').textContent()).resolves.toMatch(
			/after the assignment opens/
		);

		await page.getByLabel(/type the code/).fill('WRONG1');
		await page.getByRole('button', { name: 'Delete' }).click();
		await expect(page.locator('[role="alert"]').textContent()).resolves.toMatch(
			/type the class code/
		);
		await page.getByLabel(/type the code/).fill(code);
		await page.getByRole('button', { name: 'Delete' }).click();
		await page.waitForURL('**/teacher');
		expect((await page.goto(address))?.status()).toBe(404);
		expect((await late.goto(`/a/${code}`))?.status()).toBe(404);
		for (const p of [page, student, other, late]) await p.context().close();
	});
});
