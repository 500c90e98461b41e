// Fingerprints of text for the "no copied sentences" check: every run of ten words and every whole
// sentence, normalised and hashed, so the seed reports can be compared with the course without
// keeping their text in the repository. Plain JavaScript so scripts/fingerprint-seeds.js can run
// it on Node 20 without a build step.
import { createHash } from 'node:crypto';

const RUN_LENGTH = 10;
const MIN_SENTENCE_WORDS = 6;

/** @param {string} text */
const words = (text) =>
	text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[’']/g, '')
		.split(/[^a-z0-9]+/)
		.filter(Boolean);

/** @param {string} text */
const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/**
 * Removes quoted passages ("…", “…”): quoting an official, with attribution, is not copying.
 * @param {string} text
 */
export const withoutQuotes = (text) => text.replace(/["“][^"”]*["”]/g, ' ');

/**
 * Each run of RUN_LENGTH words, and each sentence of six words or more, keyed by its hash.
 * @param {string} text
 * @returns {Map<string, string>} hash → the normalised words
 */
export function fingerprints(text) {
	const found = new Map();
	const all = words(text);
	for (let i = 0; i + RUN_LENGTH <= all.length; i++) {
		const run = all.slice(i, i + RUN_LENGTH).join(' ');
		found.set(hash(run), run);
	}
	for (const sentence of text.split(/[.!?\n]+/)) {
		const sentenceWords = words(sentence);
		if (sentenceWords.length >= MIN_SENTENCE_WORDS) {
			const joined = sentenceWords.join(' ');
			found.set(hash(`sentence:${joined}`), joined);
		}
	}
	return found;
}
