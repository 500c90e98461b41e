// Every page of the site at phone and desktop size: it answers, shows its heading, logs no errors,
// passes axe in light and dark themes, scrolls nothing sideways at 320 px, and reads without JS;
// pages rendered per request arrive compressed, and the timeline kept in memory (page-cache.ts) is
// never sent in place of data or to a teacher whose session needs an answer.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	VIEWPORTS,
	baseURL,
	expectAccessible,
	expectNoSidewaysScroll,
	launchBrowser,
	visit,
	type ViewportName
} from './browser';
import { LESSON_SLUGS } from '../lesson-slugs';

const PAGES = [
	{ path: '/', heading: 'Russia and the Taliban, 1979–2025' },
	...LESSON_SLUGS.map((slug) => ({ path: `/lessons/${slug}`, heading: /\w/ })),
	{ path: '/sources', heading: 'Sources and claims' },
	{ path: '/glossary', heading: 'Glossary' },
	{ path: '/timeline', heading: 'Timeline' },
	{ path: '/quiz', heading: 'Quizzes' },
	{ path: '/quiz/course', heading: 'Quiz: The whole course' },
	...LESSON_SLUGS.map((slug) => ({ path: `/quiz/${slug}`, heading: /^Quiz: / })),
	{ path: '/teacher', heading: 'For teachers' },
	{ path: '/teacher/signup', heading: 'Create a teacher account' }
];

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('at %s size', (size) => {
	it.each(PAGES)('$path answers, is accessible and logs no errors', async ({ path, heading }) => {
		const { page, status, errors } = await visit(browser, path, VIEWPORTS[size]);
		expect(status).toBe(200);
		await expect(page.locator('h1').textContent()).resolves.toMatch(heading);
		await expectAccessible(page);
		await expectNoSidewaysScroll(page);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('every source record page answers and is accessible', async () => {
		const { page } = await visit(browser, '/sources', VIEWPORTS[size]);
		const first = await page.locator('a[href^="/sources/"]').first().getAttribute('href');
		expect(first).toBeTruthy();
		const record = await page.goto(first!);
		expect(record?.status()).toBe(200);
		await expectAccessible(page);
		await page.context().close();
	});

	it('an unknown address shows the site’s own 404 page', async () => {
		const { page, status } = await visit(browser, '/no-such-page', VIEWPORTS[size]);
		expect(status).toBe(404);
		await expect(page.locator('h1').textContent()).resolves.toBe('We could not find that page');
		await expect(page.locator('nav[aria-label="Main"]').count()).resolves.toBe(1);
		await expectAccessible(page);
		await page.context().close();
	});
});

describe('in the dark theme', () => {
	it.each(PAGES)('$path passes axe (contrast included)', async ({ path }) => {
		const { page } = await visit(browser, path, { ...VIEWPORTS.phone, colorScheme: 'dark' });
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(background).not.toBe('rgb(251, 250, 247)');
		await expectAccessible(page);
		await page.context().close();
	});
});

describe('at 320 px wide', () => {
	it.each(PAGES)('$path scrolls nothing sideways', async ({ path }) => {
		const { page } = await visit(browser, path, {
			...VIEWPORTS.phone,
			viewport: { width: 320, height: 640 }
		});
		await expectNoSidewaysScroll(page);
		await page.context().close();
	});
});

describe('without JavaScript', () => {
	it.each(PAGES)('$path shows its content', async ({ path, heading }) => {
		const { page, status } = await visit(browser, path, {
			...VIEWPORTS.phone,
			javaScriptEnabled: false
		});
		expect(status).toBe(200);
		await expect(page.locator('h1').textContent()).resolves.toMatch(heading);
		await expect(page.locator('main').innerText()).resolves.toMatch(/\w{3,}/);
		await page.context().close();
	});

	it('the lessons are reachable from the home page by their links', async () => {
		const { page } = await visit(browser, '/', { ...VIEWPORTS.phone, javaScriptEnabled: false });
		await page.getByRole('link', { name: /Start with/ }).click();
		await page.waitForURL('**/lessons/introduction');
		await expect(page.locator('.footnotes li').count()).resolves.toBeGreaterThan(0);
		await page.context().close();
	});
});

describe('keyboard', () => {
	it('the first Tab reaches the skip link, which moves focus to the content', async () => {
		const { page } = await visit(browser, '/lessons/introduction', VIEWPORTS.desktop);
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
			'Skip to content'
		);
		await page.keyboard.press('Enter');
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
		await page.context().close();
	});
});

describe('over the wire', () => {
	it('a page rendered per request arrives compressed, and reads whole', async () => {
		for (const encoding of ['br', 'gzip']) {
			const response = await fetch(new URL('/timeline', baseURL()), {
				headers: { 'accept-encoding': encoding }
			});
			expect(response.headers.get('content-encoding')).toBe(encoding);
			expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
			await expect(response.text()).resolves.toMatch(/<h1[^>]*>Timeline<\/h1>[\s\S]*<\/html>/);
		}
	});

	it('a data request for the timeline gets data, not the page kept in memory', async () => {
		await fetch(new URL('/timeline', baseURL()));
		const response = await fetch(new URL('/timeline/__data.json', baseURL()));
		expect(response.headers.get('content-type')).toMatch(/^application\/json/);
		expect((await response.json()).type).toBe('data');
	});

	it('a teacher whose session has ended is still signed out on a kept page', async () => {
		const address = new URL('/timeline', baseURL());
		await fetch(address);
		const response = await fetch(address, { headers: { cookie: 'teacher_session=ended' } });
		expect(response.status).toBe(200);
		expect(response.headers.get('set-cookie')).toMatch(/^teacher_session=;.*Max-Age=0/);
	});
});
