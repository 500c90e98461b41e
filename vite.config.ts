// Vite: SvelteKit, a build-time check of lessons/, the timeline's own script (src/lib/island), and
// the three test projects npm test runs.
import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { buildCourse } from './src/lib/content/course.ts';
import { timelineIsland } from './src/lib/island/build-plugin.ts';
import { readContentFolder } from './src/lib/content/read-folder.ts';

/** Fails `vite build` before anything renders when lessons/ has a problem (dev and tests see the
 * same ContentError from src/lib/server/content.ts or the content unit tests). */
function checkCourseContent(): Plugin {
	return {
		name: 'check-course-content',
		apply: 'build',
		buildStart() {
			buildCourse(readContentFolder(process.cwd()));
		}
	};
}

export default defineConfig({
	plugins: [checkCourseContent(), sveltekit(), timelineIsland()],
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts']
				}
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['tests/component/**/*.test.ts'],
					setupFiles: ['src/vitest-setup.ts']
				}
			},
			{
				test: {
					name: 'browser',
					environment: 'node',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/e2e/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					// A page's script may still be starting on a loaded machine: polls wait up to 10 s.
					expect: { poll: { timeout: 10_000 } },
					fileParallelism: false
				}
			}
		]
	}
});
