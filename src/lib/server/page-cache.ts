// Pages rendered per request whose HTML depends on the address alone, kept in memory once
// rendered. /timeline is rendered per request so that `?event=` opens an event without
// JavaScript, yet at one address it is the same for every reader until the next build: from the
// second request on it is sent as a prerendered page would be, without rendering it again
// (about 9 ms per request with the course's events). lru-cache (a well-kept library) bounds what
// is kept, so addresses made up by a crawler cannot fill the memory. SvelteKit still answers a
// reader whose copy is current with a 304, after the hook, from the kept page's ETag.
//
// A kept page must not carry anything made for one request: no cookie, and no CSP nonce (the
// course's CSP allows its scripts by hash; a page whose policy has a nonce is not kept).
import { LRUCache } from 'lru-cache';

/** What is kept of a response: enough to send it again. */
interface KeptPage {
	status: number;
	headers: [string, string][];
	body: string;
}

export interface PageCache {
	/**
	 * Sends the page `request` asks for: the kept copy when these `paths` may be shared and one is
	 * kept, otherwise what `render` makes (kept when every reader may share it). `personal` is true
	 * for a request made for one reader (a signed-in teacher's), which is always rendered afresh.
	 */
	send(request: Request, personal: boolean, render: () => Promise<Response>): Promise<Response>;
}

/** A page can be shared only when it is whole, HTML, and sets nothing for one reader. */
const shareable = (response: Response) =>
	response.status === 200 &&
	!response.headers.has('set-cookie') &&
	!/'nonce-/.test(response.headers.get('content-security-policy') ?? '') &&
	(response.headers.get('content-type') ?? '').startsWith('text/html');

const resend = (page: KeptPage) =>
	new Response(page.body, { status: page.status, headers: new Headers(page.headers) });

export function createPageCache({
	paths,
	pages = 200,
	bytes = 16 * 1024 * 1024
}: {
	/** The paths of the pages that are the same for every reader at one address. */
	paths: string[];
	pages?: number;
	bytes?: number;
}): PageCache {
	const shared = new Set(paths);
	const kept = new LRUCache<string, KeptPage>({
		max: pages,
		maxSize: bytes,
		sizeCalculation: (page) => Math.max(1, Buffer.byteLength(page.body))
	});
	return {
		async send(request, personal, render) {
			// The address as sent: SvelteKit's own data requests (…/__data.json) are not this page.
			const url = new URL(request.url);
			const address =
				!personal && request.method === 'GET' && shared.has(url.pathname)
					? url.pathname + url.search
					: undefined;
			const page = address && kept.get(address);
			if (page) return resend(page);
			const response = await render();
			if (!address || !shareable(response)) return response;
			const fresh: KeptPage = {
				status: response.status,
				headers: [...response.headers],
				body: await response.text()
			};
			kept.set(address, fresh);
			return resend(fresh);
		}
	};
}
