// The QR code of an assignment's link, as SVG, for the teacher to project or print. Only its
// teacher can fetch it.
import { qrSvg } from '$lib/server/qr';
import { requireAssignment } from '$lib/server/teacher-guard';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const assignment = requireAssignment(locals, params.id);
	return new Response(await qrSvg(`${url.origin}/a/${assignment.code}`), {
		headers: { 'content-type': 'image/svg+xml', 'cache-control': 'private, max-age=3600' }
	});
};
