// The security headers every response carries, pages rendered per request (hooks.server.ts) and
// prerendered pages and built files (serve.js) alike. The Content-Security-Policy is SvelteKit's
// (svelte.config.js): a header on rendered pages, a meta element on prerendered ones.
export const SECURITY_HEADERS = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'x-frame-options': 'DENY',
	'cross-origin-opener-policy': 'same-origin',
	'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()'
};
