// The timeline's scale and zoom as pure maths: dates to pixels and back, calendar ticks, and a
// view that never shows less than the whole period, never runs past either end, and zooms about
// the point under the reader's finger; and the lane markers drawn as paths.
import { describe, expect, it } from 'vitest';
import { LANES, shapePath } from '$lib/timeline/lanes';
import { timeScale, zoomedScale } from '$lib/timeline/scale';
import { centreAt, constrain, fitTo, MAX_ZOOM, panBy, WHOLE, zoomAt } from '$lib/timeline/view';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const scale = timeScale([day('1980-01-01'), day('2020-01-01')], [0, 400]);

describe('timeScale', () => {
	it('maps dates to pixels linearly and back', () => {
		expect(scale(day('1980-01-01'))).toBe(0);
		expect(scale(day('2020-01-01'))).toBe(400);
		expect(scale(day('2000-01-01'))).toBeCloseTo(200, 0);
		expect(scale.invert(scale(day('2021-08-15')))).toEqual(day('2021-08-15'));
	});

	it('picks calendar ticks for the span shown: decades, then years, then months', () => {
		expect(scale.ticks(4).map((d) => d.toISOString().slice(0, 10))).toEqual([
			'1980-01-01',
			'1990-01-01',
			'2000-01-01',
			'2010-01-01',
			'2020-01-01'
		]);
		const year = timeScale([day('2021-01-01'), day('2022-01-01')], [0, 400]).ticks(4);
		expect(year.map((d) => d.toISOString().slice(0, 7))).toEqual([
			'2021-01',
			'2021-04',
			'2021-07',
			'2021-10',
			'2022-01'
		]);
	});
});

describe('zoomedScale', () => {
	it('shows the whole domain at the whole view', () => {
		expect(zoomedScale(scale, WHOLE, 400).domain()).toEqual(scale.domain());
	});

	it('shows the second half when magnified twice and shifted by half the length', () => {
		const [from, to] = zoomedScale(scale, { k: 2, t: -1 }, 400).domain();
		expect(from).toEqual(scale.invert(200));
		expect(to).toEqual(day('2020-01-01'));
	});
});

describe('the zoom view', () => {
	it('never zooms out past the whole period or in past the limit', () => {
		expect(zoomAt(WHOLE, 0.5, 0.5)).toEqual(WHOLE);
		expect(zoomAt(WHOLE, 1e6, 0.5).k).toBe(MAX_ZOOM);
	});

	it('keeps the point under the pointer where it is', () => {
		const view = zoomAt(WHOLE, 4, 0.25);
		// The point a quarter of the way along is still a quarter of the way along.
		expect(view.t + 0.25 * view.k).toBeCloseTo(0.25);
		const again = zoomAt(view, 0.5, 0.6);
		const before = (0.6 - view.t) / view.k;
		expect(again.t + before * again.k).toBeCloseTo(0.6);
	});

	it('never pans past either end', () => {
		const zoomed = zoomAt(WHOLE, 4, 0.5);
		expect(panBy(zoomed, 10).t).toBe(0);
		expect(panBy(zoomed, -10).t).toBe(1 - zoomed.k);
		expect(panBy(WHOLE, 0.3)).toEqual(WHOLE);
		expect(constrain({ k: 0.2, t: 3 })).toEqual(WHOLE);
	});

	it('fits a stretch to the view and centres a point', () => {
		const fitted = fitTo(0.5, 0.75);
		expect(fitted.k).toBe(4);
		expect(fitted.t + 0.5 * fitted.k).toBeCloseTo(0);
		expect(fitted.t + 0.75 * fitted.k).toBeCloseTo(1);
		const centred = centreAt(fitted, 0.3);
		expect(centred.k).toBe(4);
		expect(centred.t + 0.3 * centred.k).toBeCloseTo(0.5);
		// A point at the very start cannot be centred: the view stops at the start instead.
		expect(centreAt(fitted, 0).t).toBe(0);
	});
});

describe('shapePath', () => {
	it('draws each lane a different closed shape around its centre', () => {
		const paths = LANES.map((lane) => shapePath(lane.shape, 50, 20, 5));
		expect(new Set(paths).size).toBe(LANES.length);
		for (const d of paths) expect(d).toMatch(/^M[\d.,-]+.*Z$/);
		expect(shapePath('diamond', 50, 20, 5)).toBe('M50,15L55,20L50,25L45,20Z');
		expect(shapePath('square', 50, 20, 5)).toBe('M45.7,15.7h8.6v8.6h-8.6Z');
	});
});
