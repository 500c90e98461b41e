// The histogram of a class's scores: d3's bin generator counts the scores (as percentages) into ten
// bands of ten points, the last one taking 100 as well, and d3's tick helpers choose a count axis
// of whole numbers. Pure, so the component only draws.
import { bin, max, nice, ticks } from 'd3-array';

export interface ScoreBin {
	/** The band's lower and upper bound, in percent; every band but the last excludes its upper. */
	from: number;
	to: number;
	count: number;
}

const THRESHOLDS = [10, 20, 30, 40, 50, 60, 70, 80, 90];

export function scoreBins(percents: number[]): ScoreBin[] {
	const histogram = bin().domain([0, 100]).thresholds(THRESHOLDS)(
		percents.map((p) => Math.min(100, Math.max(0, p)))
	);
	return histogram.map((b) => ({ from: b.x0!, to: b.x1!, count: b.length }));
}

/** The top of the count axis and its ticks: whole numbers only, at least up to 1. */
export function countAxis(bins: ScoreBin[]): { top: number; ticks: number[] } {
	const highest = Math.max(1, max(bins, (b) => b.count) ?? 0);
	const [, top] = nice(0, highest, 4);
	return { top, ticks: ticks(0, top, 4).filter(Number.isInteger) };
}

/** A band in words, as a screen reader or a tooltip says it. */
export function binLabel(b: ScoreBin): string {
	const who = `${b.count} ${b.count === 1 ? 'student' : 'students'}`;
	return b.to === 100 ? `${b.from}% to 100%: ${who}` : `${b.from}% to under ${b.to}%: ${who}`;
}
