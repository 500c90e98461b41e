// Teacher accounts against a real SQLite file: passwords stored only as scrypt hashes, one account
// per email whatever its case, sessions stored hashed that expire and renew, the sign-up rules,
// and the reset-password admin command.
import { spawnSync } from 'node:child_process';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '$lib/server/password-hash.js';
import { SignInForm, SignUpForm, problemsOf } from '$lib/server/teacher-forms';
import {
	checkCredentials,
	createSession,
	createTeacher,
	deleteSession,
	SESSION_DAYS,
	validateSession
} from '$lib/server/teachers';
import { tempDb } from './temp-db';

const DAY = 86_400_000;

const ada = { name: 'Ada Teacher', email: 'ada@school.org', password: 'kabul-winter-1989' };

describe('password hashing', () => {
	it('stores a salted scrypt hash that only the right password matches', async () => {
		const one = await hashPassword('a long enough secret');
		const two = await hashPassword('a long enough secret');
		expect(one).toMatch(/^scrypt\$32768\$8\$1\$/);
		expect(one).not.toBe(two);
		expect(await verifyPassword('a long enough secret', one)).toBe(true);
		expect(await verifyPassword('a long enough secreT', one)).toBe(false);
		expect(await verifyPassword('anything', 'not-a-hash')).toBe(false);
	});
});

describe('teacher accounts', () => {
	it('creates an account and never stores the password', async () => {
		const { db } = tempDb();
		const teacher = await createTeacher(db, ada);
		expect(teacher).toMatchObject({ name: ada.name, email: ada.email });
		const stored = db.prepare('SELECT password_hash AS h FROM teachers').get() as { h: string };
		expect(stored.h).not.toContain(ada.password);
	});

	it('allows one account per email, whatever its case', async () => {
		const { db } = tempDb();
		await createTeacher(db, ada);
		expect(await createTeacher(db, { ...ada, email: 'ADA@School.org' })).toBeUndefined();
		expect(db.prepare('SELECT COUNT(*) AS n FROM teachers').get()).toEqual({ n: 1 });
	});

	it('signs in with the right email and password only', async () => {
		const { db } = tempDb();
		await createTeacher(db, ada);
		expect(await checkCredentials(db, ada.email, ada.password)).toMatchObject({ name: ada.name });
		expect(await checkCredentials(db, ada.email, 'wrong password!')).toBeUndefined();
		expect(await checkCredentials(db, 'nobody@school.org', ada.password)).toBeUndefined();
	});
});

describe('sessions', () => {
	it('stores only a hash of the session id and finds the teacher by the id', async () => {
		const { db } = tempDb();
		const teacher = (await createTeacher(db, ada))!;
		const { id } = createSession(db, teacher.id);
		const row = db.prepare('SELECT id_hash FROM teacher_sessions').get() as { id_hash: string };
		expect(row.id_hash).not.toContain(id);
		expect(validateSession(db, id)?.teacher).toEqual(teacher);
		expect(validateSession(db, `${id}x`)).toBeUndefined();
	});

	it('expires, renews when more than half used, and ends at sign-out', async () => {
		const { db } = tempDb();
		const teacher = (await createTeacher(db, ada))!;
		const start = Date.UTC(2026, 0, 1);
		const { id, expiresAt } = createSession(db, teacher.id, start);
		expect(expiresAt).toBe(start + SESSION_DAYS * DAY);
		expect(validateSession(db, id, start + DAY)?.renewed).toBe(false);
		const later = validateSession(db, id, start + 20 * DAY)!;
		expect(later.renewed).toBe(true);
		expect(later.expiresAt).toBe(start + 20 * DAY + SESSION_DAYS * DAY);
		expect(validateSession(db, id, later.expiresAt + 1)).toBeUndefined();
		// An expired session is deleted when it is presented.
		expect(db.prepare('SELECT COUNT(*) AS n FROM teacher_sessions').get()).toEqual({ n: 0 });

		const again = createSession(db, teacher.id);
		deleteSession(db, again.id);
		expect(validateSession(db, again.id)).toBeUndefined();
	});

	it('are deleted with their teacher', async () => {
		const { db } = tempDb();
		const teacher = (await createTeacher(db, ada))!;
		createSession(db, teacher.id);
		db.prepare('DELETE FROM teachers WHERE id = ?').run(teacher.id);
		expect(db.prepare('SELECT COUNT(*) AS n FROM teacher_sessions').get()).toEqual({ n: 0 });
	});
});

describe('the sign-up and sign-in forms', () => {
	const problems = (schema: typeof SignUpForm | typeof SignInForm, input: unknown) => {
		const result = v.safeParse(schema, input);
		return result.success ? {} : problemsOf(result.issues);
	};

	it('accept a name, a normalised email and a good password', () => {
		const result = v.parse(SignUpForm, { ...ada, email: '  Ada@School.ORG ' });
		expect(result.email).toBe('ada@school.org');
	});

	it('refuse short, common and email-like passwords, with a message for each', () => {
		expect(problems(SignUpForm, { ...ada, password: 'short' }).password).toMatch(/at least 10/);
		expect(problems(SignUpForm, { ...ada, password: 'password123' }).password).toMatch(
			/common passwords/
		);
		expect(problems(SignUpForm, { ...ada, password: 'qwertyuiop' }).password).toMatch(/common/);
		expect(
			problems(SignUpForm, { ...ada, email: 'ab@cdefgh.ij', password: 'AB@cdefgh.ij' }).password
		).toMatch(/not be your email/);
	});

	it('name every missing or malformed field, including ones sent as files', () => {
		expect(Object.keys(problems(SignUpForm, {})).sort()).toEqual(['email', 'name', 'password']);
		expect(problems(SignUpForm, { ...ada, email: 'not an email' }).email).toMatch(/like name@/);
		expect(problems(SignInForm, { email: ada.email, password: new Blob(['x']) }).password).toMatch(
			/Enter your password/
		);
	});
});

describe('npm run teacher -- reset-password', () => {
	const run = (dataDir: string, ...args: string[]) =>
		spawnSync('node', ['scripts/teacher.js', ...args], {
			env: { ...process.env, DATA_DIR: dataDir },
			encoding: 'utf8'
		});

	it('sets a new password that works, ends every session, and refuses unknown emails', async () => {
		const { db, dataDir } = tempDb();
		const teacher = (await createTeacher(db, ada))!;
		const { id } = createSession(db, teacher.id);
		const result = run(dataDir, 'reset-password', 'ADA@school.org');
		expect(result.status).toBe(0);
		const password = /New password for .*: (\S+)/.exec(result.stdout)?.[1];
		expect(password).toHaveLength(20);
		expect(await checkCredentials(db, ada.email, password!)).toBeDefined();
		expect(await checkCredentials(db, ada.email, ada.password)).toBeUndefined();
		expect(validateSession(db, id)).toBeUndefined();

		const unknown = run(dataDir, 'reset-password', 'nobody@school.org');
		expect(unknown.status).toBe(1);
		expect(unknown.stderr).toMatch(/No teacher account/);
		expect(run(dataDir).status).toBe(2);
	});
});
