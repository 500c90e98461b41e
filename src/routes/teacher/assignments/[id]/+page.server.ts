// /teacher/assignments/[id]: one of the teacher's assignments, with the class code, the link
// students open and a QR code of it to project. Another teacher's id is a 404.
import { lessonBySlug } from '$lib/server/content';
import { requireAssignment } from '$lib/server/teacher-guard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params, url }) => {
	const assignment = requireAssignment(locals, params.id);
	return {
		assignment,
		link: `${url.origin}/a/${assignment.code}`,
		lessonTitles: assignment.lessons.map((slug) =>
			slug === 'course' ? 'The whole course' : (lessonBySlug.get(slug)?.title ?? slug)
		)
	};
};
