// The course download on a first visit waits while the reader is busy on the page: the worker
// holds its next request until the reader has been still for a moment, but never for good; the
// page tells it at most a few times a second, however many inputs it gets.
import { describe, expect, it } from 'vitest';
import {
	MOST_HELD_MS,
	QUIET_MS,
	SIGNAL_EVERY_MS,
	busySignal,
	readerGate,
	type Clock
} from '$lib/offline/reader-gate';

/** A clock whose sleeps pass at once, moving its time on; it records how long each one was. */
function fakeClock(): Clock & { slept: number[]; time: number } {
	const clock = {
		time: 0,
		slept: [] as number[],
		now: () => clock.time,
		sleep: async (ms: number) => {
			clock.slept.push(ms);
			clock.time += ms;
		}
	};
	return clock;
}

describe('readerGate', () => {
	it('lets the download go on at once when the reader has done nothing', async () => {
		const clock = fakeClock();
		await readerGate(clock).whenQuiet();
		expect(clock.slept).toEqual([]);
	});

	it('holds the next request until the reader has been still for QUIET_MS', async () => {
		const clock = fakeClock();
		const gate = readerGate(clock);
		gate.busy();
		clock.time += 400;
		await gate.whenQuiet();
		expect(clock.slept).toEqual([QUIET_MS - 400]);
		expect(clock.time).toBe(QUIET_MS);
	});

	it('waits again when the reader goes on while it waits', async () => {
		const clock = fakeClock();
		const gate = readerGate(clock);
		gate.busy();
		const sleep = clock.sleep;
		let once = false;
		clock.sleep = async (ms) => {
			await sleep(ms / 2);
			// Half-way through the wait, another tap.
			if (!once) {
				once = true;
				gate.busy();
			}
			await sleep(ms / 2);
		};
		await gate.whenQuiet();
		expect(clock.time).toBe(QUIET_MS / 2 + QUIET_MS);
	});

	it('never holds the download for more than MOST_HELD_MS in all', async () => {
		const clock = fakeClock();
		const gate = readerGate(clock);
		for (let request = 0; request < 200; request++) {
			gate.busy();
			await gate.whenQuiet();
		}
		expect(clock.slept.reduce((a, b) => a + b, 0)).toBe(MOST_HELD_MS);
	});
});

describe('busySignal', () => {
	it('tells the worker at most once every SIGNAL_EVERY_MS', () => {
		let now = 0;
		let posted = 0;
		const signal = busySignal(
			() => posted++,
			() => now
		);
		for (; now < 1000; now += 10) signal();
		expect(posted).toBe(1000 / SIGNAL_EVERY_MS);
	});
});
