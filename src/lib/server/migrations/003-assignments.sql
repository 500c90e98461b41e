-- Quizzes a teacher sets for a class: the assignment and its rules, the students who join it by
-- code (a display name and a hashed resume token, nothing else), their attempts, and each answer
-- as it is given. Deleting an assignment deletes everything under it.
CREATE TABLE assignments (
	id INTEGER PRIMARY KEY,
	teacher_id INTEGER NOT NULL REFERENCES teachers (id) ON DELETE CASCADE,
	code TEXT NOT NULL UNIQUE,
	title TEXT NOT NULL,
	-- JSON array of lesson slugs; ["course"] for the whole course.
	lessons TEXT NOT NULL,
	per_student INTEGER NOT NULL CHECK (per_student > 0),
	-- Times in milliseconds since 1970 (UTC).
	opens_at INTEGER NOT NULL,
	due_at INTEGER NOT NULL CHECK (due_at > opens_at),
	attempts_allowed INTEGER NOT NULL CHECK (attempts_allowed > 0),
	counts TEXT NOT NULL CHECK (counts IN ('best', 'last')),
	reveal TEXT NOT NULL CHECK (reveal IN ('after-submit', 'after-due', 'never')),
	time_limit_minutes INTEGER CHECK (time_limit_minutes IS NULL OR time_limit_minutes > 0),
	closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1)),
	created_at INTEGER NOT NULL
) STRICT;

CREATE INDEX assignments_by_teacher ON assignments (teacher_id);

CREATE TABLE students (
	id INTEGER PRIMARY KEY,
	assignment_id INTEGER NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
	display_name TEXT NOT NULL,
	resume_token_hash TEXT NOT NULL UNIQUE,
	joined_at INTEGER NOT NULL
) STRICT;

CREATE INDEX students_by_assignment ON students (assignment_id);

CREATE TABLE attempts (
	id INTEGER PRIMARY KEY,
	student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
	-- Made by the student's browser, so a retried submit is recognised as the same one.
	client_id TEXT NOT NULL,
	seed INTEGER NOT NULL,
	-- JSON array of question ids, in the order this student sees them.
	question_ids TEXT NOT NULL,
	started_at INTEGER NOT NULL,
	submitted_at INTEGER,
	score REAL,
	max_score REAL,
	UNIQUE (student_id, client_id)
) STRICT;

CREATE TABLE answers (
	attempt_id INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
	question_id TEXT NOT NULL,
	-- JSON of the answer as the grading module reads it.
	answer TEXT NOT NULL,
	saved_at INTEGER NOT NULL,
	-- Filled in when the attempt is submitted and graded.
	points REAL,
	max_points REAL,
	PRIMARY KEY (attempt_id, question_id)
) STRICT;
