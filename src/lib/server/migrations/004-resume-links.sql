-- Other ways back into a student's place than the token they joined with. A teacher's resume link
-- ('link') works once, within a day: using it gives that device a token of its own ('device'),
-- kept like the join token. A teacher can revoke them all; the device the student joined on keeps
-- working. Only hashes are kept. Deleting the student (or the assignment) deletes them.
CREATE TABLE resume_links (
	token_hash TEXT PRIMARY KEY,
	student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
	kind TEXT NOT NULL CHECK (kind IN ('link', 'device')),
	created_at INTEGER NOT NULL,
	-- Milliseconds since 1970 (UTC); links only.
	expires_at INTEGER CHECK ((kind = 'link') = (expires_at IS NOT NULL))
) STRICT;

CREATE INDEX resume_links_by_student ON resume_links (student_id);
