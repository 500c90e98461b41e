// Browser-test setup: builds the app, starts the built server on a free port with a temporary
// data folder, and tells the tests where it is and where Chromium is. Stops it all afterwards.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from './server-process';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
		chromePath: string;
	}
}

function findChromium(): string {
	const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter(Boolean) as string[];
	const found = candidates.find((path) => existsSync(path));
	if (!found)
		throw new Error(
			`Browser tests need Chromium and found none at ${candidates.join(' or ')}.\n` +
				'Install it with `sudo apt-get install -y chromium`, or set CHROME_PATH to a Chromium binary.'
		);
	return found;
}

export default async function setup(project: TestProject) {
	const chromePath = findChromium();
	if (!process.env.E2E_SKIP_BUILD) {
		// Vitest sets NODE_ENV=test, which would build Svelte's development code: test what ships.
		const build = spawnSync('npx', ['vite', 'build'], {
			stdio: 'pipe',
			encoding: 'utf8',
			env: { ...process.env, NODE_ENV: 'production' }
		});
		if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}\n${build.stderr}`);
	}
	const dataDir = mkdtempSync(join(tmpdir(), 'course-e2e-'));
	// Every test signs its teachers up from 127.0.0.1: more than a real school does in an hour.
	process.env.SIGN_UPS_PER_HOUR ??= '10000';
	const server = await startServer({ dataDir });
	const baseURL = server.url;

	project.provide('baseURL', baseURL);
	project.provide('chromePath', chromePath);

	return async () => {
		await server.stop();
		rmSync(dataDir, { recursive: true, force: true });
	};
}
