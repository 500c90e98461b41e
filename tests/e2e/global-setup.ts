// Browser-test setup: builds the app, starts the built server on a free port with a temporary
// data folder, and tells the tests where it is and where Chromium is. Stops it all afterwards.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

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

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

async function waitForHealth(url: string, server: ChildProcess, output: () => string) {
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (server.exitCode !== null) throw new Error(`The server exited early:\n${output()}`);
		try {
			const response = await fetch(`${url}/healthz`);
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`The server did not become healthy within 30 s:\n${output()}`);
}

export default async function setup(project: TestProject) {
	const chromePath = findChromium();
	if (!process.env.E2E_SKIP_BUILD) {
		const build = spawnSync('npx', ['vite', 'build'], { stdio: 'pipe', encoding: 'utf8' });
		if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}\n${build.stderr}`);
	}
	const port = await freePort();
	const dataDir = mkdtempSync(join(tmpdir(), 'course-e2e-'));
	let log = '';
	// No ORIGIN: the server must accept form posts from whatever host it is reached on.
	const { ORIGIN: _origin, ...env } = process.env;
	const server = spawn(process.execPath, ['scripts/serve.js'], {
		env: { ...env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	server.stdout?.on('data', (chunk) => (log += chunk));
	server.stderr?.on('data', (chunk) => (log += chunk));
	const baseURL = `http://127.0.0.1:${port}`;
	await waitForHealth(baseURL, server, () => log);

	project.provide('baseURL', baseURL);
	project.provide('chromePath', chromePath);

	return () => {
		server.kill('SIGTERM');
		rmSync(dataDir, { recursive: true, force: true });
	};
}
