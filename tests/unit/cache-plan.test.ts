// What the service worker keeps and how it answers: built files from the cache, course pages from
// the network with a cached fallback, private and live pages never cached; and the pages fetched
// at install, so one visit is enough to read the whole course offline.
import { describe, expect, it } from 'vitest';
import { cacheNames, pagesToKeep, strategyFor } from '$lib/offline/cache-plan';

const ORIGIN = 'https://course.example.org';
const IMMUTABLE = new Set(['/_app/immutable/entry/start.abc123.js', '/favicon.svg']);
const strategy = (path: string, method = 'GET', origin = ORIGIN) =>
	strategyFor(new URL(path, origin), method, ORIGIN, IMMUTABLE);

describe('strategyFor', () => {
	it('serves built and static files from the cache first', () => {
		expect(strategy('/_app/immutable/entry/start.abc123.js')).toBe('cache-first');
		expect(strategy('/favicon.svg')).toBe('cache-first');
	});

	it('serves course pages and their data from the network first', () => {
		for (const path of ['/', '/lessons/isis-k', '/timeline?event=x', '/quiz/course/__data.json'])
			expect(strategy(path), path).toBe('network-first');
	});

	it('never caches teacher pages, assignments, joining, the health check, posts or other sites', () => {
		for (const path of ['/teacher', '/teacher/assignments/3', '/a/ACDEFH', '/join', '/healthz'])
			expect(strategy(path), path).toBe('network-only');
		expect(strategy('/quiz/isis-k?/grade', 'POST')).toBe('network-only');
		expect(strategy('/lessons/isis-k', 'GET', 'https://elsewhere.example')).toBe('network-only');
		// A lesson whose slug merely starts like a private route is still a course page.
		expect(strategy('/about-teachers')).toBe('network-first');
	});
});

describe('pagesToKeep', () => {
	it('adds the timeline, every lesson quiz and the course quiz, with their data', () => {
		const pages = pagesToKeep([
			'/',
			'/lessons/isis-k',
			'/lessons/isis-k/__data.json',
			'/glossary',
			'/timeline/events.json'
		]);
		expect(pages).toEqual(
			expect.arrayContaining([
				'/',
				'/offline',
				'/glossary',
				'/lessons/isis-k',
				'/timeline',
				'/timeline/events.json',
				'/quiz/isis-k',
				'/quiz/isis-k/__data.json',
				'/quiz/course'
			])
		);
		expect(new Set(pages).size).toBe(pages.length);
		// The timeline is never visited client-side (it runs without SvelteKit's client).
		expect(pages).not.toContain('/timeline/__data.json');
	});

	it('names the caches after the version, so a new one replaces them', () => {
		expect(cacheNames('42')).toEqual({ assets: 'course-assets-42', pages: 'course-pages-42' });
	});
});
