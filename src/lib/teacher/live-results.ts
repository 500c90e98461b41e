// Results that keep themselves up to date while students submit: the page's load declares the
// dependency, and the page asks for it again every few seconds while the tab is visible (and at
// once when it comes back into view). Polling, not a held connection: a class is small, a fetch
// of the page's data is cheap, and nothing needs to hold a stream open through proxies.
import { invalidate } from '$app/navigation';

/** The dependency a results page's load declares. */
export const RESULTS = 'teacher:results';

/** How often a visible results page asks for fresh data. */
export const REFRESH_MS = 5_000;

/** Starts refreshing; returns the function that stops it (an effect's teardown). */
export function keepFresh(every = REFRESH_MS): () => void {
	let busy = false;
	const refresh = async () => {
		if (busy || document.visibilityState !== 'visible') return;
		busy = true;
		try {
			await invalidate(RESULTS);
		} finally {
			busy = false;
		}
	};
	const timer = setInterval(refresh, every);
	document.addEventListener('visibilitychange', refresh);
	return () => {
		clearInterval(timer);
		document.removeEventListener('visibilitychange', refresh);
	};
}
