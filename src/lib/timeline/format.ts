// Event dates as a reader expects them, at the precision the sources give: "Dec 1979",
// "15 Aug 2021", "c. 2014–15", "18–23 Oct 2021", "15 May 1988 – 15 Feb 1989".
import { formatPartialDate } from '$lib/content/dates';
import type { Dated } from './time';

export function formatEventDate({ date, end, precision }: Dated): string {
	const approximate = precision === 'approximate';
	if (!end || end === date) return formatPartialDate(date, approximate);
	const prefix = approximate ? 'c. ' : '';
	if (/^\d{4}$/.test(date) && /^\d{4}$/.test(end)) {
		// Same century: "2014–15"; otherwise the full year.
		const tail = date.slice(0, 2) === end.slice(0, 2) ? end.slice(2) : end;
		return `${prefix}${date}–${tail}`;
	}
	const [startYear, startMonth, startDay] = date.split('-');
	const [endYear, endMonth, endDay] = end.split('-');
	if (startYear === endYear && startMonth && endMonth) {
		// Within one month: "18–23 Oct 2021"; within one year: "3 Mar – 20 Apr 2022".
		if (startMonth === endMonth && startDay && endDay)
			return `${prefix}${Number(startDay)}–${formatPartialDate(end)}`;
		const start = formatPartialDate(date).slice(0, -(startYear.length + 1));
		return `${prefix}${start} – ${formatPartialDate(end)}`;
	}
	return `${prefix}${formatPartialDate(date)} – ${formatPartialDate(end)}`;
}
