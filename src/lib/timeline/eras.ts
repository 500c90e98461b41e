// The eras drawn as labelled bands behind the events. Their bounds are events in the course, each
// sourced there: the invasion (Dec 1979), the last Soviet troops leaving (15 Feb 1989), the Taliban
// taking Kabul (27 Sep 1996), the Taliban losing it (13 Nov 2001), and its fall to them again (15 Aug 2021).
export interface Era {
	id: string;
	name: string;
	/** What a band too narrow for its name shows instead, where the name is long. */
	short?: string;
	start: string;
	end?: string;
}

export const ERAS: Era[] = [
	{ id: 'soviet-war', name: 'Soviet war', start: '1979-12-24', end: '1989-02-15' },
	{ id: 'civil-war', name: 'Civil war', start: '1989-02-15', end: '1996-09-27' },
	{
		id: 'first-taliban-rule',
		name: 'First Taliban rule',
		short: 'Taliban I',
		start: '1996-09-27',
		end: '2001-11-13'
	},
	{
		id: 'islamic-republic',
		name: 'Islamic Republic',
		short: 'Republic',
		start: '2001-11-13',
		end: '2021-08-15'
	},
	{
		id: 'second-taliban-rule',
		name: 'Second Taliban rule',
		short: 'Taliban II',
		start: '2021-08-15'
	}
];
