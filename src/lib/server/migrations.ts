// Numbered SQL migrations (migrations/NNN-name.sql), applied in order, each in its own transaction
// and recorded in schema_migrations, so a database at any earlier version is brought up to date.
import type Database from 'better-sqlite3';

export interface Migration {
	version: number;
	name: string;
	sql: string;
}

const bundled = import.meta.glob('./migrations/*.sql', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

/** Parses "./migrations/001-app-meta.sql" style paths; a badly named file is an error. */
export function migrationsFrom(files: Record<string, string>): Migration[] {
	const migrations = Object.entries(files).map(([path, sql]) => {
		const match = /(\d+)-([\w-]+)\.sql$/.exec(path);
		if (!match) throw new Error(`Migration file "${path}" must be named NNN-name.sql`);
		return { version: Number(match[1]), name: match[2], sql };
	});
	migrations.sort((a, b) => a.version - b.version);
	migrations.forEach((m, i) => {
		if (m.version !== i + 1)
			throw new Error(`Migrations must be numbered 1, 2, 3… without gaps; found ${m.version}`);
	});
	return migrations;
}

export const appMigrations = (): Migration[] => migrationsFrom(bundled);

/** Applies every migration newer than the database; returns how many it applied. */
export function migrate(db: Database.Database, migrations: Migration[]): number {
	db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY,
		name TEXT NOT NULL,
		applied_at TEXT NOT NULL
	) STRICT`);
	const current =
		(db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null })
			.v ?? 0;
	const latest = migrations.at(-1)?.version ?? 0;
	if (current > latest)
		throw new Error(
			`The database is at schema version ${current}, newer than this app (${latest}). Use a newer release.`
		);
	const record = db.prepare(
		`INSERT INTO schema_migrations (version, name, applied_at)
		 VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`
	);
	const pending = migrations.filter((m) => m.version > current);
	for (const migration of pending) {
		db.transaction(() => {
			db.exec(migration.sql);
			record.run(migration.version, migration.name);
		})();
	}
	return pending.length;
}
