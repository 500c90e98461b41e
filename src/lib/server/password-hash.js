// Password hashing with scrypt from node:crypto (memory-hard; no native add-on to build). Plain
// JavaScript so that the admin command (scripts/teacher.js) uses the very same code as the server.
// A hash reads scrypt$N$r$p$salt$key (base64), so the cost can rise later without breaking old ones.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

// 2^15 × 8 × 128 bytes = 32 MiB per hash: OWASP's minimum for scrypt is N=2^17 at r=8 for
// interactive logins on big servers; this is tuned for a small classroom server with 2 cores.
const COST = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;

/** @param {string} password @param {Buffer} salt @param {{ N: number, r: number, p: number }} cost */
function derive(password, salt, cost) {
	return new Promise((resolve, reject) =>
		scrypt(
			password.normalize('NFKC'),
			salt,
			KEY_LENGTH,
			{ ...cost, maxmem: 256 * cost.N * cost.r },
			(error, key) => (error ? reject(error) : resolve(key))
		)
	);
}

/** @param {string} password @returns {Promise<string>} */
export async function hashPassword(password) {
	const salt = randomBytes(16);
	const key = await derive(password, salt, COST);
	return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), key.toString('base64')].join(
		'$'
	);
}

/**
 * Whether `password` matches `stored`. A malformed hash never matches.
 * @param {string} password @param {string} stored @returns {Promise<boolean>}
 */
export async function verifyPassword(password, stored) {
	const [scheme, N, r, p, salt, key] = stored.split('$');
	if (scheme !== 'scrypt' || !key) return false;
	const expected = Buffer.from(key, 'base64');
	const actual = /** @type {Buffer} */ (
		await derive(password, Buffer.from(salt, 'base64'), { N: +N, r: +r, p: +p })
	);
	return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** @type {Promise<string> | undefined} */
let nobody;

/** A hash of a password nobody knows: checked against when an email is unknown, so that a wrong
 * email takes as long to refuse as a wrong password. @returns {Promise<string>} */
export const nobodysHash = () => (nobody ??= hashPassword(randomBytes(18).toString('base64')));
