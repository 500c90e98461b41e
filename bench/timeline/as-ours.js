// Two pages that take our /timeline apart, to show where its first event's time goes beside the
// plain list: the plain list served with our pages' response headers (Cross-Origin-Opener-Policy
// gives a page a new process, see measure.js), and our own page with only its list left (the site
// header, the filter form and the scripts in its head taken out), served the same way.
import { SECURITY_HEADERS } from '../../scripts/security-headers.js';

// The headers every page of ours carries (scripts/security-headers.js), and its own CSP.
const COPIED = [...Object.keys(SECURITY_HEADERS), 'content-security-policy'];

/** The response headers of ours that a copy of a page should carry: security, not transport. */
export const securityHeaders = (response) =>
	Object.fromEntries(
		COPIED.filter((name) => response.headers.has(name)).map((name) => [
			name,
			response.headers.get(name)
		])
	);

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
