// The cache of pages shared by every reader at one address: a kept page is sent again whole
// without rendering it again, only for its own paths and plain GETs, never for a teacher's
// request; a page made for one request is never kept; and what is kept stays within its bounds.
import { describe, expect, it } from 'vitest';
import { createPageCache } from '$lib/server/page-cache';

const ORIGIN = 'http://course.test';

const html = (body: string, init: ResponseInit = {}) =>
	new Response(body, {
		status: 200,
		...init,
		headers: { 'content-type': 'text/html', etag: '"v1"', ...init.headers }
	});

/** A renderer that counts its calls and makes the page `make` returns for the address. */
function renderer(make: (address: string) => Response = (address) => html(`<p>${address}</p>`)) {
	const renders: string[] = [];
	return {
		renders,
		for: (address: string) => async () => {
			renders.push(address);
			return make(address);
		}
	};
}

const send = (
	cache: ReturnType<typeof createPageCache>,
	pages: ReturnType<typeof renderer>,
	address: string,
	{ method = 'GET', personal = false } = {}
) => cache.send(new Request(ORIGIN + address, { method }), personal, pages.for(address));

describe('createPageCache', () => {
	it('sends a kept page again, body, status and headers, without rendering it again', async () => {
		const cache = createPageCache({ paths: ['/timeline'] });
		const pages = renderer((address) =>
			html(`<h1>${address}</h1>`, { headers: { 'cross-origin-opener-policy': 'same-origin' } })
		);
		const first = await send(cache, pages, '/timeline?event=a');
		expect(await first.text()).toBe('<h1>/timeline?event=a</h1>');
		const again = await send(cache, pages, '/timeline?event=a');
		expect(again.status).toBe(200);
		expect(await again.text()).toBe('<h1>/timeline?event=a</h1>');
		expect(again.headers.get('cross-origin-opener-policy')).toBe('same-origin');
		expect(again.headers.get('etag')).toBe('"v1"');
		expect(pages.renders).toEqual(['/timeline?event=a']);

		await send(cache, pages, '/timeline?event=b');
		expect(pages.renders).toEqual(['/timeline?event=a', '/timeline?event=b']);
	});

	it('renders afresh a teacher’s request, other paths, SvelteKit’s data requests and other methods', async () => {
		const cache = createPageCache({ paths: ['/timeline'] });
		const pages = renderer();
		for (let i = 0; i < 2; i++) {
			await send(cache, pages, '/timeline', { personal: true });
			await send(cache, pages, '/glossary');
			await send(cache, pages, '/timeline/__data.json');
			await send(cache, pages, '/timeline', { method: 'HEAD' });
		}
		expect(pages.renders).toHaveLength(8);
		// The teacher's render was not kept for the readers either.
		await send(cache, pages, '/timeline');
		expect(pages.renders).toHaveLength(9);
	});

	it('never keeps a page that sets a cookie, carries a nonce, failed, or is not HTML', async () => {
		const cache = createPageCache({ paths: ['/timeline'] });
		const kinds: Response[] = [
			html('mine', { headers: { 'set-cookie': 'teacher_session=; Max-Age=0' } }),
			html('once', { headers: { 'content-security-policy': "script-src 'nonce-abc'" } }),
			html('missing', { status: 404 }),
			new Response('{}', { headers: { 'content-type': 'application/json' } })
		];
		for (const [i, response] of kinds.entries()) {
			const pages = renderer(() => response.clone());
			await send(cache, pages, `/timeline?n=${i}`);
			const again = await send(cache, pages, `/timeline?n=${i}`);
			expect(pages.renders).toHaveLength(2);
			expect(again.status).toBe(response.status);
		}
	});

	it('keeps at most its number of pages and bytes, dropping the least recently sent', async () => {
		const cache = createPageCache({ paths: ['/a', '/b', '/c', '/big'], pages: 2, bytes: 1000 });
		const pages = renderer((address) =>
			html(address.startsWith('/big') ? 'é'.repeat(300) + address : address)
		);
		await send(cache, pages, '/a');
		await send(cache, pages, '/b');
		await send(cache, pages, '/a');
		await send(cache, pages, '/c');
		expect(pages.renders).toEqual(['/a', '/b', '/c']);
		await send(cache, pages, '/b');
		expect(pages.renders).toEqual(['/a', '/b', '/c', '/b']);

		// 300 two-byte characters: two such pages pass 1,000 bytes, though not 1,000 characters.
		await send(cache, pages, '/big?1');
		await send(cache, pages, '/big?2');
		await send(cache, pages, '/big?1');
		expect(pages.renders.filter((a) => a === '/big?1')).toHaveLength(2);
	});
});
