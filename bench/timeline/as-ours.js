// Two pages that take our /timeline apart, to show where its first event's time goes beside the
// plain list: the plain list served with our pages' response headers (Cross-Origin-Opener-Policy
// gives a page a new process, see measure.js), and our own page with only its list left (the site
// header, the filter form and the scripts in its head taken out), served the same way.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The response headers of ours that a copy of a page should carry: security, not transport. */
export function securityHeaders(response) {
	const kept = {};
	for (const [name, value] of response.headers)
		if (
			/^(content-security-policy|cross-origin-|referrer-policy|permissions-policy|x-content-type-options|x-frame-options)/.test(
				name
			)
		)
			kept[name] = value;
	return kept;
}

// What "list only" takes out of our page; each must be found, or the comparison means nothing.
const PARTS = {
	'the site header': /<header class="site-header[\s\S]*?<\/header>/,
	'the filter form': /<form class="filters[\s\S]*?<\/form>/,
	'the reading-settings script': /<script>[\s\S]*?<\/script>/,
	'the island script and its loader':
		/<link rel="modulepreload"[^>]*>[\s\S]*?<script>[\s\S]*?<\/script>/
};

/** Our page's HTML with only its list (and what surrounds it) left. */
export function listOnly(html) {
	let page = html;
	for (const [part, pattern] of Object.entries(PARTS)) {
		if (!pattern.test(page)) throw new Error(`"List only": ${part} is not where it was expected`);
		page = page.replace(pattern, '');
	}
	return page;
}

/** Writes these pages ({ name: html }) into `folder`/as-ours; returns their paths by name. */
export function writeAsOurs(folder, pages) {
	mkdirSync(join(folder, 'as-ours'), { recursive: true });
	return Object.fromEntries(
		Object.entries(pages).map(([name, html]) => {
			const file = `as-ours/${name.replace(/\W+/g, '-')}.html`;
			writeFileSync(join(folder, file), html);
			return [name, `/${file}`];
		})
	);
}
