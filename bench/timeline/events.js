// The events every timeline in the benchmark draws: the course's own (lessons/events), thinned
// evenly to N when N is smaller, or repeated with shifted dates when N is larger, so that the
// 30-, 300- and 3,000-event runs keep the real spread (most events in 2021–2025).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const DAY = 86_400_000;
const FIRST = Date.UTC(1979, 0, 1);
const LAST = Date.UTC(2025, 11, 31);

/** The course's events, in date order. */
export function realEvents(root) {
	const folder = join(root, 'lessons/events');
	return readdirSync(folder)
		.filter((name) => name.endsWith('.yaml'))
		.flatMap((name) => parse(readFileSync(join(folder, name), 'utf8')))
		.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const startMs = (date) => Date.parse(`${date}${'-01'.repeat((10 - date.length) / 3)}T00:00:00Z`);

/** `count` events drawn from `events`: an even selection, or copies spread a few weeks apart. */
export function eventsFor(events, count) {
	if (count <= events.length)
		return Array.from({ length: count }, (_, i) => events[Math.floor((i * events.length) / count)]);
	return Array.from({ length: count }, (_, i) => {
		const original = events[i % events.length];
		const copy = Math.floor(i / events.length);
		if (copy === 0) return original;
		let at = startMs(original.date) + copy * 23 * DAY;
		if (at > LAST) at = Math.max(FIRST, startMs(original.date) - copy * 23 * DAY);
		return {
			...original,
			id: `${original.id}-copy-${copy}`,
			date: isoDay(at),
			end: undefined,
			precision: 'day',
			title: `${original.title} (${copy + 1})`
		};
	}).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
