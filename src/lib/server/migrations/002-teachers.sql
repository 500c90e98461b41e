-- Teacher accounts and their sign-in sessions. A session is stored only as the SHA-256 of its id,
-- so a copy of the database cannot be used to sign in as anyone.
CREATE TABLE teachers (
	id INTEGER PRIMARY KEY,
	name TEXT NOT NULL,
	email TEXT NOT NULL UNIQUE COLLATE NOCASE,
	password_hash TEXT NOT NULL,
	created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE TABLE teacher_sessions (
	id_hash TEXT PRIMARY KEY,
	teacher_id INTEGER NOT NULL REFERENCES teachers (id) ON DELETE CASCADE,
	-- Milliseconds since 1970, so that expiry is one integer comparison.
	expires_at INTEGER NOT NULL
) STRICT;

CREATE INDEX teacher_sessions_by_teacher ON teacher_sessions (teacher_id);
