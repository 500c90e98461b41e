// Pages rendered per request whose HTML depends on the address alone, kept in memory once
// rendered. /timeline is rendered per request so that `?event=` opens an event without
// JavaScript, yet at one address it is the same for every reader until the next build: from the
// second request on it is sent as a prerendered page would be, without rendering it again
// (about 9 ms per request with the course's events). lru-cache (a well-kept library) bounds what
// is kept, so addresses made up by a crawler cannot fill the memory.
import { LRUCache } from 'lru-cache';

/** What is kept of a response: enough to send it again. */
interface KeptPage {
	status: number;
	headers: [string, string][];
	body: string;
}

export interface PageCache {
	/** The kept page at this address, or a 304 when the reader's copy (its ETag) is still current. */
	get(address: string, ifNoneMatch: string | null): Response | undefined;
	/** Keeps this response when every reader may share it; resolves to the response to send. */
	keep(address: string, response: Response): Promise<Response>;
}

/** A reader's page can be shared only when it is whole, HTML, and sets nothing for that reader. */
const shareable = (response: Response) =>
	response.status === 200 &&
	!response.headers.has('set-cookie') &&
	(response.headers.get('content-type') ?? '').startsWith('text/html');

export function createPageCache({ pages = 200, bytes = 16 * 1024 * 1024 } = {}): PageCache {
	const kept = new LRUCache<string, KeptPage>({
		max: pages,
		maxSize: bytes,
		sizeCalculation: (page) => Math.max(1, page.body.length)
	});
	return {
		get(address, ifNoneMatch) {
			const page = kept.get(address);
			if (!page) return undefined;
			const headers = new Headers(page.headers);
			const etag = headers.get('etag');
			if (etag && ifNoneMatch === etag)
				return new Response(null, { status: 304, headers: { etag } });
			return new Response(page.body, { status: page.status, headers });
		},
		async keep(address, response) {
			if (!shareable(response)) return response;
			const page: KeptPage = {
				status: response.status,
				headers: [...response.headers],
				body: await response.text()
			};
			kept.set(address, page);
			return new Response(page.body, { status: page.status, headers: response.headers });
		}
	};
}
