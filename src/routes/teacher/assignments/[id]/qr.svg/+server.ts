// The QR code of an assignment's link, as SVG made on the server with the `qrcode` package, for
// the teacher to project or print. Only its teacher can fetch it.
import QRCode from 'qrcode';
import { requireAssignment } from '$lib/server/teacher-guard';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const assignment = requireAssignment(locals, params.id);
	const svg = await QRCode.toString(`${url.origin}/a/${assignment.code}`, {
		type: 'svg',
		errorCorrectionLevel: 'M',
		margin: 2,
		color: { dark: '#000000', light: '#ffffff' }
	});
	return new Response(svg, {
		headers: { 'content-type': 'image/svg+xml', 'cache-control': 'private, max-age=3600' }
	});
};
