// The timeline's pure parts: the time an event covers, dates at their precision, and label
// placement that never overlaps and clusters what is too dense.
import { describe, expect, it } from 'vitest';
import { formatEventDate } from '$lib/timeline/format';
import { placeLabels, type LayoutInput } from '$lib/timeline/layout';
import { anchorOf, isSpan, spanOf } from '$lib/timeline/time';

const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('spanOf', () => {
	it.each([
		[{ date: '2021-08-15', precision: 'day' as const }, '2021-08-15', '2021-08-16'],
		[{ date: '1979-12', precision: 'month' as const }, '1979-12-01', '1980-01-01'],
		[{ date: '2003', precision: 'year' as const }, '2003-01-01', '2004-01-01'],
		[{ date: '2014', end: '2015', precision: 'approximate' as const }, '2014-01-01', '2016-01-01'],
		[
			{ date: '1988-05-15', end: '1989-02-15', precision: 'day' as const },
			'1988-05-15',
			'1989-02-16'
		]
	])('%o covers %s up to %s', (event, start, end) => {
		const span = spanOf(event);
		expect([iso(span.start), iso(span.end)]).toEqual([start, end]);
	});

	it('places a point event in the middle of what its date can mean', () => {
		expect(iso(anchorOf({ date: '2003', precision: 'year' }))).toBe('2003-07-02');
		expect(iso(anchorOf({ date: '2021-08-15', precision: 'day' }))).toBe('2021-08-15');
	});

	it('tells spans from points', () => {
		expect(isSpan({ date: '2014', end: '2015', precision: 'approximate' })).toBe(true);
		expect(isSpan({ date: '2014', precision: 'year' })).toBe(false);
	});
});

describe('formatEventDate', () => {
	it.each([
		[{ date: '1979-12', precision: 'month' as const }, 'Dec 1979'],
		[{ date: '2021-08-15', precision: 'day' as const }, '15 Aug 2021'],
		[{ date: '2014', end: '2015', precision: 'approximate' as const }, 'c. 2014–15'],
		[{ date: '1996', end: '2001', precision: 'year' as const }, '1996–2001'],
		[{ date: '1999', end: '2001', precision: 'year' as const }, '1999–2001'],
		[
			{ date: '1988-05-15', end: '1989-02-15', precision: 'day' as const },
			'15 May 1988 – 15 Feb 1989'
		],
		[{ date: '2021-10-18', end: '2021-10-23', precision: 'day' as const }, '18–23 Oct 2021'],
		[{ date: '2022-03-03', end: '2022-04-20', precision: 'day' as const }, '3 Mar – 20 Apr 2022'],
		[{ date: '1988-05', end: '1988-07', precision: 'month' as const }, 'May – Jul 1988'],
		[{ date: '2014', precision: 'approximate' as const }, 'c. 2014']
	])('%o reads "%s"', (event, expected) => {
		expect(formatEventDate(event)).toBe(expected);
	});
});

describe('placeLabels', () => {
	const options = { rows: 2, gap: 4, clusterSize: 60 };
	// The phone's layout: one column of labels of one height.
	const column = { rows: 1, gap: 4, clusterSize: 48 };
	const input = (id: string, pos: number, size = 100): LayoutInput<string> => ({
		item: id,
		pos,
		size
	});

	/** No two placements in the same row may overlap, gap included. */
	function expectNoOverlap(placements: ReturnType<typeof placeLabels<string>>) {
		for (const a of placements)
			for (const b of placements)
				if (a !== b && a.row === b.row && a.pos <= b.pos)
					expect(a.end + options.gap, `${a.items} vs ${b.items}`).toBeLessThanOrEqual(b.pos);
	}

	it('keeps well-spaced events apart, in the first row', () => {
		const placed = placeLabels([input('a', 0), input('b', 200), input('c', 400)], options);
		expect(placed.map((p) => [p.items, p.row])).toEqual([
			[['a'], 0],
			[['b'], 0],
			[['c'], 0]
		]);
	});

	it('uses the second row before clustering', () => {
		const placed = placeLabels([input('a', 0), input('b', 50)], options);
		expect(placed.map((p) => [p.items, p.row])).toEqual([
			[['a'], 0],
			[['b'], 1]
		]);
	});

	it('clusters events when every row is full, and counts them', () => {
		const placed = placeLabels(
			[input('a', 0), input('b', 10), input('c', 20), input('d', 30)],
			options
		);
		expect(placed.flatMap((p) => p.items).sort()).toEqual(['a', 'b', 'c', 'd']);
		expect(placed.some((p) => p.items.length > 1)).toBe(true);
		expectNoOverlap(placed);
	});

	it('sorts its input by position first', () => {
		const placed = placeLabels([input('late', 500), input('early', 0)], options);
		expect(placed.map((p) => p.items[0])).toEqual(['early', 'late']);
	});

	it('cuts the label before short, down to its least size, rather than cluster a later event', () => {
		const placed = placeLabels([input('a', 0, 200), input('b', 120)], {
			...options,
			rows: 1,
			minSize: 50
		});
		expect(placed.map((p) => [p.items, p.pos, p.end])).toEqual([
			[['a'], 0, 116],
			[['b'], 120, 220]
		]);
		// Closer than a's least size: b can only join a in a cluster.
		const close = placeLabels([input('a', 0, 200), input('b', 40)], {
			...options,
			rows: 1,
			minSize: 50
		});
		expect(close.map((p) => p.items)).toEqual([['a', 'b']]);
	});

	it('keeps the pinned label whole, alone and uncovered', () => {
		const others = [0, 50, 120, 180, 260].map((pos) => input(`e${pos}`, pos, 150));
		const placed = placeLabels(others, { ...options, minSize: 50 }, input('pin', 100, 150));
		const pin = placed.find((p) => p.items.includes('pin'))!;
		expect([pin.items, pin.pos, pin.end, pin.row]).toEqual([['pin'], 100, 250, 0]);
		expectNoOverlap(placed);
		expect(placed.flatMap((p) => p.items).sort()).toEqual(
			['e0', 'e120', 'e180', 'e260', 'e50', 'pin'].sort()
		);
	});

	it('in a single column, sets events the pinned label would cover after it', () => {
		const placed = placeLabels(
			[input('before', 0, 40), input('under', 60, 48), input('also', 70, 48)],
			column,
			input('pin', 50, 48)
		);
		expect(placed.map((p) => [p.items, p.pos])).toEqual([
			[['before'], 0],
			[['pin'], 50],
			[['under', 'also'], 102]
		]);
		expectNoOverlap(placed);
	});

	it('in a single column, an event the pinned label covers from before it waits to follow it', () => {
		// 'early' starts before the pinned label but would run into it, and no label precedes it.
		const placed = placeLabels(
			[input('early', 20, 48), input('later', 200, 48)],
			column,
			input('pin', 50, 48)
		);
		expect(placed.map((p) => [p.items, p.pos])).toEqual([
			[['pin'], 50],
			[['early'], 102],
			[['later'], 200]
		]);
	});

	it('in a single column, with no room after the pinned label, covered events join the label before it', () => {
		const placed = placeLabels(
			[input('before', 400, 48), input('under', 520, 48), input('last', 540, 48)],
			{ ...column, lastStart: 540 },
			input('pin', 500, 48)
		);
		expect(placed.map((p) => [p.items, p.pos])).toEqual([
			[['before', 'under', 'last'], 400],
			[['pin'], 500]
		]);
		expect(placed.every((p) => p.pos <= 540)).toBe(true);
	});

	it('never overlaps, whatever the density (300 random events)', () => {
		let seed = 7;
		const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		const inputs = Array.from({ length: 300 }, (_, i) =>
			input(`e${i}`, Math.round(random() * 2000), 40 + Math.round(random() * 120))
		);
		const placed = placeLabels(inputs, options);
		expectNoOverlap(placed);
		expect(placed.reduce((n, p) => n + p.items.length, 0)).toBe(300);
		// With labels that may be cut, and one pinned, in two rows and in one.
		for (const rows of [1, 2]) {
			const pinned = inputs[150];
			const cut = placeLabels(
				inputs.filter((i) => i !== pinned),
				{ ...options, rows, minSize: 40 },
				pinned
			);
			expectNoOverlap(cut);
			expect(cut.flatMap((p) => p.items).sort()).toEqual(inputs.map((i) => i.item).sort());
			const pin = cut.find((p) => p.items.includes(pinned.item))!;
			expect([pin.items.length, pin.pos, pin.end]).toEqual([
				1,
				pinned.pos,
				pinned.pos + pinned.size
			]);
		}
	});
});
