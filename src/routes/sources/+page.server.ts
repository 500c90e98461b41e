// Every source and every claim, with which sources support each claim and where they disagree.
import { course } from '$lib/server/content';
import { claimView, lessonsByClaim } from '$lib/content/views';
import type { PageServerLoad } from './$types';

export const prerender = true;

export const load: PageServerLoad = () => {
	const citedIn = lessonsByClaim(course);
	const titles = new Map(course.lessons.map((l) => [l.slug, l.title]));
	return {
		sources: course.sources.map((s) => ({
			id: s.id,
			title: s.title,
			publisher: s.publisher,
			kind: s.kind,
			date: s.date,
			claims: course.claims.filter((c) => c.sources.some((cs) => cs.source === s.id)).length
		})),
		claims: course.claims.map((c) => ({
			...claimView(course, c),
			lessons: (citedIn.get(c.id) ?? []).map((slug) => ({ slug, title: titles.get(slug)! }))
		})),
		sourceTitles: Object.fromEntries(course.sources.map((s) => [s.id, s.title]))
	};
};
