// Dates are shown at the precision the content gives, never more.
import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '$lib/content/dates';

describe('formatPartialDate', () => {
	it.each([
		['1979', false, '1979'],
		['1979-12', false, 'Dec 1979'],
		['2021-08-15', false, '15 Aug 2021'],
		['2014', true, 'c. 2014'],
		['2003-02-04', false, '4 Feb 2003'],
		['not a date', false, 'not a date']
	])('%s (approximate: %s) reads "%s"', (date, approximate, expected) => {
		expect(formatPartialDate(date, approximate)).toBe(expected);
	});
});
