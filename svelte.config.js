// SvelteKit configuration: Node adapter, mdsvex lessons (.md), runes mode for our own files.
import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import rehypeSlug from 'rehype-slug';

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
		// Absolute links, so a copied link or an offline cache never depends on the page's depth.
		paths: { relative: false },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Only this site's own files run or load. SvelteKit adds a nonce (or, on prerendered pages, a
		// hash) to its inline start-up script; style attributes need 'unsafe-inline' in style-src.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
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
