// Shapes of content as pages need them: plain, serialisable objects built from the course, so a
// page receives only what it shows (never the raw files or a question's answer key).
import type { Course } from './course.ts';
import type { LessonSource } from './lesson-files.ts';
import type { Claim, Source } from './schema.ts';

export interface SourceRef {
	id: string;
	title: string;
	publisher: string;
	date?: string;
	url?: string;
}

export interface ClaimView {
	id: string;
	text: string;
	status: Claim['status'];
	sources: (SourceRef & { note?: string })[];
	disagreement?: Claim['disagreement'];
}

export interface Footnote extends ClaimView {
	number: number;
}

export interface LessonSummary {
	slug: string;
	order: number;
	title: string;
	summary: string;
	period: { start: number; end: number };
	minutes: number;
}

const sourceRef = (s: Source): SourceRef => ({
	id: s.id,
	title: s.title,
	publisher: s.publisher,
	date: s.date,
	url: s.url
});

// Built once per course: claimView runs for every claim on the source pages.
const sourceIndexes = new WeakMap<Course, Map<string, Source>>();
function sourceIndex(course: Course): Map<string, Source> {
	let index = sourceIndexes.get(course);
	if (!index) {
		index = new Map(course.sources.map((s) => [s.id, s]));
		sourceIndexes.set(course, index);
	}
	return index;
}

export function claimView(course: Course, claim: Claim): ClaimView {
	const sources = sourceIndex(course);
	return {
		id: claim.id,
		text: claim.text,
		status: claim.status,
		disagreement: claim.disagreement,
		sources: claim.sources.map(({ source, note }) => ({
			...sourceRef(sources.get(source)!),
			note
		}))
	};
}

/** The lesson's footnotes, numbered in the order the lesson first cites each claim. */
export function footnotesFor(course: Course, lesson: LessonSource): Footnote[] {
	const claims = new Map(course.claims.map((c) => [c.id, c]));
	return lesson.citations.map((id, i) => ({
		number: i + 1,
		...claimView(course, claims.get(id)!)
	}));
}

export const lessonSummary = (l: LessonSource): LessonSummary => ({
	slug: l.slug,
	order: l.order,
	title: l.title,
	summary: l.summary,
	period: l.period,
	minutes: l.minutes
});

/** Slugs of the lessons that cite each claim, in course order. */
export function lessonsByClaim(course: Course): Map<string, string[]> {
	const map = new Map<string, string[]>();
	for (const lesson of course.lessons)
		for (const id of lesson.citations) map.set(id, [...(map.get(id) ?? []), lesson.slug]);
	return map;
}

/** Slugs of the lessons that use each glossary entry (in frontmatter or linked in the text). */
export function lessonsByTerm(course: Course): Map<string, string[]> {
	const map = new Map<string, string[]>();
	for (const lesson of course.lessons)
		for (const id of new Set([...lesson.terms, ...lesson.termLinks]))
			map.set(id, [...(map.get(id) ?? []), lesson.slug]);
	return map;
}
