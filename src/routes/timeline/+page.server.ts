// The timeline: every event with its lane, lesson and sources, and the filters and open event the
// address asks for (?event=, ?lane=, ?lesson=, ?view=list). Rendered on the server for each
// request so that a shared link opens its event even without JavaScript.
//
// SvelteKit's client does not run here (csr = false): the page brings itself to life with its own
// small script (src/lib/timeline/island.ts), which hydrates only the parts that respond to the
// reader. The whole framework would take the page past its 45 KB budget (bench/timeline).
import { readTimelineAddress } from '$lib/timeline/address';
import { timelineItems, timelineLessons } from '$lib/server/timeline-items';
import type { PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = ({ url }) => ({
	items: timelineItems,
	lessons: timelineLessons,
	...readTimelineAddress(url.searchParams, timelineItems, timelineLessons)
});
