// Teacher pages are for a signed-in teacher: anyone else is sent to the sign-in page, and an
// assignment id that is malformed, missing or another teacher's is the same 404.
import { error, redirect } from '@sveltejs/kit';
import { findAssignment, type Assignment } from './assignments';
import { getDb } from './db';
import type { Teacher } from './teachers';

export function requireTeacher(locals: App.Locals): Teacher {
	if (!locals.teacher) redirect(303, '/teacher');
	return locals.teacher;
}

export function requireAssignment(locals: App.Locals, id: string): Assignment {
	const teacher = requireTeacher(locals);
	const number = /^\d{1,15}$/.test(id) ? Number(id) : NaN;
	const assignment = Number.isSafeInteger(number)
		? findAssignment(getDb(), teacher.id, number)
		: undefined;
	if (!assignment) error(404, 'There is no such assignment among yours.');
	return assignment;
}
