// Times typed into datetime-local fields mean the teacher's own time zone, which the server cannot
// know. Before such a form is sent, each named field's hidden partner `<name>Utc` is given the same
// moment in UTC; without JavaScript the partner stays empty and the server reads the wall-clock
// time as UTC (and the form says so).
export function addUtcTimes(form: HTMLFormElement, names: string[]) {
	for (const name of names) {
		const local = (form.elements.namedItem(name) as HTMLInputElement).value;
		const utc = form.elements.namedItem(`${name}Utc`) as HTMLInputElement;
		const ms = new Date(local).getTime();
		utc.value = Number.isFinite(ms) ? new Date(ms).toISOString() : '';
	}
}
