// The glossary: key terms and people, each with the lessons that use it. Prerendered.
import { course } from '$lib/server/content';
import { lessonsByTerm } from '$lib/content/views';
import type { PageServerLoad } from './$types';

export const prerender = true;

export const load: PageServerLoad = () => {
	const usedIn = lessonsByTerm(course);
	const titles = new Map(course.lessons.map((l) => [l.slug, l.title]));
	return {
		entries: course.glossary.map((g) => ({
			id: g.id,
			name: g.name,
			kind: g.kind,
			aliases: g.aliases ?? [],
			definition: g.definition,
			related: (g.related ?? []).map((id) => ({
				id,
				name: course.glossary.find((o) => o.id === id)!.name
			})),
			lessons: (usedIn.get(g.id) ?? []).map((slug) => ({ slug, title: titles.get(slug)! }))
		}))
	};
};
