-- Resume links a teacher makes for a student who lost their cookie or moved to another device.
-- Each works beside the token the student joined with, so the first device keeps working too;
-- only hashes are kept. Deleting the student (or the assignment) deletes their links.
CREATE TABLE resume_links (
	token_hash TEXT PRIMARY KEY,
	student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
	created_at INTEGER NOT NULL
) STRICT;

CREATE INDEX resume_links_by_student ON resume_links (student_id);
