// Seeded shuffling, so one attempt at a quiz can be reproduced (the seed travels in the URL and the
// form) while a retry gets a fresh order. d3-random's LCG gives the numbers, d3-array shuffles.
import { shuffler } from 'd3-array';
import { randomLcg } from 'd3-random';
import { notAsWritten, type Arrange } from '$lib/content/public-question';

/** A new seed: a whole number that fits in a URL without fuss. */
export const newSeed = () => Math.floor(Math.random() * 2 ** 31);

/** Reads a seed from text (a URL or form field); anything else gives undefined. */
export function parseSeed(text: string | null | undefined): number | undefined {
	if (!text || !/^\d{1,10}$/.test(text)) return undefined;
	const seed = Number(text);
	return seed < 2 ** 31 ? seed : undefined;
}

const salted = (seed: number, salt: string) => {
	let h = seed >>> 0;
	for (let i = 0; i < salt.length; i++) h = Math.imul(h ^ salt.charCodeAt(i), 16777619) >>> 0;
	return h / 2 ** 32;
};

/** A shuffle that depends only on the seed and the salt (e.g. a question id). */
export function seededShuffle<T>(items: readonly T[], seed: number, salt = ''): T[] {
	return shuffler(randomLcg(salted(seed, salt)))([...items]);
}

/** An Arrange for toPublicQuestion: seeded, and never the written (correct) order when avoidable. */
export function seededArrange(seed: number, salt: string): Arrange {
	return <T>(items: T[]) => notAsWritten(items, seededShuffle(items, seed, salt));
}

/**
 * Draws `count` items spread evenly across groups (a course quiz takes a few from every lesson),
 * in a seeded order. Groups are taken in turn, each in its own shuffled order.
 */
export function drawAcross<T>(groups: T[][], count: number, seed: number): T[] {
	const queues = groups.map((g, i) => seededShuffle(g, seed, `group-${i}`));
	const drawn: T[] = [];
	while (drawn.length < count && queues.some((q) => q.length))
		for (const queue of queues)
			if (drawn.length < count && queue.length) drawn.push(queue.shift()!);
	return seededShuffle(drawn, seed, 'drawn');
}
