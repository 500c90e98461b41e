// The servers the benchmark measures: a static server for the peer pages (files from bench/ and
// bench/node_modules), and the course itself, built from a copy of the repository whose events are
// replaced by the benchmark's, then served by its own production server.
import { spawn, spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { stringify } from 'yaml';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
	'.eot': 'application/vnd.ms-fontobject',
	'.png': 'image/png'
};

/**
 * Serves `mounts` ({ '/url/prefix': '/folder' }, longest prefix first); resolves to its origin and
 * `setHeaders(prefix, headers)`, which adds response headers to every file under a URL prefix.
 */
export function serveStatic(mounts) {
	const extra = {};
	const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
		const prefix = prefixes.find((p) => path.startsWith(p));
		const file = prefix && normalize(join(mounts[prefix], path.slice(prefix.length)));
		if (!file || !file.startsWith(mounts[prefix]) || !existsSync(file)) {
			response.writeHead(404).end();
			return;
		}
		const added = Object.entries(extra).find(([p]) => path.startsWith(p))?.[1];
		response.writeHead(200, {
			...added,
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream'
		});
		response.end(readFileSync(file));
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () =>
			resolve({
				origin: `http://127.0.0.1:${server.address().port}`,
				setHeaders: (prefix, headers) => (extra[prefix] = headers),
				close: () => server.close()
			})
		)
	);
}

/**
 * Builds the course with `events` in place of lessons/events (a copy of the working tree, with the
 * root's node_modules linked in) and starts its production server. Resolves to its origin.
 */
export async function serveCourse(root, events, label) {
	const copy = join(tmpdir(), `course-bench-${label}`);
	rmSync(copy, { recursive: true, force: true });
	const tracked = spawnSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
		.stdout.split('\0')
		.filter((file) => file && !file.startsWith('bench/') && existsSync(join(root, file)));
	for (const file of tracked) cpSync(join(root, file), join(copy, file));
	symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
	rmSync(join(copy, 'lessons/events'), { recursive: true });
	mkdirSync(join(copy, 'lessons/events'));
	writeFileSync(join(copy, 'lessons/events/benchmark.yaml'), stringify(events));
	const build = spawnSync('npx', ['vite', 'build'], { cwd: copy, encoding: 'utf8' });
	if (build.status !== 0)
		throw new Error(`Building the course failed:\n${build.stdout}\n${build.stderr}`);

	const port = 20000 + Math.floor(Math.random() * 20000);
	const dataDir = join(copy, 'data');
	// The server stands in for a machine elsewhere: at the lowest priority, rendering the pages the
	// service worker downloads does not take this machine's two cores from the browser measured.
	const server = spawn('nice', ['-n', '19', 'node', 'scripts/serve.js'], {
		cwd: copy,
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir },
		stdio: 'ignore'
	});
	const origin = `http://127.0.0.1:${port}`;
	for (let tries = 0; tries < 150; tries++) {
		try {
			if ((await fetch(`${origin}/healthz`)).ok)
				return {
					origin,
					close: () => (server.kill(), rmSync(copy, { recursive: true, force: true }))
				};
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	server.kill();
	throw new Error(`The course built with ${label} did not start`);
}
