// A lesson as a reader uses it: numbered citations that land on their claim, footnotes in the same
// order, contents links that reach their sections, and the way on to the next lesson.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEWPORTS, baseURL, launchBrowser, visit } from './browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe('the introduction lesson', () => {
	it('numbers citations by first use and lists one footnote per cited claim', async () => {
		const { page } = await visit(browser, '/lessons/introduction', VIEWPORTS.phone);
		const markers = await page
			.locator('.body sup.cite a')
			.evaluateAll((links) =>
				links.map((a) => ({ n: a.textContent, claim: a.getAttribute('data-claim') }))
			);
		expect(markers.length).toBeGreaterThanOrEqual(8);
		const firstNumber = new Map<string, string | null>();
		for (const m of markers) if (!firstNumber.has(m.claim!)) firstNumber.set(m.claim!, m.n);
		expect([...firstNumber.values()]).toEqual([...firstNumber.keys()].map((_, i) => String(i + 1)));
		for (const m of markers) expect(m.n).toBe(firstNumber.get(m.claim!));
		await expect(page.locator('.footnotes > ol > li').count()).resolves.toBe(firstNumber.size);
		await page.context().close();
	});

	it('a citation marker opens its claim on /sources', async () => {
		const { page } = await visit(browser, '/lessons/introduction', VIEWPORTS.phone);
		const marker = page.locator('.body sup.cite a').first();
		const claim = await marker.getAttribute('data-claim');
		await marker.click();
		await page.waitForURL(`**/sources#claim-${claim}`);
		await expect(page.locator(`#claim-${claim}`).isVisible()).resolves.toBe(true);
		await expect(page.locator(`#claim-${claim} .sources li`).count()).resolves.toBeGreaterThan(0);
		await page.context().close();
	});

	it('shows objectives, reading time, and contents links that reach their sections', async () => {
		const { page } = await visit(browser, '/lessons/introduction', VIEWPORTS.desktop);
		await expect(page.locator('.objectives li').count()).resolves.toBeGreaterThan(0);
		await expect(page.locator('.kicker').textContent()).resolves.toMatch(/about \d+ min read/);
		const targets = await page
			.locator('nav.contents a')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
		expect(targets.length).toBeGreaterThan(1);
		for (const target of targets)
			await expect(page.locator(`.body ${target}`).count(), target).resolves.toBe(1);
		await page.context().close();
	});

	it('glossary links in the text land on a defined term', async () => {
		const { page } = await visit(browser, '/lessons/introduction', VIEWPORTS.desktop);
		const href = await page.locator('.body a.term').first().getAttribute('href');
		expect(href).toMatch(/^\/glossary#term-/);
		await page.goto(href!);
		await expect(
			page.locator(href!.replace('/glossary', '')).locator('dd').textContent()
		).resolves.toMatch(/\w+/);
		await page.context().close();
	});
});

describe('the health check', () => {
	it('answers 200 with JSON once the database answers', async () => {
		const response = await fetch(`${baseURL()}/healthz`);
		expect(response.status).toBe(200);
		await expect(response.json()).resolves.toMatchObject({ status: 'ok', database: 'ok' });
	});
});
