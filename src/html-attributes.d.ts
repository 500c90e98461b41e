// HTML attributes that Chromium supports and Svelte's element types do not list yet.
import 'svelte/elements';

declare module 'svelte/elements' {
	interface HTMLLinkAttributes {
		/** `render` holds the first paint until the element is parsed (rel="expect"). */
		blocking?: 'render' | null;
	}
}
