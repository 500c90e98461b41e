// /teacher: the sign-in form, or the signed-in teacher's assignments. Actions: signin, signout.
import { listAssignments } from '$lib/server/assignments';
import { getDb } from '$lib/server/db';
import { signIn, signOut } from '$lib/server/teacher-auth';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	const teacher = locals.teacher;
	if (!teacher) return { teacher: undefined, assignments: [] };
	return {
		teacher: { name: teacher.name, email: teacher.email },
		assignments: listAssignments(getDb(), teacher.id).map((a) => ({
			id: a.id,
			title: a.title,
			code: a.code,
			dueAt: a.dueAt,
			closed: a.closed,
			students: a.students,
			submitted: a.submitted
		}))
	};
};

export const actions: Actions = { signin: signIn, signout: signOut };
