// The cache of pages shared by every reader at one address: a kept page comes back whole with its
// headers, a current copy gets a 304, a page made for one reader is never kept, and what is kept
// stays within its bounds.
import { describe, expect, it } from 'vitest';
import { createPageCache } from '$lib/server/page-cache';

const page = (body: string, init: ResponseInit = {}) =>
	new Response(body, {
		status: 200,
		...init,
		headers: { 'content-type': 'text/html', etag: '"v1"', ...init.headers }
	});

describe('createPageCache', () => {
	it('sends a kept page again with its body, status and headers', async () => {
		const cache = createPageCache();
		expect(cache.get('/timeline?event=a', null)).toBeUndefined();
		const sent = await cache.keep(
			'/timeline?event=a',
			page('<h1>A</h1>', { headers: { 'cross-origin-opener-policy': 'same-origin' } })
		);
		expect(await sent.text()).toBe('<h1>A</h1>');
		const again = cache.get('/timeline?event=a', null)!;
		expect(again.status).toBe(200);
		expect(await again.text()).toBe('<h1>A</h1>');
		expect(again.headers.get('cross-origin-opener-policy')).toBe('same-origin');
		expect(cache.get('/timeline?event=b', null)).toBeUndefined();
	});

	it('answers 304 when the reader already has the kept version', async () => {
		const cache = createPageCache();
		await cache.keep('/timeline', page('<h1>All</h1>'));
		const current = cache.get('/timeline', '"v1"')!;
		expect(current.status).toBe(304);
		expect(current.headers.get('etag')).toBe('"v1"');
		expect(cache.get('/timeline', '"v0"')!.status).toBe(200);
	});

	it('never keeps a page that sets a cookie, an error, or something other than HTML', async () => {
		const cache = createPageCache();
		const kinds = [
			page('mine', { headers: { 'set-cookie': 'session=1' } }),
			page('missing', { status: 404 }),
			new Response('{}', { headers: { 'content-type': 'application/json' } })
		];
		for (const [i, response] of kinds.entries()) {
			const sent = await cache.keep(`/timeline?n=${i}`, response);
			expect(sent).toBe(response);
			expect(cache.get(`/timeline?n=${i}`, null)).toBeUndefined();
		}
	});

	it('keeps at most its number of pages and bytes, dropping the least recently sent', async () => {
		const cache = createPageCache({ pages: 2, bytes: 1000 });
		await cache.keep('/a', page('a'));
		await cache.keep('/b', page('b'));
		cache.get('/a', null);
		await cache.keep('/c', page('c'));
		expect(cache.get('/b', null)).toBeUndefined();
		expect(cache.get('/a', null)).toBeDefined();
		expect(cache.get('/c', null)).toBeDefined();

		await cache.keep('/big', page('x'.repeat(800)));
		await cache.keep('/big2', page('y'.repeat(800)));
		expect(cache.get('/big', null)).toBeUndefined();
		expect(await cache.get('/big2', null)!.text()).toHaveLength(800);
	});
});
