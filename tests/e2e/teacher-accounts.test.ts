// Teacher accounts as a teacher meets them, at phone and desktop size: sign up, sign out, a wrong
// password refused without saying whether the email exists, sign in again; a cookie scripts
// cannot read; too many failures refused with a wait; and malformed, oversized or wrong-type
// posts to every action answered with a 4xx and a message, never a 500.
import { createHash } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEWPORTS, baseURL, expectAccessible, launchBrowser, visit } from './browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

let serial = 0;
const newEmail = (label: string) => `${label}-${Date.now()}-${serial++}@school.example`;
const PASSWORD = 'Herat-minaret-1979';

async function signUp(page: Page, name: string, email: string, password = PASSWORD) {
	await page.goto('/teacher/signup');
	await page.getByLabel('Your name').fill(name);
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Create account' }).click();
}

async function signIn(page: Page, email: string, password: string) {
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Sign in' }).click();
}

describe.each(['phone', 'desktop'] as const)('teacher accounts at %s size', (size) => {
	it('sign up, sign out, a wrong password refused, sign in again', async () => {
		const { page } = await visit(browser, '/teacher', VIEWPORTS[size]);
		await expectAccessible(page);
		await page.getByRole('link', { name: 'Create a teacher account' }).click();
		await expectAccessible(page);

		const email = newEmail(size);
		await signUp(page, 'Ada Teacher', email, 'password123');
		await expect(page.locator('#field-password-problem').textContent()).resolves.toMatch(
			/common passwords/
		);
		await expect(page.getByLabel('Password').getAttribute('aria-invalid')).resolves.toBe('true');
		// What was typed (but never the password) is kept.
		await expect(page.getByLabel('Email').inputValue()).resolves.toBe(email);
		await expectAccessible(page);

		await page.getByLabel('Password').fill(PASSWORD);
		await page.getByRole('button', { name: 'Create account' }).click();
		await page.waitForURL('**/teacher');
		await expect(page.locator('.lede').textContent()).resolves.toContain(
			'Signed in as Ada Teacher'
		);
		const cookie = (await page.context().cookies()).find((c) => c.name === 'teacher_session')!;
		expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false, path: '/' });
		expect(cookie.expires * 1000 - Date.now()).toBeGreaterThan(29 * 86_400_000);
		expect(await page.evaluate(() => document.cookie)).not.toContain('teacher_session');

		await page.getByRole('button', { name: 'Sign out' }).click();
		await expect(page.getByRole('button', { name: 'Sign in' }).isVisible()).resolves.toBe(true);
		expect((await page.context().cookies()).some((c) => c.name === 'teacher_session')).toBe(false);

		await signIn(page, email, 'Herat-minaret-1980');
		const wrong = await page.locator('[role="alert"]').textContent();
		expect(wrong).toMatch(/do not match an account/);
		await signIn(page, newEmail('nobody'), PASSWORD);
		await expect(page.locator('[role="alert"]').textContent()).resolves.toBe(wrong);
		await expectAccessible(page);

		await signIn(page, email.toUpperCase(), PASSWORD);
		await expect(page.locator('.lede').textContent()).resolves.toContain(
			'Signed in as Ada Teacher'
		);
		await page.context().close();
	});
});

describe('teacher account requests', () => {
	const post = (path: string, body: BodyInit, type = 'application/x-www-form-urlencoded') =>
		fetch(new URL(path, baseURL()), {
			method: 'POST',
			body,
			// As a browser's form post: SvelteKit answers a JSON-accepting client with status 200 and the
			// failure's status inside the JSON.
			headers: { 'content-type': type, origin: baseURL(), accept: 'text/html' },
			redirect: 'manual'
		});

	it('answer a malformed, oversized or wrong-type post with a 4xx and a message', async () => {
		for (const path of ['/teacher?/signin', '/teacher/signup']) {
			const empty = await post(path, '');
			expect(empty.status).toBe(400);
			expect(await empty.text()).toMatch(/Enter your/);

			const wrongType = await post(path, '{"email":"a@b.c"}', 'application/json');
			expect(wrongType.status).toBeGreaterThanOrEqual(400);
			expect(wrongType.status).toBeLessThan(500);
			expect(await wrongType.text()).toMatch(/\w/);

			const huge = await post(path, `email=${'a'.repeat(2_000_000)}&password=x`);
			expect(huge.status).toBeGreaterThanOrEqual(400);
			expect(huge.status).toBeLessThan(500);

			const tooLong = await post(path, `name=A&email=a@b.co&password=${'x'.repeat(300)}`);
			expect(tooLong.status).toBe(400);
			expect(await tooLong.text()).toMatch(/too long/);
		}
		const signOut = await post('/teacher?/signout', 'anything=1');
		expect(signOut.status).toBeLessThan(500);
	});

	it('refuse a post from another site', async () => {
		const response = await fetch(new URL('/teacher?/signin', baseURL()), {
			method: 'POST',
			body: 'email=a@b.co&password=whatever-long',
			headers: {
				'content-type': 'application/x-www-form-urlencoded',
				origin: 'https://elsewhere.example'
			}
		});
		expect(response.status).toBe(403);
	});

	it('refuse an account after ten wrong passwords, even with the right one, with a wait', async () => {
		const email = newEmail('guessed');
		const created = await post(
			'/teacher/signup',
			new URLSearchParams({ name: 'Guessed', email, password: PASSWORD }).toString()
		);
		expect(created.status).toBeLessThan(400);
		const tryPassword = (password: string) =>
			post('/teacher?/signin', new URLSearchParams({ email, password }).toString());
		for (let i = 0; i < 10; i++) expect((await tryPassword(`wrong-guess-${i}`)).status).toBe(400);
		const locked = await tryPassword(PASSWORD);
		expect(locked.status).toBe(429);
		expect(await locked.text()).toMatch(/Too many attempts. Please wait \d+ minutes/);
	});

	it('count wrong passwords tried through sign-up against the account too', async () => {
		const email = newEmail('guessed-at-signup');
		const signUp = (password: string) =>
			post('/teacher/signup', new URLSearchParams({ name: 'Someone', email, password }).toString());
		expect((await signUp(PASSWORD)).status).toBeLessThan(400);
		for (let i = 0; i < 10; i++) {
			const refused = await signUp(`wrong-guess-${i}`);
			expect(refused.status).toBe(400);
			expect(await refused.text()).toMatch(/cannot be made with these details/);
		}
		const locked = await post(
			'/teacher?/signin',
			new URLSearchParams({ email, password: PASSWORD }).toString()
		);
		expect(locked.status).toBe(429);
		expect((await signUp(PASSWORD)).status).toBe(429);
	});
});

describe('security headers', () => {
	/** Whether every inline script in `html` is allowed by the `policy`: by its nonce or its hash. */
	function inlineScriptsAllowed(html: string, policy: string) {
		const scriptSrc = policy.match(/script-src ([^;]*)/)?.[1].split(' ') ?? [];
		const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)];
		expect(scripts.length).toBeGreaterThan(1);
		return scripts.every(([, attributes, body]) => {
			const nonce = attributes.match(/nonce="([^"]+)"/)?.[1];
			const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
			return (nonce && scriptSrc.includes(`'nonce-${nonce}'`)) || scriptSrc.includes(hash);
		});
	}

	it('a server-rendered page carries a Content-Security-Policy and the usual headers', async () => {
		const response = await fetch(new URL('/teacher', baseURL()));
		const csp = response.headers.get('content-security-policy') ?? '';
		expect(csp).toMatch(/default-src 'self'/);
		expect(csp).toMatch(/script-src 'self' [^;]*'nonce-[\w+/=]+'/);
		expect(csp).toMatch(/frame-ancestors 'none'/);
		expect(inlineScriptsAllowed(await response.text(), csp)).toBe(true);
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('x-frame-options')).toBe('DENY');
		expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
	});

	it('a prerendered page carries the usual headers and its policy in a meta element, with its scripts hashed', async () => {
		const response = await fetch(new URL('/', baseURL()));
		expect(response.headers.get('x-frame-options')).toBe('DENY');
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		const html = await response.text();
		const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/)?.[1];
		expect(policy).toMatch(/script-src 'self' 'sha256-/);
		expect(inlineScriptsAllowed(html, policy!)).toBe(true);
	});
});
