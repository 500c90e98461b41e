// Reading on a phone: the settings (text size, theme, motion) chosen on one page hold on the next,
// applied before the first paint (no flash of the wrong theme or size), with axe finding nothing
// in either theme.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEWPORTS, baseURL, expectAccessible, launchBrowser } from './browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe('reading settings', () => {
	it('apply at once, hold on every page from its first paint, and pass axe', async () => {
		const context = await browser.newContext({
			baseURL: baseURL(),
			...VIEWPORTS.phone,
			colorScheme: 'light'
		});
		// What the page looks like at its first frame, before anything could repaint it.
		await context.addInitScript(() => {
			requestAnimationFrame(() => {
				const style = getComputedStyle(document.documentElement);
				(window as unknown as { firstFrame: unknown }).firstFrame = {
					theme: document.documentElement.dataset.theme ?? null,
					scheme: style.colorScheme,
					fontSize: style.fontSize
				};
			});
		});
		const page = await context.newPage();
		await page.goto('/lessons/isis-k');
		const bodySize = () =>
			page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p')!).fontSize));
		const before = await bodySize();
		expect(before).toBeGreaterThanOrEqual(16);

		const settings = page.locator('.reading-preferences');
		const choose = (name: string) => settings.getByRole('radio', { name, exact: true }).tap();
		await page.getByText('Reading settings').tap();
		await expectAccessible(page);
		await choose('Dark');
		await choose('Larger');
		// This phone asks for reduced motion; the reader can still choose normal motion, or less.
		const scrolling = () =>
			page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
		await expect(scrolling()).resolves.toBe('auto');
		await choose('Normal');
		await expect(scrolling()).resolves.toBe('smooth');
		await choose('Less');
		await expect(scrolling()).resolves.toBe('auto');
		await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
		expect(await bodySize()).toBeCloseTo(before * 1.3, 0);
		const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(await background()).toBe('rgb(22, 24, 27)');
		await expectAccessible(page);

		// The next page is dark and large from its very first frame.
		await page.goto('/glossary');
		await expect(
			page.evaluate(() => (window as unknown as { firstFrame: unknown }).firstFrame)
		).resolves.toEqual({ theme: 'dark', scheme: 'dark', fontSize: '20.8px' });
		expect(await background()).toBe('rgb(22, 24, 27)');
		await expect(scrolling()).resolves.toBe('auto');
		await expect(
			page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
		).resolves.toBe(true);
		await expectAccessible(page);

		// Back to the defaults: the system's light theme and reduced motion, the normal size.
		await page.getByText('Reading settings').tap();
		for (const name of ['As the device', 'Medium']) {
			const radios = page.locator('.reading-preferences').getByRole('radio', { name, exact: true });
			for (let i = 0; i < (await radios.count()); i++) await radios.nth(i).tap();
		}
		await page.reload();
		expect(await background()).toBe('rgb(251, 250, 247)');
		await expect(scrolling()).resolves.toBe('auto');
		await context.close();
	});
});

describe('resuming', () => {
	it('continues at the section where the reader stopped, shows progress, and resets', async () => {
		const context = await browser.newContext({ baseURL: baseURL(), ...VIEWPORTS.phone });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page.getByRole('link', { name: /^Start with/ }).count()).resolves.toBe(1);

		// Read the ISIS-K lesson down to its third section.
		await page.goto('/lessons/isis-k');
		const sections = await page
			.locator('.body h2[id]')
			.evaluateAll((hs) => hs.map((h) => ({ id: h.id, text: h.textContent!.trim() })));
		expect(sections.length).toBeGreaterThan(2);
		const third = sections[2];
		// Each section counts once the reader stays on it a moment.
		for (const section of sections.slice(0, 3)) {
			await page.locator(`#${section.id}`).evaluate((h) => h.scrollIntoView({ block: 'start' }));
			await page.waitForTimeout(1_500);
		}
		await expect
			.poll(() => page.locator('.lesson-progress').textContent(), { timeout: 5_000 })
			.toContain(`You got to ${third.text} (3 of ${sections.length} sections)`);

		// Home: Continue goes back to that section; the lesson says how far the reader got.
		await page.goto('/');
		const resume = page.getByRole('link', { name: /^Continue:/ });
		await expect(resume.textContent()).resolves.toContain(third.text);
		await expect
			.poll(() => page.locator('.path li', { hasText: 'ISIS-K' }).textContent())
			.toMatch(new RegExp(`Read 3 of ${sections.length} sections`));
		await expectAccessible(page);
		await resume.tap();
		await page.waitForURL(`**/lessons/isis-k#${third.id}`);
		await expect(
			page.locator(`#${third.id}`).evaluate((h) => Math.abs(h.getBoundingClientRect().top) < 100)
		).resolves.toBe(true);

		// A jump to the end does not make the lesson read; reading on to the end does.
		await page.locator('.lesson-end').scrollIntoViewIfNeeded();
		await page.waitForTimeout(2_000);
		await expect(page.locator('.lesson-progress').textContent()).resolves.not.toMatch(/Done/);
		for (const section of sections.slice(3)) {
			await page.locator(`#${section.id}`).evaluate((h) => h.scrollIntoView({ block: 'start' }));
			await page.waitForTimeout(1_500);
		}
		await page.locator('.lesson-end').scrollIntoViewIfNeeded();
		await expect
			.poll(() => page.locator('.lesson-progress').textContent(), { timeout: 5_000 })
			.toMatch(/Done/);
		await page.goto('/');
		// The status is filled in once the page's script has run, which may be after "load".
		await expect
			.poll(() => page.locator('.path li', { hasText: 'ISIS-K' }).textContent())
			.toMatch(/Done/);

		// Reset forgets it all, after asking; focus goes to the question, then to what happened.
		await page.getByRole('button', { name: 'Reset my progress' }).tap();
		await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
			'Yes, reset my progress'
		);
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Yes, reset my progress' }).tap();
		await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
			'Your progress on this device is reset.'
		);
		await expect(page.getByRole('link', { name: /^Start with/ }).count()).resolves.toBe(1);
		await expect(
			page.locator('.path li', { hasText: 'ISIS-K' }).textContent()
		).resolves.not.toMatch(/Done|Read \d/);
		await page.reload();
		await expect(page.getByRole('link', { name: /^Continue:/ }).count()).resolves.toBe(0);
		await context.close();
	});
});
