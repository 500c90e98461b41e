// Turns content dates (YYYY, YYYY-MM, YYYY-MM-DD, at a stated precision) into the stretch of time
// they cover, so a month-precise event is drawn as that month and a span as a span.
import { PARTIAL_DATE } from '$lib/content/dates';
import type { DatePrecision } from '$lib/content/schema';

export interface Dated {
	date: string;
	end?: string;
	precision: DatePrecision;
}

/** The first instant a partial date can mean. */
export function startOf(date: string): Date {
	const [, year, month = '01', day = '01'] = PARTIAL_DATE.exec(date) ?? [];
	if (!year) throw new Error(`Not a date: ${date}`);
	return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

/** The first instant after everything a partial date can mean (exclusive end). */
export function endOf(date: string): Date {
	const [, year, month, day] = PARTIAL_DATE.exec(date) ?? [];
	if (!year) throw new Error(`Not a date: ${date}`);
	const y = Number(year);
	if (day) return new Date(Date.UTC(y, Number(month) - 1, Number(day) + 1));
	if (month) return new Date(Date.UTC(y, Number(month), 1));
	return new Date(Date.UTC(y + 1, 0, 1));
}

// The timeline asks for these for every event on every frame of a zoom; each event's answer is
// worked out once and kept (events are never changed after loading).
const spans = new WeakMap<Dated, { start: Date; end: Date }>();
const anchors = new WeakMap<Dated, Date>();

/** The time an event covers: from the start of its date to the end of its end date (or its date). */
export function spanOf(event: Dated): { start: Date; end: Date } {
	let span = spans.get(event);
	if (!span) {
		span = { start: startOf(event.date), end: endOf(event.end ?? event.date) };
		spans.set(event, span);
	}
	return span;
}

/** The instant an event is placed at when drawn as a point: the middle of what its date can mean. */
export function anchorOf(event: Dated): Date {
	let anchor = anchors.get(event);
	if (!anchor) {
		const { start, end } = spanOf(event);
		anchor = event.end ? start : new Date((start.getTime() + end.getTime()) / 2);
		anchors.set(event, anchor);
	}
	return anchor;
}

/** Whether an event should be drawn as a span rather than a point. */
export const isSpan = (event: Dated) => event.end !== undefined && event.end !== event.date;
