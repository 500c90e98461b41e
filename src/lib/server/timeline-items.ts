// The timeline's events as its page draws them: each with its lane, its lesson's title and the
// text of the claims it cites. Built once from the course; the page renders them on the server and
// its script fetches the same list (/timeline/events.json) to bring the chart to life.
import { course, claimById } from './content';
import type { TimelineItem } from '$lib/timeline/types';

export const timelineLessons = course.lessons.map((l) => ({ slug: l.slug, title: l.title }));

const lessonBySlug = new Map(timelineLessons.map((l) => [l.slug, l]));

// Events a lesson's excerpt shows although another lesson owns them: the timeline filtered to that
// lesson shows them too, as the excerpt's link to it promises the same events.
const shownAlsoIn = new Map<string, string[]>();
for (const lesson of course.lessons)
	for (const id of lesson.excerptAlso)
		shownAlsoIn.set(id, [...(shownAlsoIn.get(id) ?? []), ...lesson.excerpts]);

export const timelineItems: TimelineItem[] = course.events.map((e) => ({
	id: e.id,
	date: e.date,
	end: e.end,
	precision: e.precision,
	title: e.title,
	text: e.text,
	lane: e.lane,
	lesson: lessonBySlug.get(e.lesson) ?? { slug: e.lesson, title: e.lesson },
	...(shownAlsoIn.has(e.id) && { alsoIn: shownAlsoIn.get(e.id) }),
	claims: e.claims.map((id) => ({ id, text: claimById.get(id)?.text ?? id }))
}));
