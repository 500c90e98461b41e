// The timeline as readers use it: horizontal on a wide screen and vertical on a phone, events
// opened by tap or by keyboard, shared links, filters, zoom, the list view, and no JavaScript.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LESSON_SLUGS } from '../lesson-slugs';
import {
	VIEWPORTS,
	baseURL,
	expectAccessible,
	expectNoSidewaysScroll,
	launchBrowser,
	visit
} from './browser';

const EVENT = 'taliban-enter-kabul-2021';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const chartReady = (page: Page) => page.locator('.viewport button.event').first().waitFor();

/** The box of an event button well inside the chart's box (at a zoom, some sit past its edges). */
async function eventInView(page: Page, chart: { x: number; width: number }) {
	const boxes = await page
		.locator('.viewport button.event')
		.evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().toJSON() as DOMRect));
	const inside = boxes.find((b) => b.x > chart.x + 20 && b.x + 100 < chart.x + chart.width);
	if (!inside) throw new Error('No event is in view');
	return inside;
}

/** Where an element is against the window: true when all of it, or its top screenful, is in view. */
const inWindow = (page: Page, selector: string) =>
	page.locator(selector).evaluate((el) => {
		const box = el.getBoundingClientRect();
		const top = Math.round(box.top);
		const bottom = Math.round(box.bottom);
		return top >= 0 && top < innerHeight && (bottom <= innerHeight || top === 0);
	});

/** Pairs of event labels, clusters and lane names in the chart that cover each other. */
const labelClashes = (page: Page) =>
	page.evaluate(() => {
		const labels = [
			...document.querySelectorAll('.viewport .event, .viewport .cluster, .viewport .lanes text')
		].map((el) => {
			const box = el.getBoundingClientRect();
			const where = `${Math.round(box.left)},${Math.round(box.top)} ${Math.round(box.width)}×${Math.round(box.height)}`;
			return { text: `${el.textContent?.trim()} (${where})`, box };
		});
		const clash = (a: DOMRect, b: DOMRect) =>
			a.left + 1 < b.right && b.left + 1 < a.right && a.top + 1 < b.bottom && b.top + 1 < a.bottom;
		return labels.flatMap((a, i) =>
			labels.slice(i + 1).flatMap((b) => (clash(a.box, b.box) ? [`${a.text} × ${b.text}`] : []))
		);
	});

/** How many events the chart's labels stand for: one each, or a cluster's count. */
const represented = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll('.viewport .event, .viewport .cluster')].reduce(
			(n, el) =>
				n +
				(el.classList.contains('cluster') ? Number(el.querySelector('.count')!.textContent) : 1),
			0
		)
	);
/** Shows an era whole with its button: on a phone, from the "Eras" menu. */
async function jumpToEra(page: Page, name: string) {
	const menu = page.locator('.era-menu summary');
	if (await menu.count()) await menu.click();
	await page.getByRole('button', { name }).click();
}

const shownCount = async (page: Page) =>
	Number((await page.locator('.views .count').textContent())!.split(' ')[0]);

describe('the interactive timeline', () => {
	it('runs horizontally on a desktop and vertically on a phone', async () => {
		const desktop = await visit(browser, '/timeline', VIEWPORTS.desktop);
		await chartReady(desktop.page);
		await expect(desktop.page.locator('.timeline.vertical').count()).resolves.toBe(0);
		await expectAccessible(desktop.page);
		expect(desktop.errors).toEqual([]);
		await desktop.page.context().close();

		const phone = await visit(browser, '/timeline', VIEWPORTS.phone);
		await chartReady(phone.page);
		await expect(phone.page.locator('.timeline.vertical').count()).resolves.toBe(1);
		await expectAccessible(phone.page);
		await expectNoSidewaysScroll(phone.page);
		expect(phone.errors).toEqual([]);
		await phone.page.context().close();
	});

	it('era names overlap nothing: not the axis labels, the events or each other', async () => {
		for (const size of ['phone', 'desktop'] as const) {
			const { page } = await visit(browser, '/timeline', VIEWPORTS[size]);
			await chartReady(page);
			const clashes = await page.evaluate(() => {
				const boxes = (selector: string) =>
					[...document.querySelectorAll(selector)].map((el) => ({
						what: `${selector} “${el.textContent?.trim()}”`,
						box: el.getBoundingClientRect()
					}));
				const overlap = (a: DOMRect, b: DOMRect) =>
					a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
				const eras = boxes('.eras .label');
				const others = [
					...boxes('.axis text'),
					...boxes('.viewport .marks path, .viewport button.event'),
					...eras
				];
				return eras.flatMap((era) =>
					others
						.filter((other) => other !== era && overlap(era.box, other.box))
						.map((other) => `${era.what} × ${other.what}`)
				);
			});
			expect(await page.locator('.eras .label').count()).toBeGreaterThan(1);
			expect(clashes, size).toEqual([]);
			// On a desktop every era is named in the whole period, the narrow ones by a short name.
			if (size === 'desktop')
				expect(await page.locator('.eras .label').allTextContents()).toEqual([
					'Soviet war',
					'Civil war',
					'Taliban I',
					'Islamic Republic',
					'Taliban II'
				]);
			await page.context().close();
		}
	});

	it('no label covers another, the focused or open one included', async () => {
		for (const size of ['phone', 'desktop'] as const)
			for (const path of ['/timeline', `/timeline?event=${EVENT}`]) {
				const { page } = await visit(browser, path, VIEWPORTS[size]);
				await chartReady(page);
				expect(await labelClashes(page), `${size} ${path}`).toEqual([]);
				// The whole period is shown: every event has a label or is counted in a cluster, the
				// focused one at either end too.
				expect(await represented(page), `${size} ${path}`).toBe(await shownCount(page));
				for (const key of ['End', 'Home']) {
					await page.locator('.viewport button.event[tabindex="0"]').focus();
					await page.keyboard.press(key);
					expect(await labelClashes(page), `${size} ${path} ${key}`).toEqual([]);
					expect(await represented(page), `${size} ${path} ${key}`).toBe(await shownCount(page));
				}
				await jumpToEra(page, 'Islamic Republic');
				expect(await labelClashes(page), `${size} ${path}, zoomed`).toEqual([]);
				await page.context().close();
			}
	});

	it('a filter that matches nothing says so on the chart', async () => {
		const { page } = await visit(browser, '/timeline?lane=isis-k&lesson=soviet-afghan-war');
		await page.locator('.viewport').waitFor();
		await expect(page.locator('.viewport .empty').textContent()).resolves.toMatch(
			/No events match/
		);
		await expectAccessible(page);
		await page.context().close();
	});

	it('a click opens any label, in either row of its lane', async () => {
		const { page } = await visit(browser, '/timeline', VIEWPORTS.desktop);
		await chartReady(page);
		// A label in a lane's lower row: another sits one row (44 px) above it.
		const lower = await page.locator('.viewport button.event').evaluateAll((buttons) => {
			const tops = buttons.map((b) => Math.round(b.getBoundingClientRect().top));
			const index = tops.findIndex((top) => tops.includes(top - 44));
			return { index, title: buttons[index]?.querySelector('.title')?.textContent };
		});
		expect(lower.index).toBeGreaterThan(-1);
		await page.locator('.viewport button.event').nth(lower.index).click();
		await expect.poll(() => page.locator('#event-card-title').textContent()).toBe(lower.title);
		await page.context().close();
	});

	it('tapping an event opens its card, with its sources, and the address follows', async () => {
		const { page } = await visit(browser, '/timeline', VIEWPORTS.phone);
		await chartReady(page);
		const first = page.locator('.viewport button.event').first();
		const id = await first.getAttribute('data-event');
		await first.tap();
		await expect(page.locator('#event-card').isVisible()).resolves.toBe(true);
		// The card sits under the chart: the page brings it up.
		await expect.poll(() => inWindow(page, '#event-card')).toBe(true);
		expect(new URL(page.url()).searchParams.get('event')).toBe(id);
		await expect(page.locator('#event-card .claims a').count()).resolves.toBeGreaterThan(0);
		await expectAccessible(page);
		await page.context().close();
	});

	it('a shared link opens its event, and the card steps to the next one', async () => {
		const { page } = await visit(browser, `/timeline?event=${EVENT}`, VIEWPORTS.desktop);
		await chartReady(page);
		await expect(page.locator('#event-card-title').textContent()).resolves.toMatch(/Kabul/);
		await expect.poll(() => inWindow(page, '#event-card')).toBe(true);
		await page.locator('#event-card .next').click();
		await expect.poll(() => new URL(page.url()).searchParams.get('event')).not.toBe(EVENT);
		await page.context().close();
	});

	it('an event at the very edge of the period opens without freezing the page', async () => {
		// Regression: bringing an event pinned against the pannable range into view used to loop.
		const { page } = await visit(
			browser,
			'/timeline?event=soviet-invasion-of-afghanistan',
			VIEWPORTS.phone
		);
		await chartReady(page);
		const answered = await Promise.race([
			page.evaluate(() => document.querySelectorAll('#event-card').length),
			new Promise((resolve) => setTimeout(() => resolve('no answer'), 5_000))
		]);
		expect(answered).toBe(1);
		await page.context().close();
	});

	it('arrow keys move through events in time, Enter opens and Escape closes', async () => {
		const { page } = await visit(browser, '/timeline', VIEWPORTS.desktop);
		await chartReady(page);
		await page.locator('.viewport button.event[tabindex="0"]').focus();
		const before = await page.evaluate(() => document.activeElement?.getAttribute('data-event'));
		await page.keyboard.press('ArrowRight');
		const after = await page.evaluate(() => document.activeElement?.getAttribute('data-event'));
		expect(after).toBeTruthy();
		expect(after).not.toBe(before);
		// Focus stays in the window as it moves, the page scrolling with it.
		for (let step = 0; step < 6; step++) {
			await page.keyboard.press('ArrowRight');
			await expect.poll(() => inWindow(page, ':focus')).toBe(true);
		}
		const opened = await page.evaluate(() => document.activeElement?.getAttribute('data-event'));
		await page.keyboard.press('Enter');
		await expect(page.locator('#event-card').isVisible()).resolves.toBe(true);
		expect(new URL(page.url()).searchParams.get('event')).toBe(opened);
		// Opened by a key, the card takes the focus, in view; Escape gives it back to the event.
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.id))
			.toBe('event-card-title');
		await expect.poll(() => inWindow(page, '#event-card')).toBe(true);
		await page.keyboard.press('Escape');
		await expect(page.locator('#event-card').count()).resolves.toBe(0);
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event')))
			.toBe(opened);
		await expect.poll(() => inWindow(page, ':focus')).toBe(true);
		await page.context().close();
	});

	it('on a phone, the first and last events sit whole inside the chart', async () => {
		const { page } = await visit(browser, '/timeline', VIEWPORTS.phone);
		await chartReady(page);
		await page.locator('.viewport button.event[tabindex="0"]').focus();
		const inside = () =>
			page.evaluate(() => {
				const chart = document.querySelector('.viewport')!.getBoundingClientRect();
				const box = document.activeElement!.getBoundingClientRect();
				return box.top >= chart.top && box.bottom <= chart.bottom;
			});
		for (const key of ['End', 'Home']) {
			await page.keyboard.press(key);
			await expect.poll(inside, { message: key }).toBe(true);
		}
		await page.context().close();
	});

	it('the zoom buttons narrow and restore the period shown', async () => {
		const { page } = await visit(browser, '/timeline', VIEWPORTS.desktop);
		await chartReady(page);
		const showing = () => page.locator('.showing').textContent();
		const whole = await showing();
		// The view's dates are the period's, not the margins drawn past its ends.
		expect(whole).toBe('Showing Jan 1979 – Dec 2025');
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await expect.poll(showing).not.toBe(whole);
		await page.getByRole('button', { name: 'Whole period' }).click();
		await expect.poll(showing).toBe(whole);
		// At the whole period there is nothing to zoom out to, and the buttons say so.
		await expect(
			page.getByRole('button', { name: 'Zoom out' }).getAttribute('aria-disabled')
		).resolves.toBe('true');
		await page.getByRole('button', { name: 'Second Taliban rule' }).click();
		await expect.poll(showing).toMatch(/2021/);
		await expect(
			page.getByRole('button', { name: 'Zoom out' }).getAttribute('aria-disabled')
		).resolves.toBe('false');
		// A screen reader hears the new view once it settles.
		await expect
			.poll(() => page.locator('.overview [aria-live]').textContent())
			.toBe(await showing());
		await page.context().close();
	});

	it('Tab reaches an event in view after any zoom, and arrows go on from it', async () => {
		const { page } = await visit(browser, '/timeline', VIEWPORTS.desktop);
		await chartReady(page);
		const chart = (await page.locator('.viewport').boundingBox())!;
		// The first event (1979), the tab stop at first, leaves the view.
		await page.getByRole('button', { name: 'Islamic Republic' }).click();
		await page.getByRole('button', { name: 'Second Taliban rule' }).focus();
		await page.keyboard.press('Tab');
		const focused = () =>
			page.evaluate(() => {
				const el = document.activeElement!;
				const box = el.getBoundingClientRect();
				return { event: el.getAttribute('data-event'), x: box.x, right: box.right };
			});
		const first = await focused();
		expect(first.event).toBeTruthy();
		expect(first.x).toBeGreaterThanOrEqual(chart.x);
		expect(first.x).toBeLessThan(chart.x + chart.width);
		await page.keyboard.press('ArrowRight');
		const next = await focused();
		expect(next.event).toBeTruthy();
		expect(next.event).not.toBe(first.event);
		await page.context().close();
	});

	it('on a phone, the controls fit on screen and the eras open from a menu', async () => {
		const { page } = await visit(browser, '/timeline', VIEWPORTS.phone);
		await chartReady(page);
		// One row of controls, all of it on screen.
		const toolbar = (await page.locator('.toolbar').boundingBox())!;
		expect(toolbar.height).toBeLessThan(2 * 44);
		expect(toolbar.x + toolbar.width).toBeLessThanOrEqual(390);
		await expect(page.getByRole('button', { name: 'Islamic Republic' }).isVisible()).resolves.toBe(
			false
		);
		await page.locator('.era-menu summary').tap();
		const era = page.getByRole('button', { name: 'Islamic Republic' });
		const box = (await era.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(390);
		await expectAccessible(page);
		// Escape closes the menu, back on its summary.
		await era.focus();
		await page.keyboard.press('Escape');
		await expect(page.locator('.era-menu').getAttribute('open')).resolves.toBe(null);
		await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Eras');
		await page.locator('.era-menu summary').tap();
		await era.tap();
		await expect.poll(() => page.locator('.showing').textContent()).toMatch(/^Showing \w+ 2001/);
		await expect(page.locator('.era-menu').getAttribute('open')).resolves.toBe(null);
		await expectNoSidewaysScroll(page);
		await page.context().close();
	});

	it('the wheel zooms at the pointer, and a mouse drag pans without opening what it started on', async () => {
		const { page } = await visit(browser, '/timeline', VIEWPORTS.desktop);
		await chartReady(page);
		const showing = () => page.locator('.showing').textContent();
		const whole = await showing();
		const box = (await page.locator('.viewport').boundingBox())!;
		await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2);
		await page.mouse.wheel(0, -800);
		await expect.poll(showing).not.toBe(whole);
		// Zoomed in near the end of the period: the view now ends in the 2020s.
		expect(await showing()).toMatch(/20[12]\d$/);
		const zoomed = await showing();

		// Start the drag on an event that is fully in view.
		const start = await eventInView(page, box);
		await page.mouse.move(start.x + 10, start.y + start.height / 2);
		await page.mouse.down();
		await page.mouse.move(start.x + 60, start.y + start.height / 2, { steps: 4 });
		await page.mouse.move(start.x + 250, start.y + start.height / 2, { steps: 4 });
		await page.mouse.up();
		await expect.poll(showing).not.toBe(zoomed);
		await expect(page.locator('#event-card').count()).resolves.toBe(0);
		expect(new URL(page.url()).searchParams.get('event')).toBeNull();

		// A plain click still opens an event.
		const target = await eventInView(page, box);
		await page.mouse.click(target.x + 10, target.y + target.height / 2);
		await expect(page.locator('#event-card').isVisible()).resolves.toBe(true);
		await page.context().close();
	});

	it('two fingers pinch to zoom and one finger drags on a phone', async () => {
		const { page } = await visit(browser, '/timeline', VIEWPORTS.phone);
		await chartReady(page);
		const showing = () => page.locator('.showing').textContent();
		const whole = await showing();
		await page.locator('.viewport').scrollIntoViewIfNeeded();
		const box = (await page.locator('.viewport').boundingBox())!;
		const x = box.x + box.width / 2;
		const y = box.y + box.height * 0.8;
		const cdp = await page.context().newCDPSession(page);
		const touch = (
			type: 'touchStart' | 'touchMove' | 'touchEnd',
			points: { x: number; y: number }[]
		) =>
			cdp.send('Input.dispatchTouchEvent', {
				type,
				touchPoints: points.map((p, id) => ({ ...p, id }))
			});
		await touch('touchStart', [
			{ x, y: y - 30 },
			{ x, y: y + 30 }
		]);
		for (const spread of [60, 90, 120, 150])
			await touch('touchMove', [
				{ x, y: y - spread },
				{ x, y: y + Math.min(spread, box.y + box.height - y - 2) }
			]);
		await touch('touchEnd', []);
		await expect.poll(showing).not.toBe(whole);
		const pinched = await showing();

		await touch('touchStart', [{ x, y: box.y + 100 }]);
		for (const step of [20, 60, 120, 200]) await touch('touchMove', [{ x, y: box.y + 100 + step }]);
		await touch('touchEnd', []);
		await expect.poll(showing).not.toBe(pinched);
		await expect(page.locator('#event-card').count()).resolves.toBe(0);
		await page.context().close();
	});

	it('on a phone, a swipe over the whole period scrolls the page; zoomed in, it pans', async () => {
		const { page } = await visit(browser, '/timeline', VIEWPORTS.phone);
		await chartReady(page);
		const showing = () => page.locator('.showing').textContent();
		const whole = await showing();
		const scrolled = () => page.evaluate(() => scrollY);
		// The page at its end, the chart on screen: a finger drawn down over the chart ...
		const toEnd = () =>
			page.evaluate(() => scrollTo({ top: document.body.scrollHeight, behavior: 'instant' }));
		const swipeDown = async () => {
			const box = (await page.locator('.viewport').boundingBox())!;
			const x = box.x + box.width / 2;
			const y = Math.max(box.y, 0) + 40;
			const cdp = await page.context().newCDPSession(page);
			const touch = (
				type: 'touchStart' | 'touchMove' | 'touchEnd',
				points: { x: number; y: number }[]
			) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
			await touch('touchStart', [{ x, y }]);
			for (let step = 1; step <= 10; step++) await touch('touchMove', [{ x, y: y + step * 30 }]);
			await touch('touchEnd', []);
			await cdp.detach();
		};
		await toEnd();
		const end = await scrolled();
		await swipeDown();
		// ... scrolls the page back up while the whole period is shown ...
		await expect.poll(scrolled).toBeLessThan(end - 150);
		expect(await showing()).toBe(whole);

		// ... and pans the timeline once it is zoomed in, the page staying put.
		await page.getByRole('button', { name: 'Zoom in' }).tap();
		await expect.poll(showing).not.toBe(whole);
		const zoomed = await showing();
		await toEnd();
		await swipeDown();
		await expect.poll(showing).not.toBe(zoomed);
		expect(await scrolled()).toBe(end);
		await page.context().close();
	});

	it('Back steps back through the events opened and the filters chosen', async () => {
		const { page } = await visit(browser, '/timeline?lane=mars', VIEWPORTS.desktop);
		await chartReady(page);
		await expect(page.locator('.notice').textContent()).resolves.toMatch(/no lane called/);
		await page.locator('select[name="lane"]').selectOption('russia');
		await page.waitForURL('**/timeline?lane=russia');
		// The address no longer names the lane that does not exist, nor does the page.
		await expect(page.locator('.notice').count()).resolves.toBe(0);
		const first = page.locator('.viewport button.event').first();
		const id = await first.getAttribute('data-event');
		await first.click();
		await page.waitForURL(`**/timeline?event=${id}&lane=russia`);
		const title = await page.locator('#event-card-title').textContent();
		await page.locator('#event-card .next').click();
		await expect.poll(() => new URL(page.url()).searchParams.get('event')).not.toBe(id);

		await page.goBack();
		await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(id);
		await expect.poll(() => page.locator('#event-card-title').textContent()).toBe(title);
		await page.goBack();
		await expect.poll(() => page.locator('#event-card').count()).toBe(0);
		await page.goBack();
		await expect.poll(() => page.url()).toMatch(/\/timeline\?lane=mars$/);
		await expect.poll(() => page.locator('select[name="lane"]').inputValue()).toBe('');
		await expect.poll(() => page.locator('.notice').textContent()).toMatch(/no lane called/);
		await page.goForward();
		await expect.poll(() => page.locator('select[name="lane"]').inputValue()).toBe('russia');
		// The skip link changes only the fragment: the page stays as it is.
		await page.locator('.skip-link').focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.url()).toMatch(/#main$/);
		await expect(page.locator('select[name="lane"]').inputValue()).resolves.toBe('russia');
		await page.context().close();
	});

	it('says so when the open event is outside the filters, and offers them all', async () => {
		const { page } = await visit(
			browser,
			'/timeline?lane=world&event=saw-palace-assault-amin-killed',
			VIEWPORTS.desktop
		);
		await chartReady(page);
		const outside = page.locator('.notice.outside');
		await expect(outside.textContent()).resolves.toMatch(/not in the lane or lesson chosen/);
		await expectAccessible(page);
		await outside.getByRole('link', { name: 'Show all events' }).click();
		await expect(outside.count()).resolves.toBe(0);
		await expect(page.locator('#event-card-title').textContent()).resolves.toMatch(
			/kill President Amin/
		);
		expect(new URL(page.url()).searchParams.get('lane')).toBeNull();
		await page.context().close();
	});

	it('filters by lane and lesson combine, and the list view shows the same events', async () => {
		const { page } = await visit(browser, '/timeline', VIEWPORTS.desktop);
		await chartReady(page);
		await page.locator('select[name="lane"]').selectOption('isis-k');
		await page.locator('select[name="lesson"]').selectOption('isis-k');
		const url = new URL(page.url());
		expect([url.searchParams.get('lane'), url.searchParams.get('lesson')]).toEqual([
			'isis-k',
			'isis-k'
		]);
		const count = await page.locator('.views .count').textContent();
		const shown = Number(count?.split(' ')[0]);
		expect(shown).toBeGreaterThan(0);
		await page.getByRole('button', { name: 'List', exact: true }).click();
		await expect(page.locator('.list li').count()).resolves.toBe(shown);
		await expectAccessible(page);
		// An event opened from the list closes back to its link there.
		const link = page.locator('.list li a').nth(1);
		const title = await link.textContent();
		await link.click();
		await expect(page.locator('#event-card-title').textContent()).resolves.toBe(title);
		await page.keyboard.press('Escape');
		await expect(page.locator('#event-card').count()).resolves.toBe(0);
		await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(title);
		await page.context().close();
	});
});

describe("the timeline's own script", () => {
	it('brings the page to life without SvelteKit, from a link on another page, with no hydration warning', async () => {
		// With its service worker, which this page registers itself.
		const { page, errors } = await visit(browser, '/', {
			...VIEWPORTS.phone,
			serviceWorkers: 'allow'
		});
		const warnings: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'warning') warnings.push(message.text());
		});
		await page.getByRole('navigation').getByRole('link', { name: 'Timeline' }).tap();
		await page.waitForURL('**/timeline');
		await chartReady(page);
		// The browser loaded the page itself (SvelteKit would have drawn it in place) ...
		await expect(
			page.evaluate(() => performance.getEntriesByType('navigation')[0].name)
		).resolves.toMatch(/\/timeline$/);
		// ... and it runs one script file of its own, not SvelteKit's start-up script with the page
		// data: fetched while the page is read, started once it is painted.
		const scripts = await page
			.locator('script')
			.evaluateAll((all) => all.map((s) => (s as HTMLScriptElement).src || s.textContent));
		expect(scripts.filter((text) => text?.includes('__sveltekit_'))).toEqual([]);
		const files = await page.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.map((entry) => new URL(entry.name).pathname)
				.filter((path) => path.startsWith('/_app/') && path.endsWith('.js'))
		);
		expect(files).toEqual([
			expect.stringMatching(/^\/_app\/immutable\/assets\/timeline\.[\w-]+\.js$/)
		]);

		// The layout's parts work here too: reading settings, then the course saved for offline.
		await page.getByText('Reading settings').tap();
		await page.locator('.reading-preferences').getByRole('radio', { name: 'Dark' }).tap();
		await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
		await page.getByText('Reading settings').tap();
		await page
			.getByText('The course is saved on this device')
			.waitFor({ state: 'attached', timeout: 60_000 });
		// The card opens, and the address and the title follow it.
		await page.locator('.viewport button.event').first().tap();
		await page.waitForURL('**/timeline?event=**');
		await expect(page.title()).resolves.toMatch(/ · Timeline · Russia and the Taliban$/);
		await expectAccessible(page);
		expect(warnings).toEqual([]);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('paints the first events before it starts, in one frame with the page around them', async () => {
		const context = await browser.newContext({ baseURL: baseURL(), ...VIEWPORTS.phone });
		const page = await context.newPage();
		// The time of the page's first frame: its first animation-frame callback, asked for before
		// any of the page's own scripts run.
		await page.addInitScript(() => {
			requestAnimationFrame(
				(time) => ((window as unknown as { firstFrame: number }).firstFrame = time)
			);
		});
		await page.goto('/timeline?lane=isis-k');
		await chartReady(page);
		const started = await page.evaluate(() => ({
			firstFrame: (window as unknown as { firstFrame: number }).firstFrame,
			parsed: performance.getEntriesByType('navigation')[0].toJSON().domContentLoadedEventEnd,
			script: performance.getEntriesByName('timeline-island-start')[0]?.startTime
		}));
		expect(started.script).toBeGreaterThan(started.firstFrame);
		// ... and after the whole page was read, footer included: the parts it hydrates are all there.
		expect(started.script).toBeGreaterThan(started.parsed);
		await expectAccessible(page);
		// The first paint waits for the third event of the (filtered) list, so it shows a screenful.
		await page.reload();
		const expected = await page.evaluate(() => ({
			awaited: document.querySelector('link[rel="expect"]')?.getAttribute('href'),
			third: document.querySelectorAll('.list li')[2]?.id
		}));
		expect(expected.third).toBeTruthy();
		expect(expected.awaited).toBe(`#${expected.third}`);
		await context.close();
	});

	it('is not fetched before the reader follows a link to it', async () => {
		const { page, errors } = await visit(browser, '/lessons/takeover-2021', VIEWPORTS.desktop);
		const asked: string[] = [];
		page.on('request', (request) => {
			if (new URL(request.url()).pathname.startsWith('/timeline')) asked.push(request.url());
		});
		// SvelteKit would fetch a page's data when the pointer rests on a link to it.
		await page.getByRole('navigation').getByRole('link', { name: 'Timeline' }).hover();
		const excerptLink = page.locator('.excerpt li a').first();
		await excerptLink.scrollIntoViewIfNeeded();
		await excerptLink.hover();
		await page.waitForTimeout(500);
		expect(asked).toEqual([]);
		await excerptLink.click();
		await page.waitForURL('**/timeline?event=**');
		await chartReady(page);
		await expect(page.locator('#event-card').isVisible()).resolves.toBe(true);
		await expectAccessible(page);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('leaves the server’s list, card and filters working when the events cannot be fetched', async () => {
		const context = await browser.newContext({ baseURL: baseURL(), ...VIEWPORTS.phone });
		await context.route('**/timeline/events.json', (route) => route.abort());
		const page = await context.newPage();
		await page.goto(`/timeline?event=${EVENT}`);
		await page.getByText('Reading settings').waitFor();
		await expect(page.locator('#event-card').isVisible()).resolves.toBe(true);
		await expect(page.locator('.list li').count()).resolves.toBeGreaterThan(50);
		await page.locator('select[name="lane"]').selectOption('isis-k');
		await page.getByRole('button', { name: 'Show', exact: true }).tap();
		await page.waitForURL('**lane=isis-k**');
		const lanes = await page.locator('.list li').evaluateAll((items) => items.length);
		expect(lanes).toBeGreaterThan(0);
		expect(lanes).toBeLessThan(30);
		await expectAccessible(page);
		await context.close();
	});
});

describe('the timeline without JavaScript', () => {
	const noScript = { ...VIEWPORTS.phone, javaScriptEnabled: false };

	it('shows every event as a list at once', async () => {
		const { page } = await visit(browser, '/timeline', noScript);
		await expect(page.locator('.list li').count()).resolves.toBeGreaterThanOrEqual(70);
		await page.context().close();
	});

	it('opens the event a shared link names', async () => {
		const { page } = await visit(browser, `/timeline?event=${EVENT}`, noScript);
		await expect(page.locator('#event-card-title').textContent()).resolves.toMatch(/Kabul/);
		await page.context().close();
	});

	it('filters with the form', async () => {
		const { page } = await visit(browser, '/timeline', noScript);
		await page.locator('select[name="lane"]').selectOption('isis-k');
		await page.getByRole('button', { name: 'Show' }).click();
		await page.waitForURL('**/timeline?lane=isis-k**');
		const lanes = await page.locator('.list .date').allTextContents();
		expect(lanes.length).toBeGreaterThan(0);
		for (const lane of lanes) expect(lane).toContain('ISIS-K');
		await page.context().close();
	});

	it('says so when the address names an unknown event, and answers 200', async () => {
		const { page, status } = await visit(browser, '/timeline?event=nope&lane=mars', noScript);
		expect(status).toBe(200);
		await expect(page.locator('.notice').count()).resolves.toBe(2);
		await page.context().close();
	});
});

describe('timeline excerpts in lessons', () => {
	it('link to the full timeline opened at their event', async () => {
		const { page } = await visit(browser, '/lessons/takeover-2021', VIEWPORTS.phone);
		const link = page.locator('figure.excerpt li a').first();
		const href = await link.getAttribute('href');
		expect(href).toMatch(/^\/timeline\?event=/);
		await link.click();
		await page.waitForURL('**/timeline?event=**');
		await expect(page.locator('#event-card').isVisible()).resolves.toBe(true);
		await page.context().close();
	});

	it('show the events their "full timeline" link shows, each link a thumb tall', async () => {
		const context = await browser.newContext({ ...VIEWPORTS.phone, javaScriptEnabled: false });
		const page = await context.newPage();
		for (const slug of LESSON_SLUGS) {
			await page.goto(`${baseURL()}/lessons/${slug}`);
			const excerpt = page.locator('figure.excerpt');
			const ids = await excerpt
				.locator('li a')
				.evaluateAll((links) =>
					links.map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get('event'))
				);
			const heights = await excerpt
				.locator('a')
				.evaluateAll((links) => links.map((a) => a.getBoundingClientRect().height));
			expect(Math.min(...heights), slug).toBeGreaterThanOrEqual(44);
			await excerpt.locator('a.all').click();
			await page.waitForURL(`**/timeline?lesson=**`);
			const listed = await page
				.locator('.list li')
				.evaluateAll((items) => items.map((li) => li.id.replace(/^event-/, '')));
			expect(listed, slug).toEqual(ids);
		}
		await context.close();
	});

	it('show an event another lesson owns where it belongs, in date order', async () => {
		// The 2003 ruling is told in the introduction, but the 2003 lesson is about it.
		const { page } = await visit(browser, '/lessons/designation-2003', VIEWPORTS.phone);
		const dates = await page
			.locator('figure.excerpt li')
			.evaluateAll((items) => items.map((li) => li.textContent!.replace(/\s+/g, ' ').trim()));
		const ruling = dates.findIndex((text) => text.includes('Supreme Court declares the Taliban'));
		expect(ruling).toBeGreaterThan(0);
		expect(dates[ruling]).toContain('14 Feb 2003');
		expect(dates[ruling - 1]).toMatch(/2001/);
		expect(dates[ruling + 1]).toMatch(/2006/);
		await page.context().close();
	});
});
