// One source: what it is, when, what it covers, how far to trust it, the claims it supports and
// where other sources contradict it. Prerendered for every source.
import { error } from '@sveltejs/kit';
import { course, sourceById } from '$lib/server/content';
import { claimView } from '$lib/content/views';
import type { EntryGenerator, PageServerLoad } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => course.sources.map((s) => ({ id: s.id }));

export const load: PageServerLoad = ({ params }) => {
	const source = sourceById.get(params.id);
	if (!source) error(404, `There is no source with the id “${params.id}”.`);
	const claims = course.claims
		.filter((c) => c.sources.some((s) => s.source === source.id))
		.map((c) => claimView(course, c));
	const { file: _file, ...record } = source;
	return {
		source: record,
		claims,
		contested: claims.filter((c) => c.disagreement).length,
		sourceTitles: Object.fromEntries(course.sources.map((s) => [s.id, s.title]))
	};
};
