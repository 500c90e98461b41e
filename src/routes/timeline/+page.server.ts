// The timeline's events, in date order, grouped by year: the list every reader gets first (the
// interactive d3 view builds on the same data). Prerendered.
import { course, claimById } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const prerender = true;

export const load: PageServerLoad = () => {
	const titles = new Map(course.lessons.map((l) => [l.slug, l.title]));
	return {
		events: course.events.map((e) => ({
			id: e.id,
			date: e.date,
			end: e.end,
			precision: e.precision,
			title: e.title,
			text: e.text,
			lane: e.lane,
			lesson: { slug: e.lesson, title: titles.get(e.lesson) ?? e.lesson },
			claims: e.claims.filter((id) => claimById.has(id))
		}))
	};
};
