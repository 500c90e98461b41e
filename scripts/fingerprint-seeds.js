// Writes tests/fixtures/seed-fingerprints.json: hashed ten-word runs and sentences of the seed
// reports in ../shared/seeds (quotations of officials left out), so the tests can prove no seed
// sentence is copied into the course without keeping the reports' text in this repository.
// Run again if the seeds change: node scripts/fingerprint-seeds.js [seeds folder]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprints, withoutQuotes } from '../src/lib/content/fingerprints.js';

const folder = process.argv[2] ?? new URL('../../shared/seeds', import.meta.url).pathname;
const hashes = new Set();
const files = readdirSync(folder).filter((f) => f.endsWith('.txt'));
for (const file of files)
	for (const key of fingerprints(withoutQuotes(readFileSync(join(folder, file), 'utf8'))).keys())
		hashes.add(key);
writeFileSync(
	new URL('../tests/fixtures/seed-fingerprints.json', import.meta.url),
	JSON.stringify({ files, hashes: [...hashes].sort() }) + '\n'
);
console.log(`${hashes.size} fingerprints from ${files.length} seed reports`);
