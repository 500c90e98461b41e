// Setting up a teacher in a browser test: a new account signed in at the given size, and an
// assignment made through the form. For tests about what comes after; the account and the form
// themselves are tested in teacher-accounts and teacher-assignments.
import type { Browser, Page } from 'playwright-core';
import { VIEWPORTS, baseURL } from './browser';

let serial = 0;

/** A page signed in as a new teacher called `name`, on /teacher, in a context of its own. */
export async function signedUpTeacher(
	browser: Browser,
	size: keyof typeof VIEWPORTS,
	name: string
): Promise<Page> {
	const context = await browser.newContext({ baseURL: baseURL(), ...VIEWPORTS[size] });
	const page = await context.newPage();
	await page.goto('/teacher/signup');
	await page.getByLabel('Your name').fill(name);
	await page
		.getByLabel('Email')
		.fill(`${name.replace(/\W/g, '')}-${Date.now()}-${serial++}@school.example`);
	await page.getByLabel('Password').fill('Panjshir-valley-1985');
	await page.getByRole('button', { name: 'Create account' }).click();
	await page.waitForURL('**/teacher');
	return page;
}

export interface AssignmentChoices {
	title: string;
	/** Questions per student. */
	perStudent: number;
	/** Only the ISIS-K lesson instead of the whole course. */
	isisK?: boolean;
	attempts?: number;
	timeLimitMinutes?: number;
	/** When students see the answers, if not as soon as they submit. */
	reveal?: 'after-due' | 'never';
}

const REVEAL_LABELS = {
	'after-due': 'After the due time',
	never: 'Never (they see their score only)'
};

/** Makes an assignment from /teacher; leaves the page on it and returns its class code. */
export async function createAssignment(page: Page, choices: AssignmentChoices): Promise<string> {
	await page.getByRole('link', { name: 'New assignment' }).click();
	await page.getByLabel('Title').fill(choices.title);
	if (choices.isisK) {
		await page.getByLabel('The whole course').uncheck();
		await page.getByLabel(/ISIS-K: the enemy/).check();
	}
	await page.getByLabel('Questions per student').fill(String(choices.perStudent));
	if (choices.attempts) await page.getByLabel('Attempts allowed').fill(String(choices.attempts));
	if (choices.timeLimitMinutes)
		await page
			.getByLabel('Time limit in minutes (optional)')
			.fill(String(choices.timeLimitMinutes));
	if (choices.reveal) await page.getByLabel(REVEAL_LABELS[choices.reveal]).check();
	await page.getByRole('button', { name: 'Create assignment' }).click();
	await page.waitForURL(/\/teacher\/assignments\/\d+$/);
	return (await page.locator('.code').textContent())!.trim();
}
