// The timeline as readers use it: horizontal on a wide screen and vertical on a phone, events
// opened by tap or by keyboard, shared links, filters, zoom, the list view, and no JavaScript.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	VIEWPORTS,
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

	it('tapping an event opens its card, with its sources, and the address follows', async () => {
		const { page } = await visit(browser, '/timeline', VIEWPORTS.phone);
		await chartReady(page);
		const first = page.locator('.viewport button.event').first();
		const id = await first.getAttribute('data-event');
		await first.tap();
		await expect(page.locator('#event-card').isVisible()).resolves.toBe(true);
		expect(new URL(page.url()).searchParams.get('event')).toBe(id);
		await expect(page.locator('#event-card .claims a').count()).resolves.toBeGreaterThan(0);
		await expectAccessible(page);
		await page.context().close();
	});

	it('a shared link opens its event, and the card steps to the next one', async () => {
		const { page } = await visit(browser, `/timeline?event=${EVENT}`, VIEWPORTS.desktop);
		await chartReady(page);
		await expect(page.locator('#event-card-title').textContent()).resolves.toMatch(/Kabul/);
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
		await page.keyboard.press('Enter');
		await expect(page.locator('#event-card').isVisible()).resolves.toBe(true);
		expect(new URL(page.url()).searchParams.get('event')).toBe(after);
		await page.keyboard.press('Escape');
		await expect(page.locator('#event-card').count()).resolves.toBe(0);
		await page.context().close();
	});

	it('the zoom buttons narrow and restore the period shown', async () => {
		const { page } = await visit(browser, '/timeline', VIEWPORTS.desktop);
		await chartReady(page);
		const showing = () => page.locator('.showing').textContent();
		const whole = await showing();
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await expect.poll(showing).not.toBe(whole);
		await page.getByRole('button', { name: 'Whole period' }).click();
		await expect.poll(showing).toBe(whole);
		await page.getByRole('button', { name: 'Second Taliban rule' }).click();
		await expect.poll(showing).toMatch(/2021/);
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
		await page.context().close();
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
});
