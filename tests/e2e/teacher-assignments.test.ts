// Setting an assignment as a teacher does it, at phone and desktop size: the form refuses what
// cannot work and says why, then the assignment page shows a code without look-alikes and a QR
// code; the list on /teacher shows it; another teacher, and anyone signed out, cannot reach it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, expectAccessible, launchBrowser } from './browser';
import { createAssignment, signedUpTeacher } from './teachers';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe.each(['phone', 'desktop'] as const)('setting an assignment at %s size', (size) => {
	it('refuses an impossible form, then shows the code, the QR code and the rules', async () => {
		const page = await signedUpTeacher(browser, size, `Teacher ${size}`);
		await page.getByRole('link', { name: 'New assignment' }).click();
		await expectAccessible(page);
		await page.getByLabel('Title').fill('Too many');
		await page.getByLabel('The whole course').uncheck();
		await page.getByLabel(/ISIS-K: the enemy/).check();
		await page.getByLabel('Questions per student').fill('99');
		await page.getByRole('button', { name: 'Create assignment' }).click();
		await expect(page.locator('#field-perStudent-problem').textContent()).resolves.toMatch(
			/not that many questions/
		);
		// What was chosen is kept.
		await expect(page.getByLabel('Title').inputValue()).resolves.toBe('Too many');
		await expect(page.getByLabel(/ISIS-K: the enemy/).isChecked()).resolves.toBe(true);
		await expectAccessible(page);

		await page.getByRole('link', { name: '← Your assignments' }).click();
		await createAssignment(page, {
			title: `Week 3 ${size}`,
			isisK: true,
			perStudent: 8,
			timeLimitMinutes: 15
		});
		await expect(page.locator('h1').textContent()).resolves.toBe(`Week 3 ${size}`);
		const code = (await page.locator('.code').textContent())!.trim();
		expect(code).toMatch(/^[ACDEFHJKMNPRTWXY34679]{6}$/);
		await expect(page.locator('.link').textContent()).resolves.toBe(`${baseURL()}/a/${code}`);
		const qr = page.locator('img.qr');
		await expect
			.poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth))
			.toBeGreaterThan(0);
		await expect(page.locator('dl').textContent()).resolves.toMatch(/8, drawn.*15 minutes/s);
		await expectAccessible(page);

		await page.getByRole('link', { name: '← Your assignments' }).click();
		await expect(page.locator('.assignments').textContent()).resolves.toContain(code);
		await page.context().close();
	});
});

describe('who can reach an assignment', () => {
	it('another teacher gets 404 for the page, its QR code, its CSV and every action; signed out, the sign-in page', async () => {
		const owner = await signedUpTeacher(browser, 'desktop', 'Owner');
		await createAssignment(owner, {
			title: 'Private',
			isisK: true,
			perStudent: 8,
			timeLimitMinutes: 15
		});
		const address = new URL(owner.url()).pathname;

		const other = await signedUpTeacher(browser, 'desktop', 'Other');
		const page = await other.goto(address);
		expect(page?.status()).toBe(404);
		const qr = await other.goto(`${address}/qr.svg`);
		expect(qr?.status()).toBe(404);
		await expect(other.locator('.assignments').count()).resolves.toBe(0);
		const malformed = await other.goto('/teacher/assignments/not-a-number');
		expect(malformed?.status()).toBe(404);
		const csv = await other.context().request.get(`${address}/results.csv`);
		expect(csv.status()).toBe(404);
		// Nor can they change it: every action answers 404, and the assignment stands as it was.
		for (const action of ['close', 'reopen', 'extend', 'delete']) {
			const response = await other.context().request.post(`${address}?/${action}`, {
				form: { dueAt: '2099-01-01T00:00', confirm: 'x' },
				headers: { origin: baseURL(), accept: 'text/html' },
				maxRedirects: 0
			});
			expect(response.status(), action).toBe(404);
		}
		await owner.reload();
		await expect(owner.locator('h1').textContent()).resolves.toContain('Private');
		await expect(owner.getByRole('button', { name: 'Close now' }).count()).resolves.toBe(1);

		const signedOut = await fetch(new URL(address, baseURL()), { redirect: 'manual' });
		expect(signedOut.status).toBe(303);
		expect(signedOut.headers.get('location')).toBe('/teacher');
		const create = await fetch(new URL('/teacher/assignments/new', baseURL()), {
			method: 'POST',
			body: 'title=x',
			headers: {
				'content-type': 'application/x-www-form-urlencoded',
				origin: baseURL(),
				accept: 'text/html'
			},
			redirect: 'manual'
		});
		expect(create.status).toBe(303);
		await owner.context().close();
		await other.context().close();
	});

	it('a malformed or wrong-type post to the form gets a 400 with a message', async () => {
		const page = await signedUpTeacher(browser, 'desktop', 'Poster');
		const cookie = (await page.context().cookies()).find((c) => c.name === 'teacher_session')!;
		const post = (body: string, type = 'application/x-www-form-urlencoded') =>
			fetch(new URL('/teacher/assignments/new', baseURL()), {
				method: 'POST',
				body,
				headers: {
					'content-type': type,
					origin: baseURL(),
					accept: 'text/html',
					cookie: `teacher_session=${cookie.value}`
				},
				redirect: 'manual'
			});
		const empty = await post('');
		expect(empty.status).toBe(400);
		expect(await empty.text()).toMatch(/Give the assignment a title/);
		const json = await post('{"title":"x"}', 'application/json');
		expect(json.status).toBeGreaterThanOrEqual(400);
		expect(json.status).toBeLessThan(500);
		const wrongTypes = await post(
			'title=x&lessons=course&perStudent=lots&opensAt=2026-99-01T00:00'
		);
		expect(wrongTypes.status).toBe(400);
		expect(await wrongTypes.text()).toMatch(/whole number/);
		await page.context().close();
	});
});
