// The timeline by keyboard: one tab stop, arrow keys move through events in time (whatever lane
// they are in), Home / End reach the ends, Enter opens and Escape closes. jsdom does no layout, so
// the chart is given a desktop width through a stand-in ResizeObserver.
import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import Timeline from '$lib/timeline/Timeline.svelte';
import type { TimelineItem } from '$lib/timeline/types';

const WIDTH = 1000;
const item = (id: string, date: string, lane: TimelineItem['lane']): TimelineItem => ({
	id,
	date,
	precision: 'day',
	title: `Event ${id}`,
	text: '',
	lane,
	lesson: { slug: 'l', title: 'L' },
	claims: []
});
// Years apart, so that at the whole-period zoom none of them gathers into a cluster.
const items = [
	item('a', '1979-12-27', 'russia'),
	item('b', '1989-02-15', 'afghanistan'),
	item('c', '2003-02-14', 'russia'),
	item('d', '2015-01-26', 'isis-k'),
	item('e', '2025-07-03', 'world')
];

beforeAll(() => {
	vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(WIDTH);
	vi.stubGlobal(
		'ResizeObserver',
		class {
			constructor(private readonly report: ResizeObserverCallback) {}
			observe(target: Element) {
				const box = [{ inlineSize: WIDTH, blockSize: 600 }];
				this.report(
					[
						{ target, contentRect: { width: WIDTH }, borderBoxSize: box, contentBoxSize: box }
					] as never,
					this as never
				);
			}
			unobserve() {}
			disconnect() {}
		}
	);
});
afterAll(() => {
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
});

const eventButton = (id: string) =>
	screen.getByRole('button', { name: new RegExp(`^Event ${id},`) });

describe('Timeline by keyboard', () => {
	it('has one tab stop and moves through events in time with the arrow keys, Home and End', async () => {
		const user = userEvent.setup();
		render(Timeline, { items, onselect: () => {}, onshowcluster: () => {} });
		const a = await screen.findByRole('button', { name: /^Event a,/ });
		expect(a).toHaveAttribute('tabindex', '0');
		expect(eventButton('b')).toHaveAttribute('tabindex', '-1');
		// Named by title, date and lane.
		expect(a).toHaveAccessibleName('Event a, 27 Dec 1979, Soviet Union and Russia');

		a.focus();
		await user.keyboard('{ArrowRight}');
		expect(document.activeElement).toBe(eventButton('b'));
		await user.keyboard('{ArrowDown}');
		expect(document.activeElement).toBe(eventButton('c'));
		await user.keyboard('{ArrowLeft}');
		expect(document.activeElement).toBe(eventButton('b'));
		await user.keyboard('{End}');
		expect(document.activeElement).toBe(eventButton('e'));
		await user.keyboard('{ArrowRight}');
		expect(document.activeElement).toBe(eventButton('e'));
		await user.keyboard('{Home}');
		expect(document.activeElement).toBe(eventButton('a'));
		// The tab stop follows focus, so Tab away and back returns to the same event.
		expect(eventButton('a')).toHaveAttribute('tabindex', '0');
	});

	it('tells a pointer’s click from a screen reader’s, which has no pointer type', async () => {
		const onselect = vi.fn();
		render(Timeline, { items, onselect, onshowcluster: () => {} });
		const c = await screen.findByRole('button', { name: /^Event c,/ });
		const click = (pointerType: string) =>
			fireEvent(c, new PointerEvent('click', { bubbles: true, detail: 1, pointerType }));
		await click('touch');
		expect(onselect).toHaveBeenLastCalledWith('c', false);
		await click('');
		expect(onselect).toHaveBeenLastCalledWith('c', true);
	});

	it('opens the focused event with Enter and closes it with Escape', async () => {
		const user = userEvent.setup();
		const onselect = vi.fn();
		const { rerender } = render(Timeline, { items, onselect, onshowcluster: () => {} });
		const c = await screen.findByRole('button', { name: /^Event c,/ });
		c.focus();
		await user.keyboard('{Enter}');
		// Opened by a key, so the page moves focus to the card.
		expect(onselect).toHaveBeenLastCalledWith('c', true);
		await rerender({ items, selected: 'c', onselect, onshowcluster: () => {} });
		expect(eventButton('c')).toHaveAttribute('aria-pressed', 'true');
		await fireEvent.keyDown(eventButton('c'), { key: 'Escape' });
		expect(onselect).toHaveBeenLastCalledWith(undefined);
	});
});
