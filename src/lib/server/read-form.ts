// Reads a posted form for an action. A body that is not a form (JSON, garbage, cut off) gives
// undefined, so the action answers 400 with a message instead of a 500; a body over the size
// limit is a 413 that says so; actions with no fields of their own still refuse such a body,
// with `requireForm`.
import { error } from '@sveltejs/kit';

const TOO_LARGE =
	'This is far larger than any form on this site, so nothing in it was saved. Send the form from the page.';

export async function readForm(request: Request): Promise<FormData | undefined> {
	try {
		return await request.formData();
	} catch (problem) {
		// The server's body size limit (BODY_SIZE_LIMIT) stops the body with a 413 error.
		if ((problem as { status?: number } | null)?.status === 413) error(413, TOO_LARGE);
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
