// Results that keep themselves up to date while students submit: the page's load declares the
// dependency, and a LiveResults asks for it again every few seconds while the tab is visible (and
// at once when it comes back into view). Polling, not a held connection: a class is small, and
// nothing needs to hold a stream open through proxies. It never interrupts the teacher: no poll
// while a navigation is under way (it would cancel it), none while the server cannot be reached
// (the page keeps what it has and says so), and the teacher can pause it (WCAG 2.2.2).
import { invalidate } from '$app/navigation';
import { navigating } from '$app/state';

/** The dependency a results page's load declares. */
export const RESULTS = 'teacher:results';

/** How often a visible results page asks for fresh data. */
export const REFRESH_MS = 5_000;

export class LiveResults {
	paused = $state(false);
	/** True while the last attempt to reach the server failed. */
	unreachable = $state(false);
	#busy = false;

	/** Starts polling; returns the function that stops it (an effect's teardown). */
	start(every = REFRESH_MS): () => void {
		const refresh = () => void this.refresh();
		const timer = setInterval(refresh, every);
		document.addEventListener('visibilitychange', refresh);
		return () => {
			clearInterval(timer);
			document.removeEventListener('visibilitychange', refresh);
		};
	}

	async refresh() {
		if (this.paused || this.#busy || document.visibilityState !== 'visible' || navigating.to)
			return;
		this.#busy = true;
		try {
			// A failed load would replace the page with an error page; ask first whether it would work.
			const health = await fetch('/healthz', { cache: 'no-store' }).catch(() => undefined);
			this.unreachable = !health?.ok;
			if (!this.unreachable && !navigating.to) await invalidate(RESULTS);
		} finally {
			this.#busy = false;
		}
	}
}
