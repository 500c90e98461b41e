// What the page knows of the service worker and the connection, as shared reactive state: whether
// the course is saved for offline reading (this version's worker saved every page), whether the browser is offline, and a new version's worker waiting to take over.
// `watch` starts it once, from the layout; `update` lets the waiting worker take over and reloads.
import { version } from '$app/environment';
import { READY, cacheNames } from './cache-plan';

export const worker = $state({
	savedOffline: false,
	offline: false,
	waiting: undefined as ServiceWorker | undefined
});

let watching = false;

export function watch(): void {
	if (watching) return;
	watching = true;
	worker.offline = !navigator.onLine;
	addEventListener('offline', () => (worker.offline = true));
	addEventListener('online', () => (worker.offline = false));
	if ('serviceWorker' in navigator) void watchWorker(navigator.serviceWorker);
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
