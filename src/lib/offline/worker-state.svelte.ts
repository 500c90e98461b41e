// What the page knows of the service worker and the connection, as shared reactive state: whether
// the course is saved for offline reading (this version's worker saved every page), whether the
// browser is offline, and a new version's worker waiting to take over. `watch` starts it once,
// from the layout (or the timeline's own script), and registers the worker; `update` lets the
// waiting worker take over and reloads.
import { dev } from '$app/environment';
import { base } from '$app/paths';
import { READY, cacheNames } from './cache-plan';
import { QUIET_MS, READER_BUSY, busySignal } from './reader-gate';

export const worker = $state({
	savedOffline: false,
	offline: false,
	waiting: undefined as ServiceWorker | undefined
});

let watching = false;
/** The deployment this page belongs to, which names its caches. */
let version = '';
/** This page's registration of the worker, once made. */
let registered: ServiceWorkerRegistration | undefined;
/** When the reader last did something on the page (Date.now()). */
let lastInput = -Infinity;

export function watch(pageVersion: string): void {
	if (watching) return;
	watching = true;
	version = pageVersion;
	worker.offline = !navigator.onLine;
	addEventListener('offline', () => (worker.offline = true));
	addEventListener('online', () => (worker.offline = false));
	if ('serviceWorker' in navigator) {
		watchReader();
		whenIdle(() => void register(navigator.serviceWorker));
		void watchWorker(navigator.serviceWorker);
	}
}

/**
 * Soon after the page has started: at the browser's first idle moment (or within a few seconds)
 * once the reader has been still for QUIET_MS, as the download waits for them anyway.
 */
function whenIdle(run: () => void) {
	const whenStill = () => {
		const wait = lastInput + QUIET_MS - Date.now();
		if (wait > 0) setTimeout(() => whenIdle(run), wait);
		else run();
	};
	if ('requestIdleCallback' in window) requestIdleCallback(whenStill, { timeout: 5_000 });
	else setTimeout(whenStill, 1_000);
}

/**
 * Installing the worker downloads the whole course. SvelteKit would register it at the `load`
 * event, in the middle of a slow phone's start-up (the page's start-up took twice as long beside
 * it, bench/timeline); here it waits until the page has come to life (`watch` runs from the
 * layout's onMount), the browser is idle and the reader still.
 */
async function register(container: ServiceWorkerContainer) {
	try {
		registered = await container.register(`${base}/service-worker.js`, {
			type: dev ? 'module' : 'classic'
		});
	} catch {
		// refused (private browsing, blocked by the browser): the course still works online
	}
}

/** Inputs that mean the reader is busy on the page: taps, drags, pinches, the wheel, keys. */
const READER_INPUTS = ['pointerdown', 'pointermove', 'wheel', 'keydown', 'touchmove'] as const;

/**
 * Follows the reader's input: the worker is registered once they are still, and while it installs,
 * that is while it downloads the course (on the first visit, or a new version's), it is told each
 * time they do something, so that it holds its next request until they stop (reader-gate.ts).
 */
function watchReader() {
	const signal = busySignal(() => registered?.installing?.postMessage(READER_BUSY));
	const onInput = (event: Event) => {
		// A mouse moving over the page is not a gesture; one with a button down is a drag.
		if (event.type === 'pointermove' && (event as PointerEvent).buttons === 0) return;
		lastInput = Date.now();
		// Only an installing worker is listening, and the throttle should not spend its turn on none.
		if (registered?.installing) signal();
	};
	for (const type of READER_INPUTS)
		addEventListener(type, onInput, { capture: true, passive: true });
}

async function checkSaved() {
	const name = cacheNames(version).pages;
	worker.savedOffline =
		(await caches.has(name)) && Boolean(await (await caches.open(name)).match(READY));
}

async function watchWorker(container: ServiceWorkerContainer) {
	const registration = await container.ready;
	await checkSaved();
	const noticeWaiting = () => {
		// A worker waiting while another controls the page is a new version; the first one is not.
		if (registration.waiting && container.controller) worker.waiting = registration.waiting;
	};
	noticeWaiting();
	registration.addEventListener('updatefound', () => {
		const installing = registration.installing;
		installing?.addEventListener('statechange', () => {
			if (installing.state === 'installed') noticeWaiting();
		});
	});
	container.addEventListener('controllerchange', checkSaved);
}

export function update(): void {
	navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
		once: true
	});
	worker.waiting?.postMessage('take-over');
}
