// Reads a posted form for an action. A body that is not a form (JSON, garbage, cut off or over the
// size limit) gives undefined, so the action answers 400 with a message instead of a 500; actions
// with no fields of their own still refuse such a body, with `requireForm`.
import { error } from '@sveltejs/kit';

export async function readForm(request: Request): Promise<FormData | undefined> {
	try {
		return await request.formData();
	} catch {
		return undefined;
	}
}

/** The posted form, or a 400 that says to send the page's form (`what` names it). */
export async function requireForm(
	request: Request,
	what = 'the form on the page'
): Promise<FormData> {
	return (
		(await readForm(request)) ??
		error(400, `Send ${what}: this request could not be read as a form.`)
	);
}
