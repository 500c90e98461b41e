// Server start-up: open and migrate the database when the server starts (not while building), so
// a broken database shows at once in the log rather than on a student's first answer.
import { building } from '$app/environment';
import { getDb } from '$lib/server/db';
import type { ServerInit } from '@sveltejs/kit';

export const init: ServerInit = () => {
	if (!building) getDb();
};
