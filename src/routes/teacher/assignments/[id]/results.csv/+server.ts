// The gradebook of one of the teacher's assignments as CSV (see gradebook.ts). Overdue attempts
// are submitted first, so the file matches what the students were allowed.
import { submitOverdue } from '$lib/server/attempts';
import { getDb } from '$lib/server/db';
import { gradebook, gradebookCsv } from '$lib/server/gradebook';
import { requireAssignment } from '$lib/server/teacher-guard';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals, params }) => {
	const assignment = requireAssignment(locals, params.id);
	submitOverdue(getDb(), assignment);
	const name =
		assignment.title
			.replace(/[^\w -]+/g, '')
			.trim()
			.replace(/\s+/g, '-') || 'results';
	return new Response(gradebookCsv(gradebook(getDb(), assignment)), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${name}-${assignment.code}.csv"`,
			'cache-control': 'private, no-store'
		}
	});
};
