// /teacher/signup: create a teacher account (name, email, password). A signed-in teacher is sent
// on to /teacher.
import { redirect } from '@sveltejs/kit';
import { signUp } from '$lib/server/teacher-auth';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.teacher) redirect(303, '/teacher');
};

export const actions: Actions = { default: signUp };
