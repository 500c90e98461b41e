// Formats the partial dates used in content (YYYY, YYYY-MM, YYYY-MM-DD) as a reader expects
// ("2003", "Dec 1979", "15 Aug 2021"), never inventing a day or month the source did not give.
// It holds no schema, so the browser can use it without loading valibot.

/** A calendar date written as YYYY, YYYY-MM or YYYY-MM-DD. */
export const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatPartialDate(date: string, approximate = false): string {
	const match = PARTIAL_DATE.exec(date);
	if (!match) return date;
	const [, year, month, day] = match;
	const parts = [day && String(Number(day)), month && MONTHS[Number(month) - 1], year];
	const text = parts.filter(Boolean).join(' ');
	return approximate ? `c. ${text}` : text;
}
