// The database: created on first open, WAL and foreign keys on, migrations applied once, in order,
// each in a transaction (a failing migration leaves nothing behind).
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '$lib/server/db';
import { appMigrations, migrate, migrationsFrom } from '$lib/server/migrations';

const dirs: string[] = [];
const dbs: DB[] = [];
function freshDir() {
	const dir = mkdtempSync(join(tmpdir(), 'course-db-'));
	dirs.push(dir);
	return join(dir, 'nested', 'data');
}
function open(dataDir: string, migrations = appMigrations()) {
	const db = openDatabase({ dataDir, migrations });
	dbs.push(db);
	return db;
}

afterEach(() => {
	dbs.splice(0).forEach((db) => db.open && db.close());
	dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

describe('openDatabase', () => {
	it('creates the data folder and the file, in WAL mode with foreign keys on', () => {
		const dataDir = freshDir();
		const db = open(dataDir);
		expect(existsSync(join(dataDir, 'course.sqlite3'))).toBe(true);
		expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
		expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
	});

	it('applies the app migrations and records them', () => {
		const db = open(freshDir());
		const rows = db.prepare('SELECT version, name FROM schema_migrations').all();
		expect(rows).toEqual(appMigrations().map((m) => ({ version: m.version, name: m.name })));
		expect(db.prepare("SELECT value FROM app_meta WHERE key = 'created_at'").get()).toBeTruthy();
	});

	it('applies each migration once across restarts, and only the new ones', () => {
		const dataDir = freshDir();
		const first = migrationsFrom({ '001-a.sql': 'CREATE TABLE a (x INTEGER) STRICT;' });
		open(dataDir, first).close();
		const more = migrationsFrom({
			'001-a.sql': 'CREATE TABLE a (x INTEGER) STRICT;',
			'002-b.sql': 'CREATE TABLE b (y INTEGER) STRICT;'
		});
		const db = open(dataDir, more);
		expect(db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get()).toEqual({ n: 2 });
		expect(migrate(db, more)).toBe(0);
	});

	it('rolls back a failing migration entirely', () => {
		const dataDir = freshDir();
		const broken = migrationsFrom({
			'001-ok.sql': 'CREATE TABLE ok (x INTEGER) STRICT;',
			'002-broken.sql': 'CREATE TABLE half (x INTEGER) STRICT; INSERT INTO nowhere VALUES (1);'
		});
		expect(() => open(dataDir, broken)).toThrow(/nowhere/);
		const db = open(
			dataDir,
			migrationsFrom({ '001-ok.sql': 'CREATE TABLE ok (x INTEGER) STRICT;' })
		);
		const tables = db
			.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'half'")
			.all();
		expect(tables).toEqual([]);
		expect(db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get()).toEqual({ v: 1 });
	});

	it('refuses a database newer than the app', () => {
		const dataDir = freshDir();
		const two = migrationsFrom({ '001-a.sql': 'SELECT 1;', '002-b.sql': 'SELECT 1;' });
		open(dataDir, two).close();
		expect(() => open(dataDir, migrationsFrom({ '001-a.sql': 'SELECT 1;' }))).toThrow(/newer/);
	});

	it('rejects migrations with gaps or bad names', () => {
		expect(() => migrationsFrom({ '001-a.sql': '', '003-c.sql': '' })).toThrow(/without gaps/);
		expect(() => migrationsFrom({ 'first.sql': '' })).toThrow(/NNN-name/);
	});
});
