// A Vite plugin for pages that run without SvelteKit's client (the timeline, whose budget the whole
// framework would exceed): `virtual:timeline-island` is the address of the page's own script.
// In `vite dev` it is the source module, served by Vite like any other. In `vite build` the script
// is bundled on its own (Svelte's runtime and the components it hydrates, nothing of SvelteKit's),
// then imported with `?url`, so it gets a hashed name beside the app's other files and the service
// worker keeps it for offline reading like them. SvelteKit's `$app/paths` and `$app/environment`
// do not exist outside SvelteKit's build, so the bundle gets small stand-ins for what it uses.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { join } from 'node:path';
import { build, type Plugin } from 'vite';

const ID = 'virtual:timeline-island';
const ENTRY = 'src/lib/timeline/island.ts';
const OUT = '.svelte-kit/island';

/** `$app/paths` and `$app/environment` as a page outside SvelteKit's client needs them. */
function appModules(base: string): Plugin {
	const modules: Record<string, string> = {
		'$app/paths': `export const base = ${JSON.stringify(base)};
export const assets = base;
export function resolve(route, params = {}) {
	return base + route.replace(/\\[(\\w+)\\]/g, (_, name) => params[name]);
}`,
		'$app/environment': 'export const browser = true, dev = false, building = false;'
	};
	return {
		name: 'island-app-modules',
		resolveId: (id) => (id in modules ? `\0island:${id}` : undefined),
		load: (id) => (id.startsWith('\0island:') ? modules[id.slice('\0island:'.length)] : undefined)
	};
}

/** Bundles the island's script into OUT; resolves to the file's path. */
async function bundleIsland(root: string, base: string): Promise<string> {
	await build({
		configFile: false,
		root,
		mode: 'production',
		logLevel: 'warn',
		publicDir: false,
		plugins: [appModules(base), svelte()],
		resolve: { alias: { $lib: join(root, 'src/lib') } },
		build: {
			outDir: join(root, OUT),
			emptyOutDir: true,
			// Its styles are the page's, which SvelteKit writes into the page already.
			cssCodeSplit: false,
			modulePreload: false,
			rolldownOptions: {
				input: join(root, ENTRY),
				output: { format: 'es', entryFileNames: 'timeline.js' }
			}
		}
	});
	return join(root, OUT, 'timeline.js');
}

export function timelineIsland({ base = '' } = {}): Plugin {
	let command: 'build' | 'serve' = 'serve';
	let root = process.cwd();
	// The server build and the client build both import it; one bundle serves both.
	let bundled: Promise<string> | undefined;
	return {
		name: 'timeline-island',
		configResolved(config) {
			command = config.command;
			root = config.root;
		},
		resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
		async load(id) {
			if (id !== `\0${ID}`) return;
			if (command === 'serve') return `export default ${JSON.stringify(`${base}/${ENTRY}`)};`;
			const file = await (bundled ??= bundleIsland(root, base));
			return `export { default } from ${JSON.stringify(`${file}?url`)};`;
		}
	};
}
