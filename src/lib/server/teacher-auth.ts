// The sign-in, sign-up and sign-out actions behind /teacher and /teacher/signup. Every refusal is
// a 4xx with a message; sign-in never says whether an email has an account, and both forms are
// rate-limited per address, and per account wherever a password is checked against one.
import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import * as v from 'valibot';
import { getDb } from './db';
import { readForm, requireForm } from './read-form';
import { attempt, limits, usedUp, waitMessage } from './rate-limit';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from './session-cookie';
import { fieldsOf, problemsOf, SignInForm, SignUpForm } from './teacher-forms';
import { checkCredentials, createSession, createTeacher, deleteSession } from './teachers';

const WRONG = 'That email and password do not match an account.';

function startSession(event: RequestEvent, teacherId: number) {
	const { id, expiresAt } = createSession(getDb(), teacherId);
	setSessionCookie(event.cookies, event.url, id, expiresAt);
}

export async function signIn(event: RequestEvent) {
	const form = await readForm(event.request);
	if (!form)
		return fail(400, { problems: { form: 'Send the sign-in form.' } as Record<string, string> });
	const typed = { email: String(form.get('email') ?? '').slice(0, 254) };
	const parsed = v.safeParse(SignInForm, fieldsOf(form, ['email', 'password']));
	if (!parsed.success) return fail(400, { ...typed, problems: problemsOf(parsed.issues) });
	const { email, password } = parsed.output;

	const wait =
		(await attempt([limits.signInByAddress, event.getClientAddress()])) ??
		(await usedUp(limits.signInFailuresByAccount, email));
	if (wait) return fail(429, { ...typed, problems: { form: waitMessage(wait) } });

	const teacher = await checkCredentials(getDb(), email, password);
	if (!teacher) {
		await attempt([limits.signInFailuresByAccount, email]);
		return fail(400, { ...typed, problems: { form: WRONG } });
	}
	await limits.signInFailuresByAccount.delete(email);
	startSession(event, teacher.id);
	redirect(303, '/teacher');
}

export async function signUp(event: RequestEvent) {
	const form = await readForm(event.request);
	if (!form)
		return fail(400, { problems: { form: 'Send the sign-up form.' } as Record<string, string> });
	const typed = {
		name: String(form.get('name') ?? '').slice(0, 100),
		email: String(form.get('email') ?? '').slice(0, 254)
	};
	const parsed = v.safeParse(SignUpForm, fieldsOf(form, ['name', 'email', 'password']));
	if (!parsed.success) return fail(400, { ...typed, problems: problemsOf(parsed.issues) });

	const wait = await attempt([limits.signUpByAddress, event.getClientAddress()]);
	if (wait) return fail(429, { ...typed, problems: { form: waitMessage(wait) } });

	const teacher = await createTeacher(getDb(), parsed.output);
	if (!teacher) {
		// The address is taken. Whoever owns it with this password is simply signed in; anyone else
		// learns only that these details cannot be used, the same answer sign-in gives. A wrong
		// password here counts against the account as at sign-in, so this form is no way round that
		// limit for someone guessing a teacher's password.
		const { email, password } = parsed.output;
		const locked = await usedUp(limits.signInFailuresByAccount, email);
		if (locked) return fail(429, { ...typed, problems: { form: waitMessage(locked) } });
		const owner = await checkCredentials(getDb(), email, password);
		if (!owner) {
			await attempt([limits.signInFailuresByAccount, email]);
			return fail(400, {
				...typed,
				problems: {
					form: 'An account cannot be made with these details. If you already have one, sign in.'
				}
			});
		}
		await limits.signInFailuresByAccount.delete(email);
		startSession(event, owner.id);
		redirect(303, '/teacher');
	}
	startSession(event, teacher.id);
	redirect(303, '/teacher');
}

export async function signOut(event: RequestEvent) {
	await requireForm(event.request, 'the sign-out button');
	const id = event.cookies.get(SESSION_COOKIE);
	if (id) deleteSession(getDb(), id);
	clearSessionCookie(event.cookies, event.url);
	redirect(303, '/teacher');
}
