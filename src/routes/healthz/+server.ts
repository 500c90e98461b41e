// Health check for whoever runs the server: 200 with a JSON body once the database answers,
// 503 with the reason when it does not.
import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () => {
	try {
		const db = getDb();
		const { version } = db
			.prepare('SELECT COALESCE(MAX(version), 0) AS version FROM schema_migrations')
			.get() as { version: number };
		return json(
			{ status: 'ok', database: 'ok', schemaVersion: version },
			{ headers: { 'cache-control': 'no-store' } }
		);
	} catch (error) {
		return json(
			{ status: 'error', database: (error as Error).message },
			{ status: 503, headers: { 'cache-control': 'no-store' } }
		);
	}
};
