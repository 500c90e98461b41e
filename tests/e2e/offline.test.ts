// The course on a phone with no connection. Each test runs a server of its own and stops it, so
// offline means the server is gone, not only that the page's requests are blocked (Playwright's
// offline mode does not reach a service worker's own fetches). After one online visit: every
// lesson, the timeline, the glossary, the sources and a practice quiz open and work; anything
// never saved shows the offline page. A new deployment is offered, taken with one reload, and its
// pages are what then open offline. Chromium finds the course installable.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { VIEWPORTS, expectAccessible, launchBrowser, launchWithProfile } from './browser';
import { answerWithPointer, course, questionById } from './quiz-answers';
import { startServer, type RunningServer } from './server-process';

let browser: Browser;
const cleanups: (() => Promise<void> | void)[] = [];
beforeAll(async () => {
	browser = await launchBrowser();
});
afterEach(async () => {
	for (const clean of cleanups.splice(0).reverse()) await clean();
});
afterAll(async () => {
	await browser?.close();
});

async function ownServer(options: { port?: number; buildDir?: string; dataDir?: string } = {}) {
	const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'course-offline-'));
	const server = await startServer({ ...options, dataDir });
	cleanups.push(() => server.stop());
	if (!options.dataDir) cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
	return { server, dataDir };
}

async function phone(server: RunningServer): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({
		baseURL: server.url,
		...VIEWPORTS.phone,
		serviceWorkers: 'allow'
	});
	cleanups.push(() => context.close());
	return { context, page: await context.newPage() };
}

/** Waits until the page says the course is saved on this device (the worker has cached it all). */
async function savedForOffline(page: Page) {
	await page
		.getByText('The course is saved on this device')
		.waitFor({ state: 'visible', timeout: 60_000 });
}

async function goOffline(context: BrowserContext, server: RunningServer) {
	await server.stop();
	await context.setOffline(true);
}

describe('offline', () => {
	it('after one online visit, the course opens and works with the server gone', async () => {
		const { server } = await ownServer();
		const { context, page } = await phone(server);
		await page.goto('/');
		await savedForOffline(page);
		await goOffline(context, server);
		// The page says so. (Checked on the page that was open: Debian's Chromium 150 emulating
		// offline reports navigator.onLine as true again in a document opened afterwards.)
		await expect
			.poll(() => page.getByRole('status').first().textContent())
			.toMatch(/You are offline/);

		// A link followed in the page works too: with no page data to fetch, SvelteKit loads the
		// whole page, which the worker has.
		const [firstLesson] = course.lessons;
		await page.locator('.path a').first().tap();
		await page.waitForURL(`**/lessons/${firstLesson.slug}`);
		await expect(page.locator('h1').first().textContent()).resolves.toContain(firstLesson.title);

		for (const lesson of course.lessons) {
			const response = await page.goto(`/lessons/${lesson.slug}`);
			expect(response?.status(), lesson.slug).toBe(200);
			await expect(page.locator('h1').first().textContent()).resolves.toContain(lesson.title);
		}
		await expectAccessible(page);

		for (const path of ['/glossary', '/sources', `/sources/${course.sources[0].id}`]) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(200);
		}

		// The timeline draws its events and opens one.
		await page.goto('/timeline');
		const first = course.events[0];
		await page.goto(`/timeline?event=${first.id}`);
		await expect(page.locator('main').textContent()).resolves.toContain(first.title);

		// A practice quiz is graded on the device.
		await page.goto('/quiz/isis-k');
		const box = page.locator('.runner fieldset');
		await box.waitFor();
		const id = (await box.getAttribute('data-question'))!;
		await answerWithPointer(page, box, questionById.get(id)!, 'right', 'run-', true);
		await page.getByRole('button', { name: 'Check answer' }).tap();
		await expect(page.locator('.runner .verdict').textContent()).resolves.toMatch(/Right/);

		// A page never saved (an assignment) gets the offline page, not the browser's error.
		await page.goto('/a/ACDEFH');
		await expect(page.locator('h1').textContent()).resolves.toBe('You are offline');
		await expectAccessible(page);
	}, 180_000);

	it('a new deployment is offered, taken with a reload, and is what then opens offline', async () => {
		// The second deployment: the same build with another version, and a changed home page.
		const copy = mkdtempSync(join(process.cwd(), '.svelte-kit', 'deploy-'));
		cleanups.push(() => rmSync(copy, { recursive: true, force: true }));
		cpSync('build', copy, { recursive: true });
		const { version } = JSON.parse(readFileSync('build/client/_app/version.json', 'utf8'));
		const next = `${version}-next`;
		// The server prefers the precompressed copies of a file: edit the file, drop those.
		const edit = (file: string, change: (text: string) => string) => {
			const path = join(copy, file);
			writeFileSync(path, change(readFileSync(path, 'utf8')));
			for (const packed of ['.br', '.gz']) rmSync(path + packed, { force: true });
		};
		for (const file of ['client/service-worker.js', 'client/_app/version.json'])
			edit(file, (text) => text.replaceAll(version, next));
		edit('prerendered/index.html', (text) => text.replace('<h1', '<h1 data-deployment="next"'));

		const first = await ownServer();
		const { context, page } = await phone(first.server);
		await page.goto('/');
		await savedForOffline(page);
		await first.server.stop();
		await ownServer({ port: first.server.port, dataDir: first.dataDir, buildDir: copy });

		await page.reload();
		const button = page.getByRole('button', { name: 'Reload to update' });
		await button.waitFor({ timeout: 60_000 });
		await expectAccessible(page);
		const reloaded = page.waitForEvent('load');
		await button.click();
		await reloaded;
		await expect
			.poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 })
			.toEqual(expect.arrayContaining([`course-pages-${next}`, `course-assets-${next}`]));
		await expect(page.evaluate(() => caches.keys())).resolves.toHaveLength(2);
		await expect(page.locator('h1[data-deployment="next"]').count()).resolves.toBe(1);

		await context.setOffline(true);
		await page.reload();
		await expect(page.locator('h1[data-deployment="next"]').count()).resolves.toBe(1);
	}, 180_000);
});

describe('the first download', () => {
	it('waits while the reader is busy on the page, then saves the course once they stop', async () => {
		const { server } = await ownServer();
		const { context, page } = await phone(server);
		// When each request the service worker makes for the course starts.
		const fetched: number[] = [];
		context.on('request', (request) => {
			if (request.serviceWorker()) fetched.push(Date.now());
		});
		await page.goto('/lessons/introduction');
		await page.waitForFunction(
			async () => Boolean((await navigator.serviceWorker.getRegistration())?.installing),
			null,
			{ polling: 50 }
		);
		// The reader taps for five seconds; the worker may finish what it had started, then waits.
		const busyFrom = Date.now();
		while (Date.now() - busyFrom < 5_000) {
			await page.mouse.click(5, 400);
			await page.waitForTimeout(150);
		}
		const busyTo = Date.now();
		expect(fetched.filter((at) => at > busyFrom + 2_000 && at < busyTo)).toEqual([]);
		// Still, the course is saved once they stop.
		await savedForOffline(page);
		expect(fetched.filter((at) => at > busyTo).length).toBeGreaterThan(0);
		await expectAccessible(page);
	});
});

describe('installing', () => {
	it('Chromium finds the course installable', async () => {
		const profile = mkdtempSync(join(tmpdir(), 'course-profile-'));
		const context = await launchWithProfile(profile, {
			...VIEWPORTS.phone,
			serviceWorkers: 'allow'
		});
		cleanups.push(() => rmSync(profile, { recursive: true, force: true }));
		cleanups.push(() => context.close());
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto('/');
		await page.evaluate(() => navigator.serviceWorker.ready);
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
			installabilityErrors: { errorId: string }[];
		};
		expect(installabilityErrors).toEqual([]);
		const manifest = await (await context.request.get('/manifest.webmanifest')).json();
		expect(manifest).toMatchObject({ display: 'standalone', start_url: '/' });
		for (const icon of manifest.icons) {
			const response = await context.request.get(icon.src);
			expect(response.status(), icon.src).toBe(200);
		}
	}, 120_000);
});
