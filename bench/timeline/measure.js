// One measured visit in Chromium, as a reader on a mid-range phone: 390×844, touch, 4× CPU
// throttling, empty cache. It records the JS, CSS and font bytes the page downloads (each gzipped
// at level 9, so servers' compression does not matter), when the first event is visible, the main
// thread's long tasks, the DOM size and the JS heap. Styles and scripts inlined in the page count
// as downloaded bytes too. A visit starts in a new tab, or as a reader arriving from another site:
// see `visit`. `interact` then runs gestures and records the long tasks and frame times they cause.
import { gzipSync } from 'node:zlib';

export const PHONE = {
	viewport: { width: 390, height: 844 },
	isMobile: true,
	hasTouch: true,
	deviceScaleFactor: 2,
	// The course scrolls smoothly otherwise, and a scripted tap lands where a button was mid-scroll.
	reducedMotion: 'reduce'
};
export const THROTTLE = 4;

// Runs in the page before its own scripts: watches for the first visible event and long tasks.
const probe = (selector) => {
	const bench = (window.__bench = { first: null, tasks: [], frames: [] });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			bench.tasks.push({ start: e.startTime, duration: e.duration });
	}).observe({ type: 'longtask', buffered: true });
	const inView = (el) => {
		const box = el.getBoundingClientRect();
		return (
			box.width > 0 &&
			box.height > 0 &&
			box.bottom > 0 &&
			box.right > 0 &&
			box.top < innerHeight &&
			box.left < innerWidth &&
			el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
		);
	};
	const look = () => {
		if (bench.first !== null) return;
		for (const el of document.querySelectorAll(selector))
			if (inView(el)) {
				bench.first = performance.now();
				return;
			}
		requestAnimationFrame(look);
	};
	requestAnimationFrame(look);
};

const KINDS = new Set(['script', 'stylesheet', 'font']);

/**
 * Opens `url`; resolves to the figures of that visit, with the page still open for `interact`.
 * Without `from`, the tab starts blank and goes to `url`. With `from` (a page on another site), the
 * reader is first on that page and follows a link to `url`, as from a search result or a
 * message. The two differ for a page sent with Cross-Origin-Opener-Policy, as ours is: Chromium
 * reuses a blank tab's process for a page without it, but gives a page with it a new process. A
 * reader coming from another site gets a new process either way.
 * Service workers run only with `worker`: otherwise the one our page registers would go on
 * downloading the course from the server after the visit, and slow the next one.
 */
export async function visit(browser, url, selector, { from, worker = false } = {}) {
	const context = await browser.newContext({
		...PHONE,
		serviceWorkers: worker ? 'allow' : 'block'
	});
	const origin = new URL(url).origin;
	const start = from && new URL(from).origin;
	const blocked = [];
	await context.route('**/*', (route) => {
		const target = route.request().url();
		if (
			target.startsWith(origin) ||
			(start && target.startsWith(start)) ||
			target.startsWith('data:')
		)
			return route.continue();
		blocked.push(target);
		return route.abort();
	});
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
	await cdp.send('Performance.enable');
	const bodies = [];
	page.on('response', (response) => {
		const kind = response.request().resourceType();
		if (KINDS.has(kind))
			bodies.push(
				response.body().then(
					(b) => gzipSync(b, { level: 9 }).length,
					() => 0
				)
			);
	});
	await page.addInitScript(probe, selector);
	if (from) {
		await page.goto(from);
		await page.setContent(`<a href="${url}">The timeline</a>`);
		await Promise.all([
			page.waitForURL(url, { waitUntil: 'load', timeout: 120_000 }),
			page.getByRole('link').click()
		]);
	} else await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
	await page.waitForFunction(() => window.__bench.first !== null, null, {
		timeout: 120_000,
		polling: 100
	});
	await page.waitForTimeout(1000);
	const bench = await page.evaluate(() => ({
		first: window.__bench.first,
		tasks: window.__bench.tasks,
		nodes: document.getElementsByTagName('*').length
	}));
	await cdp.send('HeapProfiler.collectGarbage');
	const { metrics } = await cdp.send('Performance.getMetrics');
	const heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
	// Styles and scripts written into the page count too, except a SvelteKit start-up script, which
	// carries a page's data (the events), as the peers' pages carry theirs inline. Our /timeline has
	// none now: it runs its own script, which fetches the events as JSON (data, not counted).
	const inline = await page.evaluate(() =>
		[...document.querySelectorAll('style, script:not([src])')]
			.map((el) => el.textContent)
			.filter((text) => !text.includes('__sveltekit_'))
	);
	const inlineBytes = inline.reduce((sum, text) => sum + gzipSync(text, { level: 9 }).length, 0);
	const bytes = (await Promise.all(bodies)).reduce((a, b) => a + b, inlineBytes);
	const blocking = bench.tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
	return {
		page,
		cdp,
		close: () => context.close(),
		figures: { bytes, first: bench.first, blocking, nodes: bench.nodes, heap, blocked }
	};
}

/**
 * Waits until the page says the course is saved on this device: the service worker has finished
 * downloading every page, work that shares the machine with the page's own on a first visit.
 */
export async function courseSaved(page) {
	await page
		.getByText('The course is saved on this device')
		.waitFor({ state: 'attached', timeout: 120_000 });
}

/**
 * Waits until the service worker is downloading the course (it starts once the page has come to
 * life, the browser is idle and the reader still), so that a gesture measured "during the
 * download" really overlaps it.
 */
export async function downloadStarted(page) {
	await page.waitForFunction(
		async () => Boolean((await navigator.serviceWorker.getRegistration())?.installing),
		null,
		{ timeout: 120_000, polling: 50 }
	);
}

/**
 * Zooms and pans our timeline the way a reader would (the + button, a one-finger drag, a pinch,
 * "Whole period") and returns the longest task and the frame times while it happens.
 */
export async function interact(page, cdp) {
	const viewport = page.locator('.viewport');
	await page.locator('.viewport button.event').first().waitFor({ timeout: 120_000 });
	await page.evaluate(() => {
		const bench = window.__bench;
		bench.tasks = [];
		bench.frames = [];
		// A second pass on the same page starts its frame loop again.
		bench.stop = false;
		let last = performance.now();
		const frame = (now) => {
			bench.frames.push(now - last);
			last = now;
			if (!bench.stop) requestAnimationFrame(frame);
		};
		requestAnimationFrame(frame);
	});
	const touch = (type, points) =>
		cdp.send('Input.dispatchTouchEvent', {
			type,
			touchPoints: points.map((p, id) => ({ ...p, id }))
		});
	const press = async (name) => {
		const button = page.getByRole('button', { name });
		await button.evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await button.tap();
	};
	for (let i = 0; i < 3; i++) await press('Zoom in');
	await viewport.evaluate((el) => el.scrollIntoView({ block: 'center' }));
	const box = await viewport.boundingBox();
	const x = box.x + box.width / 2;
	const y = box.y + box.height / 2;
	await touch('touchStart', [{ x, y: y - 150 }]);
	for (let step = 1; step <= 15; step++) await touch('touchMove', [{ x, y: y - 150 + step * 20 }]);
	await touch('touchEnd', []);
	await touch('touchStart', [
		{ x, y: y - 20 },
		{ x, y: y + 20 }
	]);
	for (let step = 1; step <= 10; step++)
		await touch('touchMove', [
			{ x, y: y - 20 - step * 10 },
			{ x, y: y + 20 + step * 10 }
		]);
	await touch('touchEnd', []);
	await press('Whole period');
	await page.waitForTimeout(500);
	const { tasks, frames } = await page.evaluate(() => {
		window.__bench.stop = true;
		return window.__bench;
	});
	const sorted = frames.slice(1).sort((a, b) => a - b);
	return {
		longestTask: Math.max(0, ...tasks.map((t) => t.duration)),
		frameP95: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
		frameMax: sorted.at(-1) ?? 0
	};
}
