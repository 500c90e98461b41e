// The teacher's session cookie: HttpOnly (no script can read it), SameSite=Lax (not sent with
// another site's form posts), Secure when the site is served over https, and expiring with the
// session. Set explicitly because SvelteKit's default Secure flag would make a browser drop the
// cookie on a school server reached over plain http.
import type { Cookies } from '@sveltejs/kit';

export const SESSION_COOKIE = 'teacher_session';

export function setSessionCookie(cookies: Cookies, url: URL, id: string, expiresAt: number) {
	cookies.set(SESSION_COOKIE, id, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires: new Date(expiresAt)
	});
}

export function clearSessionCookie(cookies: Cookies, url: URL) {
	cookies.delete(SESSION_COOKIE, { path: '/', secure: url.protocol === 'https:' });
}
