// The timeline: every event with its lane, lesson and sources, and the filters and open event the
// address asks for (?event=, ?lane=, ?lesson=, ?view=list). Rendered on the server for each
// request so that a shared link opens its event even without JavaScript.
import { course, claimById } from '$lib/server/content';
import { LANES } from '$lib/timeline/lanes';
import type { TimelineFilter, TimelineItem } from '$lib/timeline/types';
import type { Lane } from '$lib/content/schema';
import type { PageServerLoad } from './$types';

const titles = new Map(course.lessons.map((l) => [l.slug, l.title]));
// One object per lesson and per claim, shared by the events that cite it: the page's data is
// serialised with devalue, which writes a shared object once, so the page carries each text once.
const lessonRefs = new Map(course.lessons.map((l) => [l.slug, { slug: l.slug, title: l.title }]));
const claimRefs = new Map<string, { id: string; text: string }>();
const claimRef = (id: string) => {
	let claim = claimRefs.get(id);
	if (!claim) claimRefs.set(id, (claim = { id, text: claimById.get(id)?.text ?? id }));
	return claim;
};
const items: TimelineItem[] = course.events.map((e) => ({
	id: e.id,
	date: e.date,
	end: e.end,
	precision: e.precision,
	title: e.title,
	text: e.text,
	lane: e.lane,
	lesson: lessonRefs.get(e.lesson) ?? { slug: e.lesson, title: e.lesson },
	claims: e.claims.map(claimRef)
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
		lessons: [...lessonRefs.values()],
		filter,
		selected,
		view: url.searchParams.get('view') === 'list' ? ('list' as const) : undefined,
		notices
	};
};
