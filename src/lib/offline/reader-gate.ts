// The first visit's download of the whole course gives way to the reader: while they tap, drag,
// pinch, scroll or type, the page tells the installing service worker, which holds its next
// request until they have been still for a moment. On a slow phone the download otherwise shares
// the processor with the reader's gestures (bench/timeline: zooming 300 events, the longest task
// went from 62 ms to 165 ms while it ran). Pure, with the clock passed in, so tests drive it.

/** What the page posts to the installing worker when the reader does something. */
export const READER_BUSY = 'reader-busy';

/** How long after the reader's last input the download resumes. */
export const QUIET_MS = 1_000;

/** The page posts at most this often, however many inputs it gets. */
export const SIGNAL_EVERY_MS = 250;

/** Past this much holding in all, the download goes on regardless: the install must finish. */
export const MOST_HELD_MS = 60_000;

export interface Clock {
	now(): number;
	sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
	now: () => Date.now(),
	sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};

/** The worker's side: `busy()` on each message, `whenQuiet()` before each request. */
export function readerGate(clock: Clock = realClock) {
	let quietAt = 0;
	let held = 0;
	return {
		busy() {
			quietAt = clock.now() + QUIET_MS;
		},
		/** Resolves once the reader has been still for QUIET_MS (at once if they already were). */
		async whenQuiet() {
			while (clock.now() < quietAt && held < MOST_HELD_MS) {
				const wait = Math.min(quietAt - clock.now(), MOST_HELD_MS - held);
				held += wait;
				await clock.sleep(wait);
			}
		}
	};
}

/** The page's side: calls `post` for an input, unless it did less than SIGNAL_EVERY_MS ago. */
export function busySignal(post: () => void, now: () => number = Date.now) {
	let last = -Infinity;
	return () => {
		const at = now();
		if (at - last < SIGNAL_EVERY_MS) return;
		last = at;
		post();
	};
}
