// A lesson's data: its frontmatter, headings, numbered footnotes, glossary links and the questions
// it embeds as checks. Prerendered.
import { error } from '@sveltejs/kit';
import { course, lessonBySlug, termById } from '$lib/server/content';
import { forPractice, supportFor } from '$lib/server/quiz';
import { footnotesFor, lessonSummary } from '$lib/content/views';
import type { EntryGenerator, PageServerLoad } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => course.lessons.map((l) => ({ slug: l.slug }));

export const load: PageServerLoad = ({ params }) => {
	const lesson = lessonBySlug.get(params.slug);
	if (!lesson) error(404, `There is no lesson called “${params.slug}”.`);
	const index = course.lessons.indexOf(lesson);
	const footnotes = footnotesFor(course, lesson);
	const termIds = new Set([...lesson.terms, ...lesson.termLinks]);
	const checks = course.questions.filter((q) => lesson.checks.includes(q.id));
	return {
		lesson: {
			...lessonSummary(lesson),
			file: lesson.file,
			objectives: lesson.objectives,
			headings: lesson.headings.filter((h) => h.depth === 2)
		},
		keyTerms: lesson.terms.map((id) => ({ id, name: termById.get(id)!.name })),
		terms: Object.fromEntries(
			[...termIds].map((id) => {
				const t = termById.get(id)!;
				return [id, { name: t.name, definition: t.definition }];
			})
		),
		footnotes,
		events: course.events
			.filter((e) => lesson.excerpts.includes(e.lesson) || lesson.excerptAlso.includes(e.id))
			.map((e) => ({
				id: e.id,
				date: e.date,
				end: e.end,
				precision: e.precision,
				title: e.title,
				lane: e.lane,
				lesson: e.lesson
			})),
		checks: {
			questions: Object.fromEntries(checks.map((q) => [q.id, forPractice(q)])),
			support: supportFor(checks)
		},
		sourceTitles: Object.fromEntries(
			footnotes.flatMap((f) => f.sources.map((s) => [s.id, s.title]))
		),
		previous: index > 0 ? lessonSummary(course.lessons[index - 1]) : undefined,
		next: index < course.lessons.length - 1 ? lessonSummary(course.lessons[index + 1]) : undefined,
		total: course.lessons.length,
		position: index + 1
	};
};
