// Rate limits: attempts are counted per key, a used-up key is refused with how long to wait, and
// other keys are unaffected.
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { describe, expect, it } from 'vitest';
import { attempt, usedUp, waitMessage } from '$lib/server/rate-limit';

describe('attempt', () => {
	it('refuses a key once its points are used, with the seconds left, and only that key', async () => {
		const limiter = new RateLimiterMemory({ points: 3, duration: 600 });
		for (let i = 0; i < 3; i++) expect(await attempt([limiter, '10.0.0.1'])).toBeUndefined();
		const wait = await attempt([limiter, '10.0.0.1']);
		expect(wait).toBeGreaterThan(590);
		expect(wait).toBeLessThanOrEqual(600);
		expect(await usedUp(limiter, '10.0.0.1')).toBeGreaterThan(590);
		expect(await attempt([limiter, '10.0.0.2'])).toBeUndefined();
		expect(await usedUp(limiter, '10.0.0.3')).toBeUndefined();
	});

	it('says how long to wait in words', () => {
		expect(waitMessage(30)).toBe('Too many attempts. Please wait 30 seconds and try again.');
		expect(waitMessage(600)).toBe('Too many attempts. Please wait 10 minutes and try again.');
	});
});
