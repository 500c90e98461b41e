// On a slow phone the page shows before its script has loaded, and people start typing. The
// script is held back here until the test lets it through: what a teacher typed into the sign-up
// form and what a student answered on an assignment (a choice, a typed answer, an order given with
// position menus, a match) must still be there once the page has come to life, and the student's
// answers must reach the server rather than be called saved.
import type { Browser, BrowserContext, Page } from 'playwright-core';
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

/** Holds the app's scripts back from `context` until the returned function is called. */
async function holdScripts(context: BrowserContext) {
	let release = () => {};
	const gate = new Promise<void>((resolve) => (release = resolve));
	await context.route('**/_app/immutable/**', async (route) => {
		await gate;
		await route.continue();
	});
	return release;
}

/** Lets the scripts through and waits until the page has loaded them all and come to life. */
async function letScriptsRun(page: Page, release: () => void) {
	release();
	await page.waitForLoadState('networkidle');
}

describe('typing before the page’s script has loaded', () => {
	it('keeps what a teacher typed into the sign-up form, and the account is made', async () => {
		const context = await browser.newContext({ baseURL: baseURL(), ...VIEWPORTS.phone });
		const release = await holdScripts(context);
		const page = await context.newPage();
		await page.goto('/teacher/signup', { waitUntil: 'commit' });
		const email = `early-${Date.now()}@school.example`;
		await page.getByLabel('Your name').fill('Ms Early');
		await page.getByLabel('Email').fill(email);
		await page.getByLabel('Password').fill('Panjshir-valley-1985');
		await letScriptsRun(page, release);

		await expect(page.getByLabel('Your name').inputValue()).resolves.toBe('Ms Early');
		await expect(page.getByLabel('Email').inputValue()).resolves.toBe(email);
		await expect(page.getByLabel('Password').inputValue()).resolves.toBe('Panjshir-valley-1985');
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Create account' }).click();
		await page.waitForURL('**/teacher');
		await expect(page.locator('main').textContent()).resolves.toMatch(/Ms Early/);
		await context.close();
	});

	it('keeps a student’s early answers and sends them to the server', async () => {
		const teacher = await signedUpTeacher(browser, 'desktop', 'Mr Slow');
		const code = await createAssignment(teacher, {
			title: 'Slow phone',
			perStudent: 14,
			isisK: true
		});
		const context = await browser.newContext({ baseURL: baseURL(), ...VIEWPORTS.phone });
		const page = await context.newPage();
		await page.goto(`/a/${code}`);
		await page.getByLabel('Your name, as your teacher will see it').fill('Bahor');
		await page.getByRole('button', { name: 'Join' }).click();
		await page.getByRole('button', { name: 'Start' }).click();
		await page.locator('.questions > li').first().waitFor();

		// The page again, its script held back: a choice and a typed answer are given at once.
		const release = await holdScripts(context);
		await page.reload({ waitUntil: 'commit' });
		const questions = page.locator('.questions > li');
		const withChoice = questions.filter({ has: page.locator('input[type="radio"]') }).first();
		const withText = questions.filter({ has: page.locator('input[type="text"]') }).first();
		// Without the script an ordering question has a position menu per item, which the script
		// turns into a drag list; a matching question has a menu per pair.
		// Held by their place on the page: the script changes what the ordering question holds.
		const place = (selector: string) =>
			questions.evaluateAll((boxes, s) => boxes.findIndex((b) => b.querySelector(s)), selector);
		const withOrder = questions.nth(await place('select[id$="-position"]'));
		const withMatch = questions.nth(await place('.pairs select'));
		await withChoice.locator('input[type="radio"]').first().check();
		await withText.locator('input[type="text"]').fill('Nangarhar');
		const items = await withOrder.locator('ol.order > li .text').allTextContents();
		const menus = withOrder.locator('select');
		for (let i = 0; i < items.length; i++)
			await menus.nth(i).selectOption(String(items.length - i));
		const firstPair = withMatch.locator('.pairs select').first();
		await firstPair.selectOption({ index: 2 });
		const matched = await firstPair.inputValue();
		await letScriptsRun(page, release);

		/** What the page shows: the four answers given before the script ran. */
		const shown = async () => ({
			choice: await withChoice.locator('input[type="radio"]').first().isChecked(),
			text: await withText.locator('input[type="text"]').inputValue(),
			order: await withOrder.locator('ol.order > li .text').allTextContents(),
			match: await withMatch.locator('.pairs select').first().inputValue()
		});
		const given = { choice: true, text: 'Nangarhar', order: items.toReversed(), match: matched };
		await expect.poll(() => withOrder.locator('ol.order button').count()).toBeGreaterThan(0);
		await expect.poll(shown).toEqual(given);
		// Not called saved until the server has them; then saved, and back from the server on reload.
		for (const question of [withChoice, withText, withOrder, withMatch])
			await expect.poll(() => question.locator('.answer-place.server').count()).toBe(1);
		await expectAccessible(page);
		await page.reload();
		await expect.poll(shown).toEqual(given);
		// The marks come with the page's script, which may run after the answers are shown.
		for (const question of [withChoice, withText, withOrder, withMatch])
			await expect.poll(() => question.locator('.answer-place.server').count()).toBe(1);
		await context.close();
		await teacher.context().close();
	});
});
