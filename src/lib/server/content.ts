// The course, loaded once from lessons/ and validated: the single entry point through which
// server code reads content. Never imported by client code, so the raw data and the answer keys
// of questions stay on the server.
import { buildCourse, type Course } from '$lib/content/course';
import type { ContentFile } from '$lib/content/data-files';

const raw = import.meta.glob(['/lessons/*.md', '/lessons/*/*.yaml'], {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

const files: ContentFile[] = Object.entries(raw).map(([path, text]) => ({
	path: path.replace(/^\//, ''),
	text
}));

export const course: Course = buildCourse(files);

const byId = <T extends { id: string }>(items: T[]) =>
	new Map(items.map((item) => [item.id, item]));

export const sourceById = byId(course.sources);
export const claimById = byId(course.claims);
export const termById = byId(course.glossary);
export const lessonBySlug = new Map(course.lessons.map((l) => [l.slug, l]));
export const questionById = byId(course.questions);
