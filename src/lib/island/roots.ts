// Where a page run without SvelteKit's client (the timeline) hydrates its parts one by one: each
// is an element holding one component inside a <svelte:boundary>, whose server output is exactly
// what Svelte's hydrate() expects of a component on its own.
export const ISLAND_ROOTS = {
	preferences: 'island-preferences',
	banner: 'island-banner',
	saved: 'island-saved',
	timeline: 'island-timeline'
} as const;
