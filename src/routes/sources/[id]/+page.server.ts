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
	// Where this source takes a side in a disagreement: what it says, and what the others say.
	const contradictions = claims.flatMap((c) => {
		const positions = c.disagreement?.positions ?? [];
		const own = positions.filter((p) => p.sources.includes(source.id));
		if (!c.disagreement || own.length === 0) return [];
		return [
			{
				claimId: c.id,
				summary: c.disagreement.summary,
				says: own.map((p) => p.says).join(' '),
				others: positions.filter((p) => !p.sources.includes(source.id)),
				resolution: c.disagreement.resolution
			}
		];
	});
	return {
		source: record,
		claims,
		contradictions,
		sourceTitles: Object.fromEntries(course.sources.map((s) => [s.id, s.title]))
	};
};
