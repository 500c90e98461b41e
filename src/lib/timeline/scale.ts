// The time scale: dates to pixels along the time axis, and the zoomed view of it. d3-time chooses
// the ticks (calendar steps: years, months, days) for whatever span is shown. d3-scale is not used
// for the mapping itself: its index brings d3-interpolate, d3-color, d3-format and d3-time-format
// (about 11 KB gzip, a quarter of the page's budget) for what is one line of arithmetic here.
import { utcTicks } from 'd3-time';
import type { View } from './view';

export interface TimeScale {
	(date: Date): number;
	domain(): [Date, Date];
	range(): [number, number];
	/** The date drawn at a pixel position. */
	invert(at: number): Date;
	/** About `count` calendar-friendly dates across the domain. */
	ticks(count: number): Date[];
}

/** A linear scale from the dates `[from, to]` to the pixels `[start, end]`. */
export function timeScale([from, to]: [Date, Date], [start, end]: [number, number]): TimeScale {
	const origin = from.getTime();
	const perMs = (end - start) / Math.max(1, to.getTime() - origin);
	const scale = (date: Date) => start + (date.getTime() - origin) * perMs;
	scale.domain = (): [Date, Date] => [from, to];
	scale.range = (): [number, number] => [start, end];
	scale.invert = (at: number) => new Date(origin + (at - start) / perMs);
	scale.ticks = (count: number) => utcTicks(from, to, count);
	return scale;
}

/**
 * The scale as the reader sees it through a zoomed `view` over a drawing `length` pixels long: the
 * same pixel range, showing a narrower stretch of time.
 */
export function zoomedScale(base: TimeScale, view: View, length: number): TimeScale {
	const range = base.range();
	const shift = view.t * length;
	const shown = range.map((at) => base.invert((at - shift) / view.k)) as [Date, Date];
	return timeScale(shown, range);
}
