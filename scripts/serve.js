// Serves the built app (build/, or BUILD_DIR) over plain HTTP: PORT (3000), HOST (0.0.0.0),
// DATA_DIR (./data), BODY_SIZE_LIMIT (64K). Pages rendered per request are compressed (the
// `compression` middleware; built files already come precompressed), since many readers are on a
// phone with a poor connection: /timeline's HTML goes from about 166 KB to 34 KB.
// Set ORIGIN (e.g. https://course.example.org) when a proxy serves it elsewhere. Without ORIGIN the
// request's own host is trusted and the protocol is http, so form posts pass SvelteKit's origin
// check at http://localhost:3000 and http://127.0.0.1:3000 alike.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import compression from 'compression';
import { SECURITY_HEADERS } from './security-headers.js';

const PROTOCOL_HEADER = 'x-course-served-protocol';

const handlerFile = process.env.BUILD_DIR
	? pathToFileURL(resolve(process.env.BUILD_DIR, 'handler.js'))
	: new URL('../build/handler.js', import.meta.url);

if (!existsSync(handlerFile)) {
	console.error('No build found. Run `npm run build` first (or `npm start`, which builds).');
	process.exit(1);
}

if (!process.env.ORIGIN) delete process.env.ORIGIN;
const trustHost = !process.env.ORIGIN;
if (trustHost) process.env.PROTOCOL_HEADER = PROTOCOL_HEADER;

// No form on this site comes near 64 KB (a whole quiz is a few KB); bigger bodies get a 413.
process.env.BODY_SIZE_LIMIT ||= '64K';

const { handler } = await import(handlerFile.href);

const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || '0.0.0.0';

const compress = compression();

const server = createServer((req, res) => {
	// Overwrite whatever a client sent: this server itself only speaks HTTP.
	if (trustHost) req.headers[PROTOCOL_HEADER] = 'http';
	// Prerendered pages and built files never reach hooks.server.ts, which sets these for the rest.
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
	compress(req, res, () => handler(req, res));
});

server.listen(port, host, () => {
	const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
	console.log(`The course is being served at ${process.env.ORIGIN || `http://${shown}:${port}`}`);
});

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
