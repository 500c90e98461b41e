// The components a lesson's .md file may use:
// import { Check, Cite, Term, TimelineExcerpt } from '$lib/lesson';
export { default as Check } from './Check.svelte';
export { default as Cite } from './Cite.svelte';
export { default as Term } from './Term.svelte';
export { default as TimelineExcerpt } from './TimelineExcerpt.svelte';
