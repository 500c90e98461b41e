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

/** A row id from an address or a form: digits only, or undefined. */
export function idFrom(raw: unknown): number | undefined {
	return typeof raw === 'string' && /^\d{1,15}$/.test(raw) ? Number(raw) : undefined;
}

export function requireAssignment(locals: App.Locals, id: string): Assignment {
	const teacher = requireTeacher(locals);
	const number = idFrom(id);
	const assignment = number === undefined ? undefined : findAssignment(getDb(), teacher.id, number);
	if (!assignment) error(404, 'There is no such assignment among yours.');
	return assignment;
}
