// Teacher accounts and sessions in the database. A session id is 20 random bytes given to the
// browser once (in its cookie); the database keeps only its SHA-256, with an expiry that is pushed
// back while the teacher keeps using the site. All functions take the database, so the unit
// tests run them against a real SQLite file.
import type { DB } from './db';
import { hashPassword, nobodysHash, verifyPassword } from './password-hash.js';
import { hashToken, newToken } from './tokens';
// Passwords are reset by scripts/teacher.js, which writes to the database directly.

export const SESSION_DAYS = 30;
const DAY = 86_400_000;
const SESSION_MS = SESSION_DAYS * DAY;
/** A session used when less than this is left is extended to the full length again. */
const RENEW_WITHIN = 15 * DAY;

export interface Teacher {
	id: number;
	name: string;
	email: string;
}

export interface Session {
	teacher: Teacher;
	expiresAt: number;
	/** Whether this check pushed the expiry back (the cookie should then be sent again). */
	renewed: boolean;
}

/** Creates an account; undefined when the email is already taken. */
export async function createTeacher(
	db: DB,
	{ name, email, password }: { name: string; email: string; password: string }
): Promise<Teacher | undefined> {
	const passwordHash = await hashPassword(password);
	const row = db
		.prepare(
			`INSERT INTO teachers (name, email, password_hash) VALUES (?, ?, ?)
			 ON CONFLICT (email) DO NOTHING RETURNING id, name, email`
		)
		.get(name, email, passwordHash) as Teacher | undefined;
	return row;
}

/** The teacher with this email and password; undefined for a wrong email or a wrong password,
 * which take the same time to refuse. */
export async function checkCredentials(
	db: DB,
	email: string,
	password: string
): Promise<Teacher | undefined> {
	const row = db
		.prepare('SELECT id, name, email, password_hash AS hash FROM teachers WHERE email = ?')
		.get(email) as (Teacher & { hash: string }) | undefined;
	const matches = await verifyPassword(password, row?.hash ?? (await nobodysHash()));
	if (!row || !matches) return undefined;
	return { id: row.id, name: row.name, email: row.email };
}

/** Starts a session; returns the id for the cookie (never stored) and when it expires. */
export function createSession(db: DB, teacherId: number, now = Date.now()) {
	const id = newToken(20);
	const expiresAt = now + SESSION_MS;
	db.transaction(() => {
		// Expired sessions are swept whenever someone signs in.
		db.prepare('DELETE FROM teacher_sessions WHERE expires_at <= ?').run(now);
		db.prepare(
			'INSERT INTO teacher_sessions (id_hash, teacher_id, expires_at) VALUES (?, ?, ?)'
		).run(hashToken(id), teacherId, expiresAt);
	})();
	return { id, expiresAt };
}

/** The session this cookie value names, if it exists and has not expired. */
export function validateSession(db: DB, id: string, now = Date.now()): Session | undefined {
	const idHash = hashToken(id);
	const row = db
		.prepare(
			`SELECT s.expires_at AS expiresAt, t.id, t.name, t.email
			 FROM teacher_sessions s JOIN teachers t ON t.id = s.teacher_id WHERE s.id_hash = ?`
		)
		.get(idHash) as (Teacher & { expiresAt: number }) | undefined;
	if (!row) return undefined;
	if (row.expiresAt <= now) {
		db.prepare('DELETE FROM teacher_sessions WHERE id_hash = ?').run(idHash);
		return undefined;
	}
	const renewed = row.expiresAt - now < RENEW_WITHIN;
	const expiresAt = renewed ? now + SESSION_MS : row.expiresAt;
	if (renewed)
		db.prepare('UPDATE teacher_sessions SET expires_at = ? WHERE id_hash = ?').run(
			expiresAt,
			idHash
		);
	return { teacher: { id: row.id, name: row.name, email: row.email }, expiresAt, renewed };
}

export function deleteSession(db: DB, id: string) {
	db.prepare('DELETE FROM teacher_sessions WHERE id_hash = ?').run(hashToken(id));
}
