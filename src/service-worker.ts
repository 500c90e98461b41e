// The service worker: after one online visit the course reads offline. Installing fetches every
// built file and every course page (cache-plan.ts says which); a new version waits until the
// reader chooses to reload (the page asks it to take over), then deletes the old caches.
// Built files come from the cache; pages from the network, falling back to the cached copy, then
// to the offline page. Private and live pages (teacher, assignments) are never cached.
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
import { build, files, prerendered, version } from '$service-worker';
import { cacheNames, pagesToKeep, strategyFor } from '$lib/offline/cache-plan';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHES = cacheNames(version);
const IMMUTABLE = new Set([...build, ...files]);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const assets = await caches.open(CACHES.assets);
			await assets.addAll([...IMMUTABLE]);
			const pages = await caches.open(CACHES.pages);
			await pages.addAll(pagesToKeep(prerendered));
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const mine = new Set(Object.values(CACHES));
			for (const key of await caches.keys()) if (!mine.has(key)) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

// The page's "reload to update" button.
sw.addEventListener('message', (event) => {
	if (event.data === 'take-over') sw.skipWaiting();
});

async function cacheFirst(request: Request): Promise<Response> {
	return (await caches.match(request)) ?? fetch(request);
}

async function networkFirst(request: Request): Promise<Response> {
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic') {
			const pages = await caches.open(CACHES.pages);
			await pages.put(request, response.clone());
		}
		return response;
	} catch (offline) {
		const url = new URL(request.url);
		const cached =
			(await caches.match(request)) ??
			// A page's data is asked for with changing query strings; any copy of it will do.
			(url.pathname.endsWith('/__data.json')
				? await caches.match(url.pathname, { ignoreSearch: true })
				: undefined) ??
			// ?event=, ?lesson= and the like on a page read from the same cached page.
			(url.search ? await caches.match(url.pathname) : undefined) ??
			(request.mode === 'navigate' ? await caches.match('/offline') : undefined);
		if (cached) return cached;
		throw offline;
	}
}

/** A private page is never cached, but without a connection it gets the offline page. */
async function networkOrOfflinePage(request: Request): Promise<Response> {
	try {
		return await fetch(request);
	} catch (offline) {
		const page = await caches.match('/offline');
		if (page) return page;
		throw offline;
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	const strategy = strategyFor(url, request.method, sw.location.origin, IMMUTABLE);
	if (strategy === 'cache-first') event.respondWith(cacheFirst(request));
	else if (strategy === 'network-first') event.respondWith(networkFirst(request));
	else if (
		request.mode === 'navigate' &&
		request.method === 'GET' &&
		url.origin === sw.location.origin
	)
		event.respondWith(networkOrOfflinePage(request));
});
