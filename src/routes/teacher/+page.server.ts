// /teacher: the sign-in form, or the signed-in teacher's page. Actions: signin, signout.
import { signIn, signOut } from '$lib/server/teacher-auth';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({
	teacher: locals.teacher ? { name: locals.teacher.name, email: locals.teacher.email } : undefined
});

export const actions: Actions = { signin: signIn, signout: signOut };
