// Server start-up and every request: open and migrate the database when the server starts (not
// while building), so a broken database shows at once in the log rather than on a student's
// first answer; then, per request, find the signed-in teacher from the session cookie (renewing
// a session that is being used), write the reading preferences' pre-paint script into the page
// and add the security headers every response carries; send /timeline from memory once rendered
// (page-cache.ts); and the message an error shows.
import { building } from '$app/environment';
import { getDb } from '$lib/server/db';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from '$lib/server/session-cookie';
import { validateSession } from '$lib/server/teachers';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { beforePaintScript } from '$lib/preferences/before-paint-script';
import { SECURITY_HEADERS } from '../scripts/security-headers.js';
import { createPageCache } from '$lib/server/page-cache';

/** Pages rendered per request that are the same for every reader at one address. */
const sharedPages = createPageCache({ paths: ['/timeline'] });

export const init: ServerInit = () => {
	if (!building) getDb();
};

export const handle: Handle = async ({ event, resolve }) => {
	const id = building ? undefined : event.cookies.get(SESSION_COOKIE);
	if (id) {
		const session = validateSession(getDb(), id);
		if (session) {
			event.locals.teacher = session.teacher;
			if (session.renewed) setSessionCookie(event.cookies, event.url, id, session.expiresAt);
		} else clearSessionCookie(event.cookies, event.url);
	}
	// A signed-in teacher's pages are rendered afresh: they may renew or end the session's cookie.
	return sharedPages.send(event.request, Boolean(id), async () => {
		const response = await resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%course.before-paint%', beforePaintScript)
		});
		for (const [name, value] of Object.entries(SECURITY_HEADERS))
			if (!response.headers.has(name)) response.headers.set(name, value);
		return response;
	});
};

/**
 * Errors as the reader sees them. SvelteKit's own 4xx texts are for developers; the one a script or
 * a broken client meets posting JSON to a form gets words a person can act on. Unexpected errors
 * keep SvelteKit's safe "Internal Error" (the details go to the log, not the page).
 */
export const handleError: HandleServerError = ({ error, status, message }) => {
	if (status === 415)
		return { message: 'Send this from the form on the page: only form data is accepted here.' };
	if (status >= 500) console.error(error);
	return { message };
};
