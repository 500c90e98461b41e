// The app's SQLite database: one file under DATA_DIR (./data by default), opened on first use
// (never during `vite build`), in WAL mode with foreign keys enforced, migrated to the latest schema.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { appMigrations, migrate, type Migration } from './migrations';

export type DB = Database.Database;

export interface OpenOptions {
	/** Folder for the database file; created if missing. */
	dataDir: string;
	migrations?: Migration[];
}

/** Opens (creating if needed) and migrates the database in `dataDir`. */
export function openDatabase({ dataDir, migrations = appMigrations() }: OpenOptions): DB {
	mkdirSync(dataDir, { recursive: true });
	const db = new Database(resolve(dataDir, 'course.sqlite3'));
	db.pragma('journal_mode = WAL');
	db.pragma('foreign_keys = ON');
	db.pragma('busy_timeout = 5000');
	db.pragma('synchronous = NORMAL');
	migrate(db, migrations);
	return db;
}

export const dataDir = () => resolve(process.env.DATA_DIR || 'data');

let instance: DB | undefined;

/** The app's database, opened on first call. */
export function getDb(): DB {
	instance ??= openDatabase({ dataDir: dataDir() });
	return instance;
}
