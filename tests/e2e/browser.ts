// Shared browser-test tools: launch Debian's Chromium through playwright-core, open pages at a
// phone or desktop size while collecting console errors, and run axe-core on what is shown.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
	chromium,
	type Browser,
	type BrowserContext,
	type BrowserContextOptions,
	type Page
} from 'playwright-core';
import { expect, inject } from 'vitest';

// Service workers are blocked: each new context would otherwise install one and fetch the whole
// course; the offline tests allow them. Reduced motion: the site scrolls smoothly otherwise, and
// Playwright taps where an element was before the smooth scroll that brought it into view had
// finished (the tap lands on a neighbour).
export const VIEWPORTS = {
	phone: {
		viewport: { width: 390, height: 844 },
		isMobile: true,
		hasTouch: true,
		deviceScaleFactor: 2,
		reducedMotion: 'reduce',
		serviceWorkers: 'block'
	},
	desktop: {
		viewport: { width: 1280, height: 800 },
		reducedMotion: 'reduce',
		serviceWorkers: 'block'
	}
} satisfies Record<string, BrowserContextOptions>;

export type ViewportName = keyof typeof VIEWPORTS;

const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--headless',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run'
];

export const baseURL = () => inject('baseURL');

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: inject('chromePath'), args: CHROMIUM_FLAGS });
}

/** A browser with a profile on disk, as a reader's is (some checks refuse incognito contexts). */
export function launchWithProfile(
	profileDir: string,
	options: BrowserContextOptions = {}
): Promise<BrowserContext> {
	return chromium.launchPersistentContext(profileDir, {
		executablePath: inject('chromePath'),
		args: CHROMIUM_FLAGS,
		baseURL: baseURL(),
		...options
	});
}

export interface VisitedPage {
	page: Page;
	status: number | undefined;
	/** Console errors and uncaught exceptions seen since the page was opened. */
	errors: string[];
}

/** Opens `path` in a new page of a fresh context with the given options. */
export async function visit(
	browser: Browser,
	path: string,
	options: BrowserContextOptions = VIEWPORTS.desktop
): Promise<VisitedPage> {
	const context = await browser.newContext({ baseURL: baseURL(), ...options });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	const response = await page.goto(path, { waitUntil: 'load' });
	return { page, status: response?.status(), errors };
}

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

interface AxeViolation {
	id: string;
	help: string;
	nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2.2 A/AA and best practices) on the page and fails on any violation. */
export async function expectAccessible(page: Page) {
	// A page that comes to life while axe reads it (the timeline swaps its list for the chart) can
	// be judged half old, half new: axe waits until nothing has changed for 200 ms (3 s at most).
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				let quiet: ReturnType<typeof setTimeout>;
				const done = () => {
					observer.disconnect();
					clearTimeout(cap);
					resolve();
				};
				const observer = new MutationObserver(() => {
					clearTimeout(quiet);
					quiet = setTimeout(done, 200);
				});
				observer.observe(document, {
					subtree: true,
					childList: true,
					attributes: true,
					characterData: true
				});
				quiet = setTimeout(done, 200);
				const cap = setTimeout(done, 3000);
			})
	);
	// evaluate() runs outside the page's Content-Security-Policy, unlike an injected <script>.
	await page.evaluate(axeSource);
	const violations = (await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
			.axe;
		const results = (await axe.run(document, {
			runOnly: {
				type: 'tag',
				values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']
			}
		})) as { violations: AxeViolation[] };
		return results.violations.map((v) => ({
			id: v.id,
			help: v.help,
			nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target }))
		}));
	})) as AxeViolation[];
	const report = violations
		.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
		.join('\n');
	expect(violations, `axe found problems on ${page.url()}:\n${report}`).toEqual([]);
}

/**
 * Runs axe on a page opened with JavaScript disabled, where axe itself cannot run: its rendered
 * HTML is served again, at the same address, to a page with JavaScript on but the app's own
 * scripts blocked, so what axe sees is exactly what the reader without JavaScript got.
 */
export async function expectAccessibleWithoutJs(browser: Browser, page: Page) {
	const html = await page.content();
	const address = page.url();
	const context = await browser.newContext({
		baseURL: baseURL(),
		viewport: page.viewportSize() ?? VIEWPORTS.desktop.viewport,
		reducedMotion: 'reduce'
	});
	await context.route('**/_app/immutable/**/*.js', (route) => route.abort());
	await context.route(
		(url) => url.href === address,
		(route) => route.fulfill({ contentType: 'text/html', body: html })
	);
	const copy = await context.newPage();
	await copy.goto(address);
	expect(await copy.locator('main').innerText()).toBe(await page.locator('main').innerText());
	await expectAccessible(copy);
	await context.close();
}

/** Fails when the page is wider than the viewport (something scrolls sideways). */
export async function expectNoSidewaysScroll(page: Page) {
	const { scrollWidth, clientWidth } = await page.evaluate(() => ({
		scrollWidth: document.documentElement.scrollWidth,
		clientWidth: document.documentElement.clientWidth
	}));
	expect(scrollWidth, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(clientWidth);
}
