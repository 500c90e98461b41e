// The timeline: every event with its lane, lesson and sources, and the filters and open event the
// address asks for (?event=, ?lane=, ?lesson=, ?view=list). Rendered on the server for each
// request so that a shared link opens its event even without JavaScript.
import { course, claimById } from '$lib/server/content';
import { LANES } from '$lib/timeline/lanes';
import type { TimelineFilter, TimelineItem } from '$lib/timeline/types';
import type { Lane } from '$lib/content/schema';
import type { PageServerLoad } from './$types';

const titles = new Map(course.lessons.map((l) => [l.slug, l.title]));
const items: TimelineItem[] = course.events.map((e) => ({
	id: e.id,
	date: e.date,
	end: e.end,
	precision: e.precision,
	title: e.title,
	text: e.text,
	lane: e.lane,
	lesson: { slug: e.lesson, title: titles.get(e.lesson) ?? e.lesson },
	claims: e.claims.map((id) => ({ id, text: claimById.get(id)?.text ?? id }))
}));

export const load: PageServerLoad = ({ url }) => {
	const notices: string[] = [];
	const lane = url.searchParams.get('lane') || undefined;
	const lesson = url.searchParams.get('lesson') || undefined;
	const event = url.searchParams.get('event') || undefined;
	const filter: TimelineFilter = {};
	if (lane) {
		if (LANES.some((l) => l.id === lane)) filter.lane = lane as Lane;
		else notices.push(`There is no lane called “${lane}”, so all lanes are shown.`);
	}
	if (lesson) {
		if (titles.has(lesson)) filter.lesson = lesson;
		else
			notices.push(`There is no lesson called “${lesson}”, so events from all lessons are shown.`);
	}
	let selected: string | undefined;
	if (event) {
		if (items.some((i) => i.id === event)) selected = event;
		else notices.push(`No event has the id “${event}”.`);
	}
	return {
		items,
		lessons: course.lessons.map((l) => ({ slug: l.slug, title: l.title })),
		filter,
		selected,
		view: url.searchParams.get('view') === 'list' ? ('list' as const) : undefined,
		notices
	};
};
