// What the teacher sign-up and sign-in forms must contain, checked with valibot. Each problem has
// a message a teacher can act on; a password on the common-passwords list of zxcvbn-ts (about
// 49,000 entries) is refused.
import { dictionary } from '@zxcvbn-ts/language-common';
import * as v from 'valibot';

const COMMON = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

export const PASSWORD_MIN = 10;
// scrypt costs the same whatever the length, but a megabyte password is not a password.
const PASSWORD_MAX = 256;

const email = v.pipe(
	v.string('Enter your email address.'),
	v.trim(),
	v.toLowerCase(),
	v.nonEmpty('Enter your email address.'),
	v.maxLength(254, 'That email address is too long.'),
	v.email('Enter an email address like name@school.org.')
);

export const SignInForm = v.object({
	email,
	password: v.pipe(
		v.string('Enter your password.'),
		v.nonEmpty('Enter your password.'),
		v.maxLength(PASSWORD_MAX, 'That password is too long.')
	)
});

export const SignUpForm = v.pipe(
	v.object({
		name: v.pipe(
			v.string('Enter your name.'),
			v.trim(),
			v.nonEmpty('Enter your name.'),
			v.maxLength(100, 'Keep your name under 100 characters.')
		),
		email,
		password: v.pipe(
			v.string('Choose a password.'),
			v.minLength(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`),
			v.maxLength(PASSWORD_MAX, 'That password is too long.'),
			v.check(
				(password) => !COMMON.has(password.toLowerCase()),
				'That password is on a list of common passwords. Choose another.'
			)
		)
	}),
	v.forward(
		v.check(
			({ email, password }) => password.toLowerCase() !== email,
			'Your password must not be your email address.'
		),
		['password']
	)
);

/** The form's fields as strings (a field sent twice, or as a file, is not a string). */
export function fieldsOf(form: FormData, names: string[]): Record<string, unknown> {
	return Object.fromEntries(names.map((name) => [name, form.get(name) ?? undefined]));
}

/** The first message for each field that has a problem. */
export function problemsOf(issues: v.BaseIssue<unknown>[]): Record<string, string> {
	const problems: Record<string, string> = {};
	for (const issue of issues) {
		const key = v.getDotPath(issue) ?? 'form';
		problems[key] ??= issue.message;
	}
	return problems;
}
