// Draws the app icons the web app manifest lists, as PNG, from the project's own SVG artwork
// (static/favicon.svg, and static/icons/maskable.svg with the mark inside the safe zone), with
// Chromium through playwright-core. The PNGs are committed; run this after changing the artwork:
// `node scripts/make-icons.js` (CHROME_PATH if Chromium is not at /usr/bin/chromium).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const ICONS = [
	{ from: 'static/favicon.svg', to: 'static/icons/icon-192.png', size: 192 },
	{ from: 'static/favicon.svg', to: 'static/icons/icon-512.png', size: 512 },
	{ from: 'static/icons/maskable.svg', to: 'static/icons/maskable-512.png', size: 512 },
	{ from: 'static/favicon.svg', to: 'static/icons/apple-touch-icon.png', size: 180 }
];

const browser = await chromium.launch({
	executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
	args: ['--no-sandbox', '--headless']
});
const page = await browser.newPage();
for (const { from, to, size } of ICONS) {
	const svg = readFileSync(from, 'utf8');
	await page.setViewportSize({ width: size, height: size });
	await page.setContent(
		`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`
	);
	await page.screenshot({ path: to, omitBackground: true });
	console.log(`${to} (${size}×${size})`);
}
await browser.close();
