// Admin commands for teacher accounts, run on the server's machine (no mail server is assumed):
//   npm run teacher -- reset-password EMAIL
// sets a new random password for that teacher, prints it once, and signs them out everywhere.
// Uses the same database (DATA_DIR, ./data by default) and password hashing as the server.
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { hashPassword } from '../src/lib/server/password-hash.js';

const USAGE = 'Usage: npm run teacher -- reset-password EMAIL';
const [command, email] = process.argv.slice(2);

function quit(message, code = 1) {
	console.error(message);
	process.exit(code);
}

if (command !== 'reset-password' || !email) quit(USAGE, 2);

const file = resolve(process.env.DATA_DIR || 'data', 'course.sqlite3');
if (!existsSync(file)) quit(`No database at ${file}. Start the server once (npm start) first.`);
const db = new Database(file);
db.pragma('foreign_keys = ON');
db.pragma('busy_timeout = 5000');
const hasTeachers = db
	.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'teachers'")
	.get();
if (!hasTeachers)
	quit('This database has no teacher accounts yet. Start the new server once first.');

// 15 random bytes: 20 characters of base64url, about 120 bits.
const password = randomBytes(15).toString('base64url');
const hash = await hashPassword(password);
const changed = db.transaction(() => {
	const row = db
		.prepare('UPDATE teachers SET password_hash = ? WHERE email = ? COLLATE NOCASE RETURNING id')
		.get(hash, email.trim());
	if (row) db.prepare('DELETE FROM teacher_sessions WHERE teacher_id = ?').run(row.id);
	return Boolean(row);
})();
db.close();
if (!changed) quit(`No teacher account has the email ${email}.`);
console.log(`New password for ${email}: ${password}`);
console.log('Give it to the teacher privately; they are signed out on every device.');
