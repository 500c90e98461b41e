// The timeline page's own script. The page is rendered on the server without SvelteKit's client
// (src/routes/timeline), which alone would take it past its 45 KB budget; this script hydrates just
// what responds to the reader: the layout's reading settings, offline banner and saved-offline
// line at once, then, with the events fetched from /timeline/events.json, the timeline itself.
import { hydrate, type Component } from 'svelte';
import { resolve } from '$app/paths';
import { ISLAND_ROOTS } from '$lib/island/roots';
import SavedNotice from '$lib/offline/SavedNotice.svelte';
import WorkerBanner from '$lib/offline/WorkerBanner.svelte';
import { watch } from '$lib/offline/worker-state.svelte';
import ReadingPreferences from '$lib/preferences/ReadingPreferences.svelte';
import { readTimelineAddress } from './address';
import TimelinePage from './TimelinePage.svelte';
import type { TimelineItem } from './types';

interface Events {
	items: TimelineItem[];
	lessons: { slug: string; title: string }[];
}

/** Hydrates the component rendered inside the element `id` (see src/lib/island/roots). */
function hydrateIn<Props extends Record<string, unknown>>(
	id: string,
	component: Component<Props>,
	props: Props
) {
	const target = document.getElementById(id);
	if (target) hydrate(component, { target, props });
	// The page always has all of them: a missing one was not read yet when this ran (after-paint.js).
	else console.warn(`Nothing to bring to life in #${id}.`);
}

// When the script started, after the page's first frame (src/lib/island/after-paint.js).
performance.mark('timeline-island-start');

const root = document.getElementById(ISLAND_ROOTS.timeline);

hydrateIn(ISLAND_ROOTS.preferences, ReadingPreferences, {});
hydrateIn(ISLAND_ROOTS.banner, WorkerBanner, {});
hydrateIn(ISLAND_ROOTS.saved, SavedNotice, {});

// Until the page is alive, Back or Forward between its own steps (from before a reload, say) loads
// the address afresh, as it would without JavaScript; once alive, the page follows them itself.
const loadedSearch = location.search;
const reloadOnStep = () => {
	// Not for a link within the page (the skip link), which changes only the fragment.
	if (location.search !== loadedSearch) location.reload();
};
addEventListener('popstate', reloadOnStep);

async function startTimeline() {
	const response = await fetch(resolve('/timeline/events.json'));
	if (!response.ok) throw new Error(`The events did not load (${response.status}).`);
	const { items, lessons }: Events = await response.json();
	// The address as the server read it when it rendered the page.
	const address = readTimelineAddress(new URLSearchParams(location.search), items, lessons);
	hydrateIn(ISLAND_ROOTS.timeline, TimelinePage, { items, lessons, ...address });
	removeEventListener('popstate', reloadOnStep);
}

startTimeline()
	.catch((error) => {
		// Without the events (offline before the course was saved), the page stays as the server drew
		// it: the list, the open event's card, and filters that work as a plain form.
		console.warn(error);
	})
	// Only then the service worker, whose download of the whole course would otherwise share a slow
	// phone's start-up with the chart (bench/timeline).
	.finally(() => watch(root?.dataset.version ?? ''));
