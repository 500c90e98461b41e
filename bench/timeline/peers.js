// The pages the benchmark compares ours with, each drawing the same events: TimelineJS 3 and
// vis-timeline 8 as their documentation shows them embedded (vis-timeline held to the phone's
// height, scrolling inside), and a plain HTML list. Their files are
// served from bench/node_modules by the benchmark's own static server, never from a CDN.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const escape = (text) =>
	String(text).replace(
		/[&<>"]/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]
	);
// Inline JSON must not close the script element it sits in.
const json = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

const page = (title, head, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>${head}</head>
<body>${body}</body></html>`;

const dateParts = (date) => {
	const [year, month, day] = date.split('-').map(Number);
	return { year, ...(month && { month }), ...(day && { day }) };
};

function timelineJs(events) {
	const data = {
		events: events.map((e) => ({
			start_date: dateParts(e.date),
			...(e.end && { end_date: dateParts(e.end) }),
			text: { headline: e.title, text: e.text },
			group: e.lane
		}))
	};
	return page(
		'TimelineJS',
		`<link rel="stylesheet" href="/peer/timelinejs/css/timeline.css">
<script src="/peer/timelinejs/js/timeline.js"></script>
<style>html,body,#timeline{height:100%;margin:0}</style>`,
		`<div id="timeline"></div>
<script>new TL.Timeline('timeline', ${json(data)}, { script_path: location.origin + '/peer/timelinejs/js/' });</script>`
	);
}

function visTimeline(events) {
	const lanes = [...new Set(events.map((e) => e.lane))].map((id) => ({ id, content: id }));
	const items = events.map((e) => ({
		id: e.id,
		content: escape(e.title),
		start: e.date,
		...(e.end && { end: e.end }),
		group: e.lane
	}));
	return page(
		'vis-timeline',
		`<link rel="stylesheet" href="/peer/vis-timeline/styles/vis-timeline-graph2d.min.css">
<script src="/peer/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"></script>`,
		`<div id="timeline"></div>
<script>new vis.Timeline(document.getElementById('timeline'), new vis.DataSet(${json(items)}), ${json(lanes)}, { maxHeight: 780, verticalScroll: true });</script>`
	);
}

/** A plain HTML list of the events: the floor every timeline is measured against. */
export function plainList(events) {
	const items = events
		.map(
			(e) =>
				`<li><time datetime="${e.date}">${e.date}</time> <b>${escape(e.title)}</b><p>${escape(e.text)}</p></li>`
		)
		.join('\n');
	return page(
		'Plain list',
		'<style>body{font:16px/1.5 system-ui,sans-serif;margin:1rem}li{margin-bottom:1rem}</style>',
		`<h1>Timeline</h1><ol>${items}</ol>`
	);
}

/** Writes `pages` ({ name: html }) into `folder`; returns their paths by name, under `prefix`. */
export function writePages(folder, pages, prefix = '') {
	mkdirSync(folder, { recursive: true });
	return Object.fromEntries(
		Object.entries(pages).map(([name, html]) => {
			const file = `${name.replace(/\W+/g, '-')}.html`;
			writeFileSync(join(folder, file), html);
			return [name, `${prefix}/${file}`];
		})
	);
}

/** Writes the three peer pages for these events into `folder`; returns their paths by name. */
export function writePeerPages(folder, events) {
	return writePages(folder, {
		timelinejs: timelineJs(events),
		'vis-timeline': visTimeline(events),
		'plain list': plainList(events)
	});
}
