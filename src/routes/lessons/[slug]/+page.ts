// Adds the lesson's compiled text (an mdsvex component) to the server data. Components cannot be
// serialised, so this runs as a universal load; each lesson is its own chunk, fetched on demand.
import { error } from '@sveltejs/kit';
import type { Component } from 'svelte';
import type { PageLoad } from './$types';

const lessonModules = import.meta.glob<{ default: Component }>('/lessons/*.md');

export const load: PageLoad = async ({ data }) => {
	const loadModule = lessonModules[`/${data.lesson.file}`];
	if (!loadModule) error(404, `The text of “${data.lesson.title}” is missing.`);
	const module = await loadModule();
	return { ...data, Body: module.default };
};
