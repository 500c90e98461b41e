// What the timeline's address asks for, read the same way by the server that renders the page and
// by the page's own script that hydrates it: filters, the open event and the view, and a notice
// for each thing asked for that does not exist.
import { describe, expect, it } from 'vitest';
import { readTimelineAddress, timelineTitle } from '$lib/timeline/address';
import type { TimelineItem } from '$lib/timeline/types';

const items = [{ id: 'kabul-2021' }, { id: 'moscow-2022' }] as TimelineItem[];
const lessons = [{ slug: 'takeover-2021' }, { slug: 'isis-k' }];
const read = (query: string) => readTimelineAddress(new URLSearchParams(query), items, lessons);

describe('readTimelineAddress', () => {
	it('reads filters, the open event and the list view together', () => {
		expect(read('event=kabul-2021&lane=isis-k&lesson=takeover-2021&view=list')).toEqual({
			filter: { lane: 'isis-k', lesson: 'takeover-2021' },
			selected: 'kabul-2021',
			view: 'list',
			notices: []
		});
	});

	it('asks for nothing on a bare address, and shows the timeline for an unknown view', () => {
		expect(read('')).toEqual({ filter: {}, selected: undefined, view: undefined, notices: [] });
		expect(read('view=grid')).toEqual({
			filter: {},
			selected: undefined,
			view: undefined,
			notices: ['There is no view called “grid”, so the timeline is shown.']
		});
	});

	it('drops what does not exist and says so, keeping the rest', () => {
		const address = read('event=nope&lane=mars&lesson=takeover-2021');
		expect(address.filter).toEqual({ lesson: 'takeover-2021' });
		expect(address.selected).toBeUndefined();
		expect(address.notices).toEqual([
			'There is no lane called “mars”, so all lanes are shown.',
			'No event has the id “nope”.'
		]);
		expect(read('lesson=atlantis').notices).toEqual([
			'There is no lesson called “atlantis”, so events from all lessons are shown.'
		]);
	});
});

describe('timelineTitle', () => {
	it('names the open event first', () => {
		expect(timelineTitle()).toBe('Timeline · Russia and the Taliban');
		expect(timelineTitle({ title: 'Taliban enter Kabul' })).toBe(
			'Taliban enter Kabul · Timeline · Russia and the Taliban'
		);
	});
});
