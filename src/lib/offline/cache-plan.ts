// What the service worker keeps, and how it answers each request, as pure functions it and the
// tests share. Built files have hashed names and never change, so they come from the cache first.
// Course pages (lessons, timeline, glossary, sources, practice quizzes, home) come from the network
// when it answers, and from the cache when it does not. Teacher pages, assignments, the join form
// and the health check are never cached: they are private or only mean something live.

/** The caches of one deployment; any others are deleted when it takes over. */
export const cacheNames = (version: string) => ({
	assets: `course-assets-${version}`,
	pages: `course-pages-${version}`
});

/** Put in the page cache once every page was saved at install: the course is ready offline. */
export const READY = '/__offline-ready';

export type Strategy = 'cache-first' | 'network-first' | 'network-only';

const PRIVATE = /^\/(teacher|a|join|healthz)(\/|$)/;

export function strategyFor(
	url: URL,
	method: string,
	origin: string,
	immutable: Set<string>
): Strategy {
	if (method !== 'GET' || url.origin !== origin) return 'network-only';
	if (PRIVATE.test(url.pathname)) return 'network-only';
	if (immutable.has(url.pathname)) return 'cache-first';
	return 'network-first';
}

/**
 * The pages fetched when the worker installs, so that one online visit is enough: the prerendered
 * ones (home, lessons, glossary, sources, and the timeline's events), and those rendered per
 * request that a reader needs offline: each lesson's practice quiz, with the data a client-side
 * visit asks for, and the timeline, which is always loaded whole (it has no client-side visits);
 * and the page shown for anything else.
 */
export function pagesToKeep(prerendered: string[]): string[] {
	const lessons = prerendered
		.map((path) => /^\/lessons\/([\w-]+)$/.exec(path)?.[1])
		.filter((slug): slug is string => Boolean(slug));
	const quizzes = [...lessons, 'course'].map((slug) => `/quiz/${slug}`);
	return [
		...new Set([
			'/',
			'/offline',
			...prerendered,
			'/timeline',
			...quizzes.flatMap((path) => [path, `${path}/__data.json`])
		])
	];
}
