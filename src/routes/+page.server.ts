// Course home: the lessons in order, straight from the content loader. Prerendered.
import { course } from '$lib/server/content';
import { lessonSummary } from '$lib/content/views';
import type { PageServerLoad } from './$types';

export const prerender = true;

export const load: PageServerLoad = () => ({
	lessons: course.lessons.map((l) => ({
		...lessonSummary(l),
		checks: l.checks,
		sections: l.headings.filter((h) => h.depth === 2).map((h) => ({ id: h.id, text: h.text }))
	})),
	counts: {
		events: course.events.length,
		sources: course.sources.length,
		claims: course.claims.length,
		terms: course.glossary.length
	}
});
