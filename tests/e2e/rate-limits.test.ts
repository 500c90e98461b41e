// The rate limits on the routes themselves: sign-in, joining and saving answers per address. The
// test runs a server of its own that takes the client's address from X-Forwarded-For (adapter-node's
// ADDRESS_HEADER), so each check uses an address of its own and the shared server's limits are left
// alone. A refusal is a 429 that says how long to wait; another address is not affected.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './server-process';

let server: RunningServer;
let dataDir: string;
beforeAll(async () => {
	dataDir = mkdtempSync(join(tmpdir(), 'course-limits-'));
	server = await startServer({ dataDir, env: { ADDRESS_HEADER: 'x-forwarded-for' } });
});
afterAll(async () => {
	await server?.stop();
	if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** A browser's form post from `address`, with `cookie` if given; redirects are not followed. */
function post(path: string, address: string, fields: Record<string, string>, cookie = '') {
	return fetch(new URL(path, server.url), {
		method: 'POST',
		body: new URLSearchParams(fields),
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			origin: server.url,
			accept: 'text/html',
			'x-forwarded-for': address,
			...(cookie && { cookie })
		},
		redirect: 'manual'
	});
}

const cookieOf = (response: Response) =>
	response.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.join('; ');

/** Posts `count` times from `address`; returns the statuses seen. */
async function postMany(count: number, send: () => Promise<Response>) {
	const statuses = new Set<number>();
	for (let i = 0; i < count; i++) statuses.add((await send()).status);
	return statuses;
}

/** A teacher's assignment on this server; resolves to its class code. */
async function assignmentCode(): Promise<string> {
	const signedUp = await post('/teacher/signup', '10.0.0.1', {
		name: 'Ms Limits',
		email: 'limits@school.example',
		password: 'a long enough passphrase'
	});
	expect(signedUp.status).toBe(303);
	const teacher = cookieOf(signedUp);
	const created = await post(
		'/teacher/assignments/new',
		'10.0.0.1',
		{
			title: 'Limits',
			lessons: 'course',
			perStudent: '3',
			opensAt: '2020-01-01T00:00',
			dueAt: '2099-01-01T00:00',
			attemptsAllowed: '1',
			counts: 'best',
			reveal: 'after-submit'
		},
		teacher
	);
	expect(created.status).toBe(303);
	const page = await fetch(new URL(created.headers.get('location')!, server.url), {
		headers: { cookie: teacher }
	});
	const code = (await page.text()).match(/<p class="code[\s"][^>]*>([A-Z0-9]{6})<\/p>/)?.[1];
	expect(code).toBeDefined();
	return code!;
}

describe('rate limits per address', () => {
	it('sign-in: 50 tries in 15 minutes, then a wait', async () => {
		// A new email each time, so the limit on failures per account does not come first.
		let n = 0;
		const signIn = (address: string) =>
			post('/teacher?/signin', address, {
				email: `nobody-${n++}@school.example`,
				password: 'not the password'
			});
		expect(await postMany(50, () => signIn('10.0.1.1'))).toEqual(new Set([400]));
		const refused = await signIn('10.0.1.1');
		expect(refused.status).toBe(429);
		expect(await refused.text()).toMatch(/Too many attempts. Please wait \d+ minutes/);
		expect((await signIn('10.0.1.2')).status).toBe(400);
	});

	it('joining: 120 students in 15 minutes, then a wait', async () => {
		const code = await assignmentCode();
		const join = (address: string, n: number) =>
			post(`/a/${code}?/join`, address, { name: `Student ${n}` });
		let n = 0;
		expect(await postMany(120, () => join('10.0.2.1', n++))).toEqual(new Set([303]));
		const refused = await join('10.0.2.1', n++);
		expect(refused.status).toBe(429);
		expect(await refused.text()).toMatch(/Too many attempts. Please wait/);
		expect((await join('10.0.2.2', n++)).status).toBe(303);
	});

	it('saving answers: 1,200 a minute, then a wait', async () => {
		const code = await assignmentCode();
		// Without a student behind them these saves are refused (403), but each still counts.
		const save = (address: string) => post(`/a/${code}?/save`, address, { attempt: 'none-1234' });
		expect(await postMany(1200, () => save('10.0.3.1'))).toEqual(new Set([403]));
		const refused = await save('10.0.3.1');
		expect(refused.status).toBe(429);
		expect(await refused.text()).toMatch(/Too many attempts. Please wait \d+ seconds/);
		expect((await save('10.0.3.2')).status).toBe(403);
	});
});
