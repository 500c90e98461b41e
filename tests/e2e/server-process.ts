// Starting the built server as a child process: on a free port (or a given one, to come back on
// the same origin), with its own data folder and, optionally, another copy of the build (a second
// deployment). Used by the global setup for the shared server, and by tests that must stop a
// server of their own to be truly offline.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
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

export interface RunningServer {
	url: string;
	port: number;
	/** Stops the server and waits until it has exited. */
	stop(): Promise<void>;
}

export async function startServer(options: {
	dataDir: string;
	port?: number;
	/** A folder holding another build (the default is build/). */
	buildDir?: string;
	/** More environment for the server (e.g. ADDRESS_HEADER). */
	env?: Record<string, string>;
}): Promise<RunningServer> {
	const port = options.port ?? (await freePort());
	let log = '';
	// No ORIGIN: the server must accept form posts from whatever host it is reached on.
	const { ORIGIN: _origin, ...env } = process.env;
	const server = spawn(process.execPath, ['scripts/serve.js'], {
		env: {
			...env,
			PORT: String(port),
			HOST: '127.0.0.1',
			DATA_DIR: options.dataDir,
			...(options.buildDir && { BUILD_DIR: options.buildDir }),
			...options.env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	server.stdout?.on('data', (chunk) => (log += chunk));
	server.stderr?.on('data', (chunk) => (log += chunk));
	const url = `http://127.0.0.1:${port}`;
	await waitForHealth(url, server, () => log);
	return {
		url,
		port,
		stop: () =>
			new Promise((resolve) => {
				if (server.exitCode !== null || server.signalCode !== null) return resolve();
				server.once('exit', () => resolve());
				server.kill('SIGKILL');
			})
	};
}
