// What the timeline's address asks for (?event=, ?lane=, ?lesson=, ?view=list), checked against the
// events and lessons that exist. The server renders the page from it, and the page's own script
// reads the same address the same way, so both draw the same page.
import { LANES } from './lanes';
import type { TimelineFilter, TimelineItem } from './types';
import type { Lane } from '$lib/content/schema';

export interface TimelineAddress {
	filter: TimelineFilter;
	selected?: string;
	view?: 'list';
	/** What was asked for and does not exist, in words for the reader. */
	notices: string[];
}

export function readTimelineAddress(
	params: URLSearchParams,
	items: TimelineItem[],
	lessons: { slug: string }[]
): TimelineAddress {
	const notices: string[] = [];
	const lane = params.get('lane') || undefined;
	const lesson = params.get('lesson') || undefined;
	const event = params.get('event') || undefined;
	const filter: TimelineFilter = {};
	if (lane) {
		if (LANES.some((l) => l.id === lane)) filter.lane = lane as Lane;
		else notices.push(`There is no lane called “${lane}”, so all lanes are shown.`);
	}
	if (lesson) {
		if (lessons.some((l) => l.slug === lesson)) filter.lesson = lesson;
		else
			notices.push(`There is no lesson called “${lesson}”, so events from all lessons are shown.`);
	}
	let selected: string | undefined;
	if (event) {
		if (items.some((i) => i.id === event)) selected = event;
		else notices.push(`No event has the id “${event}”.`);
	}
	const view = params.get('view') || undefined;
	if (view && view !== 'list')
		notices.push(`There is no view called “${view}”, so the timeline is shown.`);
	return { filter, selected, view: view === 'list' ? 'list' : undefined, notices };
}

/** The page's title: the open event's, if one is open. */
export const timelineTitle = (open?: { title: string }) =>
	`${open ? `${open.title} · ` : ''}Timeline · Russia and the Taliban`;
