// The shape of a timeline event as pages receive it (serialisable, from the server).
import type { DatePrecision, Lane } from '$lib/content/schema';

export interface TimelineItem {
	id: string;
	date: string;
	end?: string;
	precision: DatePrecision;
	title: string;
	text: string;
	lane: Lane;
	lesson: { slug: string; title: string };
	/** Other lessons that show this event in their timeline excerpt; their filter includes it. */
	alsoIn?: string[];
	claims: { id: string; text: string }[];
}

/** Filters a reader can combine: a lane and a lesson (either may be absent). */
export interface TimelineFilter {
	lane?: Lane;
	lesson?: string;
}

export const matchesFilter = (item: TimelineItem, filter: TimelineFilter) =>
	(!filter.lane || item.lane === filter.lane) &&
	(!filter.lesson ||
		item.lesson.slug === filter.lesson ||
		(item.alsoIn?.includes(filter.lesson) ?? false));

/** The address of the timeline with these filters and, optionally, one event open. */
export function timelineHref(
	base: string,
	filter: TimelineFilter,
	event?: string,
	view?: 'list'
): string {
	const params = new URLSearchParams();
	if (event) params.set('event', event);
	if (filter.lane) params.set('lane', filter.lane);
	if (filter.lesson) params.set('lesson', filter.lesson);
	if (view) params.set('view', view);
	const query = params.toString();
	return query ? `${base}?${query}` : base;
}
