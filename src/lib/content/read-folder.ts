// Reads lessons/ from disk for the build-time check in vite.config.ts and for unit tests; the app
// itself reads the same files through import.meta.glob in src/lib/server/content.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from './data-files.ts';

/** Every .md and .yaml file under `root/lessons`, with paths relative to `root`. */
export function readContentFolder(root: string, folder = 'lessons'): ContentFile[] {
	const files: ContentFile[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (/\.(md|ya?ml)$/.test(entry.name))
				files.push({
					path: relative(root, path).split(sep).join('/'),
					text: readFileSync(path, 'utf8')
				});
		}
	};
	walk(join(root, folder));
	return files;
}
