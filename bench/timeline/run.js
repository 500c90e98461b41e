// npm run bench:timeline — our /timeline beside TimelineJS, vis-timeline and a plain HTML list,
// drawing the same 30 and 300 events, then ours alone with 3,000. Each figure is the median of
// RUNS visits in Chromium at 390×844 with 4× CPU throttling. Two more pages show where our first
// event's time goes (as-ours.js). Prints a table (with the peer figures the timeline issue quoted
// beside ours) and writes results/timeline.json.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { listOnly, securityHeaders } from './as-ours.js';
import { eventsFor, realEvents } from './events.js';
import { courseSaved, downloadStarted, interact, THROTTLE, visit } from './measure.js';
import { plainList, writePages, writePeerPages } from './peers.js';
import { serveCourse, serveStatic } from './servers.js';

const here = dirname(fileURLToPath(import.meta.url));
const bench = join(here, '..');
const root = join(bench, '..');
const RUNS = Number(process.env.RUNS ?? 5);
// SIZES=300 ONLY=ours narrows a run while working on one figure.
const SIZES = (process.env.SIZES ?? '30,300,3000').split(',').map(Number);
const GENERATED = 3000;
const ONLY = process.env.ONLY;
// What the timeline issue reported for the peers on this kind of machine (30 events unless noted).
const QUOTED = {
	timelinejs: '92 KB, first event ~1.8 s (300 events: ~4.9 s)',
	'vis-timeline': '159 KB, first event ~1.6 s',
	'plain list': 'first event ~0.5 s'
};
// Where each page draws an event.
const SELECTORS = {
	ours: '.list li, .viewport button.event',
	timelinejs: '.tl-slide .tl-headline',
	'vis-timeline': '.vis-item',
	'plain list': 'li',
	'plain list, our headers': 'li',
	'ours, list only': '.list li, .viewport button.event'
};

const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromePath)) {
	console.error(
		`No Chromium at ${chromePath}: install it (apt-get install -y chromium) or set CHROME_PATH.`
	);
	process.exit(1);
}

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const medians = (runs) =>
	Object.fromEntries(
		Object.keys(runs[0])
			.filter((k) => typeof runs[0][k] === 'number')
			.map((k) => [k, median(runs.map((r) => r[k]))])
	);

// Each page is visited in turn within a run, starting with a different page each run, so that
// whatever drifts while the benchmark runs (the browser's state, the machine's other work) falls on
// every page alike. A first, unmeasured visit to each warms its server (code still compiling, files
// not yet read). A page's figures are the medians of its visits from a new tab; `firstFromLink` is
// the median first event of its visits from a link on another site.
async function measureFirst(browser, pages, from) {
	const names = Object.keys(pages);
	const visits = Object.fromEntries(names.map((name) => [name, []]));
	const fromLink = Object.fromEntries(names.map((name) => [name, []]));
	for (const name of names) await (await visit(browser, pages[name], SELECTORS[name])).close();
	for (let i = 0; i < RUNS; i++)
		for (const name of [...names.slice(i % names.length), ...names.slice(0, i % names.length)]) {
			const arrivals = [
				[visits, {}],
				[fromLink, { from }]
			];
			if (i % 2) arrivals.reverse();
			for (const [list, options] of arrivals) {
				const visited = await visit(browser, pages[name], SELECTORS[name], options);
				list[name].push(visited.figures);
				await visited.close();
			}
		}
	return Object.fromEntries(
		names.map((name) => [
			name,
			{
				...medians(visits[name]),
				firstFromLink: median(fromLink[name].map((f) => f.first)),
				blocked: visits[name][0].blocked.length
			}
		])
	);
}

// Zooms and pans ours: once while the service worker downloads the course for offline reading (on
// this machine the server rendering those pages shares the two cores), and once after.
async function measureZoom(browser, url) {
	const zooms = [];
	const zoomsSaved = [];
	for (let i = 0; i < RUNS; i++) {
		const visited = await visit(browser, url, SELECTORS.ours, { worker: true });
		await downloadStarted(visited.page);
		zooms.push(await interact(visited.page, visited.cdp));
		await courseSaved(visited.page);
		const saved = await interact(visited.page, visited.cdp);
		zoomsSaved.push({
			longestTaskSaved: saved.longestTask,
			frameP95Saved: saved.frameP95,
			frameMaxSaved: saved.frameMax
		});
		await visited.close();
	}
	return { ...medians(zooms), ...medians(zoomsSaved) };
}

const browser = await chromium.launch({
	executablePath: chromePath,
	args: ['--no-sandbox', '--headless', '--disable-gpu']
});
const real = realEvents(root);
const results = [];
const pageFolder = mkdtempSync(join(tmpdir(), 'timeline-peers-'));
const peers = await serveStatic({
	'/peer/timelinejs/': join(bench, 'node_modules/@knight-lab/timelinejs/dist/'),
	'/peer/vis-timeline/': join(bench, 'node_modules/vis-timeline/'),
	'/': pageFolder + '/'
});

// A page on another site (localhost, where the pages are on 127.0.0.1) that readers arrive from.
writeFileSync(join(pageFolder, 'elsewhere.html'), '<!doctype html><title>Elsewhere</title>');
const elsewhere = `${peers.origin.replace('127.0.0.1', 'localhost')}/elsewhere.html`;

try {
	for (const size of SIZES) {
		const events = eventsFor(real, size);
		console.error(`Building the course with ${size} events…`);
		const course = await serveCourse(root, events, `${size}`);
		try {
			const pages = { ours: `${course.origin}/timeline` };
			if (size !== GENERATED && ONLY !== 'ours') {
				for (const [name, path] of Object.entries(writePeerPages(pageFolder, events)))
					pages[name] = peers.origin + path;
				const ours = await fetch(pages.ours);
				peers.setHeaders('/as-ours/', securityHeaders(ours));
				const taken = writePages(
					join(pageFolder, 'as-ours'),
					{
						'plain list, our headers': plainList(events),
						'ours, list only': listOnly(await ours.text())
					},
					'/as-ours'
				);
				for (const [name, path] of Object.entries(taken)) pages[name] = peers.origin + path;
			}
			console.error(`Measuring the first event of ${Object.keys(pages).join(', ')} with ${size}…`);
			const first = await measureFirst(browser, pages, elsewhere);
			console.error(`Zooming ours with ${size} events…`);
			const zoom = await measureZoom(browser, pages.ours);
			for (const [name, figures] of Object.entries(first))
				results.push({
					page: name,
					events: size,
					...figures,
					...(name === 'ours' && zoom)
				});
		} finally {
			course.close();
		}
	}
} finally {
	peers.close();
	await browser.close();
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const s = (ms) => (ms / 1000).toFixed(2);
const ms = (value) => (value === undefined ? '' : Math.round(value));
const find = (page, events) => results.find((r) => r.page === page && r.events === events);
// "× plain" is a page's first event over the plain list's: the issue asks ours for 1.2 at most.
const overPlain = (r, key) => {
	const plain = find('plain list', r.events);
	return plain ? (r[key] / plain[key]).toFixed(2) : '';
};
console.log(
	`\nTimeline benchmark, ${new Date().toISOString().slice(0, 10)}: Chromium at 390×844, ${THROTTLE}× CPU throttling, median of ${RUNS} runs, ${cpus().length} cores (${cpus()[0].model.trim()})\n`
);
console.log(
	'| page | events | JS+CSS+fonts KB gzip | × ours | first event s, new tab | × plain | first event s, from a link | × plain | blocking ms | DOM nodes | JS heap MB | zoom: longest task ms | frame p95 ms | zoom, course saved: longest task ms | frame p95 ms |'
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of results) {
	const base = find('ours', r.events);
	console.log(
		`| ${r.page} | ${r.events} | ${kb(r.bytes)} | ${(r.bytes / base.bytes).toFixed(2)} | ${s(r.first)} | ${overPlain(r, 'first')} | ${s(r.firstFromLink)} | ${overPlain(r, 'firstFromLink')} | ${Math.round(r.blocking)} | ${r.nodes} | ${(r.heap / 1048576).toFixed(1)} | ${ms(r.longestTask)} | ${ms(r.frameP95)} | ${ms(r.longestTaskSaved)} | ${ms(r.frameP95Saved)} |`
	);
}
console.log(
	'\n"New tab": the tab starts blank. "From a link": the reader follows a link on another site.'
);
console.log(
	'"Plain list, our headers": the plain list sent with the response headers of our pages. "Ours, list only": our page without the site header, the filter form and the scripts in its head, sent the same way. Both are served by the benchmark\'s static server.'
);
console.log('\nAs the timeline issue quoted the peers (same kind of machine):');
for (const [name, quote] of Object.entries(QUOTED)) console.log(`- ${name}: ${quote}`);
const blocked = results.filter((r) => r.blocked).map((r) => `${r.page} (${r.events})`);
if (blocked.length)
	console.log(
		`\nRequests to other hosts were blocked (no internet here) for: ${blocked.join(', ')}.`
	);
mkdirSync(join(bench, 'results'), { recursive: true });
writeFileSync(
	join(bench, 'results/timeline.json'),
	JSON.stringify(
		{ date: new Date().toISOString(), throttle: THROTTLE, runs: RUNS, results },
		null,
		'\t'
	) + '\n'
);
