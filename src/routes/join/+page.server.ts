// /join: type the class code your teacher shows. The form is a GET, so it works without
// JavaScript; a well-formed code goes on to /a/CODE (which says so if no assignment has it).
import { redirect } from '@sveltejs/kit';
import { CODE_LENGTH, CODE_PATTERN, normaliseCode } from '$lib/server/assignments';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	const typed = url.searchParams.get('code');
	if (typed === null) return { typed: '', problem: undefined };
	const code = normaliseCode(typed).slice(0, 20);
	if (CODE_PATTERN.test(code)) redirect(303, `/a/${code}`);
	return {
		typed: typed.slice(0, 20),
		problem: `A class code is ${CODE_LENGTH} letters and numbers, like ACK34M. Check it with your teacher.`
	};
};
