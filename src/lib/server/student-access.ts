// How a student's browser is tied to their place in an assignment: a resume token in a cookie that
// only that assignment's pages receive (HttpOnly, SameSite=Lax, Secure over https, kept 180 days),
// and the assignment a code names. A code that names nothing is a 404 with a message a student
// can act on.
import { error, type Cookies } from '@sveltejs/kit';
import { CODE_PATTERN, findAssignmentByCode, normaliseCode, type Assignment } from './assignments';
import { findStudent, type Student } from './attempts';
import { getDb } from './db';

const cookieName = (code: string) => `student_${code}`;

export function assignmentForCode(raw: string): Assignment {
	const code = normaliseCode(raw);
	const assignment = CODE_PATTERN.test(code) ? findAssignmentByCode(getDb(), code) : undefined;
	if (!assignment)
		error(
			404,
			`No assignment has the code ${code.slice(0, 12)}. Check the code with your teacher.`
		);
	return assignment;
}

export function studentFromCookie(cookies: Cookies, assignment: Assignment): Student | undefined {
	const token = cookies.get(cookieName(assignment.code));
	return token ? findStudent(getDb(), assignment.id, token) : undefined;
}

export function rememberStudent(cookies: Cookies, url: URL, assignment: Assignment, token: string) {
	cookies.set(cookieName(assignment.code), token, {
		path: `/a/${assignment.code}`,
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		maxAge: 180 * 86_400
	});
}
