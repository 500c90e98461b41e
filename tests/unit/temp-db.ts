// A real SQLite database in its own temporary folder for each test that asks for one, closed and
// removed after the test; a teacher account to hang assignments on; and an assignment with
// ordinary rules, which a test overrides where its point lies.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { AssignmentRules } from '$lib/server/assignment-form';
import { createAssignment } from '$lib/server/assignments';
import { openDatabase, type DB } from '$lib/server/db';
import { createTeacher } from '$lib/server/teachers';

const dirs: string[] = [];
const dbs: DB[] = [];
afterEach(() => {
	dbs.splice(0).forEach((db) => db.open && db.close());
	dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

/** A freshly migrated database and the folder it lives in. */
export function tempDb(): { db: DB; dataDir: string } {
	const dataDir = mkdtempSync(join(tmpdir(), 'course-test-'));
	dirs.push(dataDir);
	const db = openDatabase({ dataDir });
	dbs.push(db);
	return { db, dataDir };
}

/** A teacher account (name and email from `who`), for tests that are not about accounts. */
export async function addTeacher(db: DB, who = 't') {
	return (await createTeacher(db, {
		name: who.toUpperCase(),
		email: `${who}@school.org`,
		password: `${who}-password-long-enough`
	}))!;
}

/** When the test assignments open: 24 Nov 2026, 09:00 UTC. */
export const OPENS = Date.UTC(2026, 10, 24, 9);

/** An ISIS-K assignment open for a day, one attempt, scores only, unless `rules` say otherwise. */
export function addAssignment(db: DB, teacherId: number, rules: Partial<AssignmentRules> = {}) {
	return createAssignment(db, teacherId, {
		title: 'Check',
		lessons: ['isis-k'],
		perStudent: 3,
		opensAt: OPENS,
		dueAt: OPENS + 86_400_000,
		attemptsAllowed: 1,
		counts: 'best',
		reveal: 'never',
		timeLimitMinutes: undefined,
		...rules
	});
}
