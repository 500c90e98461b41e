// SvelteKit configuration: Node adapter, mdsvex lessons (.md), runes mode for our own files.
import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import rehypeSlug from 'rehype-slug';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The policy's source for an inline script whose text is exactly the file at `path`. */
const scriptHash = (path) =>
	`sha256-${createHash('sha256').update(readFileSync(path, 'utf8')).digest('base64')}`;
// hooks.server.ts writes this script into every page's head; the policy allows it by its hash.
const beforePaintHash = scriptHash('src/lib/preferences/before-paint.js');
// The timeline's head carries this one, which starts the page's own script after the first paint.
const afterPaintHash = scriptHash('src/lib/island/after-paint.js');

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [vitePreprocess(), mdsvex({ extensions: ['.md'], rehypePlugins: [rehypeSlug] })],
	compilerOptions: {
		// Runes everywhere in our code; packages decide for themselves.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		adapter: adapter(),
		// Registered by the layout once the page has started (src/lib/offline/worker-state).
		serviceWorker: { register: false },
		// Absolute links, so a copied link or an offline cache never depends on the page's depth.
		paths: { relative: false },
		// The stylesheets go into the page's head: the first paint waits for no request (the biggest
		// is about 8 KB before compression). Pages navigated to in the app load them as files.
		inlineStyleThreshold: 10_000,
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Only this site's own files run or load. SvelteKit adds a nonce (or, on prerendered pages, a
		// hash) to its inline start-up script; style attributes need 'unsafe-inline' in style-src.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', beforePaintHash, afterPaintHash],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
