// Limits on how often one address or one account may try to sign in, sign up or join, with
// rate-limiter-flexible's in-memory store (a well-kept library; one server process, so memory is
// the right store). A refused attempt says how long to wait. SIGN_UPS_PER_HOUR changes the one
// limit a deployment may need to: a school running a training session signs many teachers up from
// one address (the browser tests, all from 127.0.0.1, raise it too).
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

const MINUTE = 60;

export const limits = {
	/** Sign-in attempts from one address: generous, as a school's teachers may share one. */
	signInByAddress: new RateLimiterMemory({ points: 50, duration: 15 * MINUTE }),
	/** Failed sign-ins for one email, from anywhere: what stops guessing one teacher's password. */
	signInFailuresByAccount: new RateLimiterMemory({ points: 10, duration: 15 * MINUTE }),
	/** New accounts from one address. */
	signUpByAddress: new RateLimiterMemory({
		points: Number(process.env.SIGN_UPS_PER_HOUR) || 60,
		duration: 60 * MINUTE
	}),
	/** Students joining from one address: a whole class may share one school address. */
	joinByAddress: new RateLimiterMemory({ points: 120, duration: 15 * MINUTE }),
	/** Answers saved from one address: a class of 40 answering every few seconds fits. */
	saveByAddress: new RateLimiterMemory({ points: 1200, duration: MINUTE })
};

export type Limiter = RateLimiterMemory;

/** Counts one attempt against each `[limiter, key]`; returns the wait in seconds when any is used up. */
export async function attempt(...checks: [Limiter, string][]): Promise<number | undefined> {
	let wait = 0;
	for (const [limiter, key] of checks) {
		try {
			await limiter.consume(key);
		} catch (refused) {
			if (!(refused instanceof RateLimiterRes)) throw refused;
			wait = Math.max(wait, Math.ceil(refused.msBeforeNext / 1000));
		}
	}
	return wait || undefined;
}

/** Whether `key` has used up `limiter` already (without counting an attempt). */
export async function usedUp(limiter: Limiter, key: string): Promise<number | undefined> {
	const state = await limiter.get(key);
	return state && state.remainingPoints <= 0 ? Math.ceil(state.msBeforeNext / 1000) : undefined;
}

export const waitMessage = (seconds: number) =>
	`Too many attempts. Please wait ${seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`} and try again.`;
