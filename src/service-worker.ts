// The service worker: after one online visit the course reads offline. Installing fetches every
// built file and then every course page, one at a time (cache-plan.ts says which); a new version
// waits until the reader chooses to reload (the page asks it to take over), then deletes the old
// caches. Built files come from the cache; pages from the network, falling back to the cached copy
// (also when the network is slow), then to the offline page. Private and live pages (teacher,
// assignments) are never cached.
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
import { build, files, prerendered, version } from '$service-worker';
import { READY, cacheNames, pagesToKeep, strategyFor } from '$lib/offline/cache-plan';
import { READER_BUSY, readerGate } from '$lib/offline/reader-gate';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHES = cacheNames(version);
const IMMUTABLE = new Set([...build, ...files]);
/** Built files fetched at once: enough to keep a slow connection busy, few enough to pause soon. */
const FILES_AT_ONCE = 4;
const reader = readerGate();

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const assets = await caches.open(CACHES.assets);
			const immutable = [...IMMUTABLE];
			for (let i = 0; i < immutable.length; i += FILES_AT_ONCE) {
				await reader.whenQuiet();
				await assets.addAll(immutable.slice(i, i + FILES_AT_ONCE));
			}
			// One page after another: all at once made the first page the reader is on stutter
			// (bench/timeline). Each on its own, so that one request lost on a poor connection does
			// not lose the rest; past the browser's HTTP cache, so that no page of the last version
			// slips in.
			const pages = await caches.open(CACHES.pages);
			const paths = pagesToKeep(prerendered);
			let saved = 0;
			for (const path of paths) {
				await reader.whenQuiet();
				try {
					const response = await fetch(path, { cache: 'reload' });
					if (response.ok) {
						await pages.put(path, response);
						saved++;
					}
				} catch {
					// lost on the way: the course is not ready offline, and the next install tries again
				}
			}
			if (saved === paths.length) await pages.put(READY, new Response(String(saved)));
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

// The page's "reload to update" button, and the reader's taps and gestures (reader-gate.ts).
sw.addEventListener('message', (event) => {
	if (event.data === 'take-over') sw.skipWaiting();
	else if (event.data === READER_BUSY) reader.busy();
});

async function cacheFirst(request: Request): Promise<Response> {
	return (await caches.match(request)) ?? fetch(request);
}

/** How long a page waits for the network when a saved copy could be shown instead. */
const PATIENCE_MS = 4_000;

/**
 * The network's answer, stored under the page's path (its query strings, ?event= or SvelteKit's
 * ?x-sveltekit-invalidated=, would otherwise fill the cache), or the saved copy when the network
 * fails or is slower than PATIENCE_MS, or for a page never saved, the offline page.
 */
async function networkFirst(request: Request, event: FetchEvent): Promise<Response> {
	const url = new URL(request.url);
	const key = url.origin + url.pathname;
	const network = fetch(request).then(async (response) => {
		if (response.ok && response.type === 'basic' && !response.redirected) {
			const pages = await caches.open(CACHES.pages);
			await pages.put(key, response.clone());
		}
		return response;
	});
	event.waitUntil(network.catch(() => undefined));
	const saved = await caches.match(key);
	if (!saved) {
		try {
			return await network;
		} catch (offline) {
			const page = request.mode === 'navigate' ? await caches.match('/offline') : undefined;
			if (page) return page;
			throw offline;
		}
	}
	return new Promise((resolve) => {
		const slow = setTimeout(() => resolve(saved), PATIENCE_MS);
		network.then(
			(response) => {
				clearTimeout(slow);
				resolve(response);
			},
			() => {
				clearTimeout(slow);
				resolve(saved);
			}
		);
	});
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
	else if (strategy === 'network-first') event.respondWith(networkFirst(request, event));
	else if (
		request.mode === 'navigate' &&
		request.method === 'GET' &&
		url.origin === sw.location.origin
	)
		event.respondWith(networkOrOfflinePage(request));
});
