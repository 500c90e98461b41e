// Cross-checks between kinds of content: every id one record names must exist, and a few rules
// that a schema alone cannot state (one correct choice, a date written at its precision).
import type { Course } from './course.ts';
import type { Problems } from './problems.ts';

const DATE_SHAPE = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ } as const;

export function checkReferences(course: Course, problems: Problems) {
	const has = {
		lesson: new Set(course.lessons.map((l) => l.slug)),
		source: new Set(course.sources.map((s) => s.id)),
		claim: new Set(course.claims.map((c) => c.id)),
		term: new Set(course.glossary.map((g) => g.id)),
		question: new Set(course.questions.map((q) => q.id)),
		event: new Set(course.events.map((e) => e.id))
	};
	const expect = (kind: keyof typeof has, ids: readonly string[], file: string, where: string) => {
		ids.forEach((id) => {
			if (!has[kind].has(id)) problems.add(file, where, `no ${kind} has the id "${id}"`);
		});
	};

	const orders = new Map<number, string>();
	const slugs = new Set<string>();
	for (const lesson of course.lessons) {
		if (slugs.has(lesson.slug)) problems.add(lesson.file, 'frontmatter.slug', 'used twice');
		slugs.add(lesson.slug);
		const other = orders.get(lesson.order);
		if (other) problems.add(lesson.file, 'frontmatter.order', `same order as ${other}`);
		orders.set(lesson.order, lesson.file);
		expect('claim', lesson.citations, lesson.file, '<Cite claim>');
		expect('term', lesson.termLinks, lesson.file, '<Term id>');
		expect('term', lesson.terms, lesson.file, 'frontmatter.terms');
		expect('question', lesson.checks, lesson.file, '<Check id>');
		expect('lesson', lesson.excerpts, lesson.file, '<TimelineExcerpt lesson>');
		expect('event', lesson.excerptAlso, lesson.file, '<TimelineExcerpt also>');
	}

	for (const claim of course.claims) {
		const where = `claim "${claim.id}"`;
		const sourceIds = claim.sources.map((s) => s.source);
		expect('source', sourceIds, claim.file, `${where}.sources`);
		if (claim.status === 'disputed' && !claim.disagreement)
			problems.add(claim.file, where, 'a disputed claim must say how its sources disagree');
		claim.disagreement?.positions.forEach((position, i) => {
			position.sources
				.filter((s) => !sourceIds.includes(s))
				.forEach((s) =>
					problems.add(
						claim.file,
						`${where}.disagreement.positions.${i}`,
						`source "${s}" is not among the claim's sources`
					)
				);
		});
	}

	for (const event of course.events) {
		const where = `event "${event.id}"`;
		expect('lesson', [event.lesson], event.file, `${where}.lesson`);
		expect('claim', event.claims, event.file, `${where}.claims`);
		if (event.precision !== 'approximate' && !DATE_SHAPE[event.precision].test(event.date))
			problems.add(event.file, `${where}.date`, `must be written to ${event.precision} precision`);
		if (event.end && event.end < event.date)
			problems.add(event.file, `${where}.end`, 'comes before its start date');
	}

	for (const entry of course.glossary) {
		expect('claim', entry.claims ?? [], entry.file, `entry "${entry.id}".claims`);
		expect('term', entry.related ?? [], entry.file, `entry "${entry.id}".related`);
	}

	const lessonHeadings = new Map(
		course.lessons.map((l) => [l.slug, new Set(l.headings.map((h) => h.id))])
	);
	for (const q of course.questions) {
		const where = `question "${q.id}"`;
		expect('lesson', [q.lesson], q.file, `${where}.lesson`);
		expect('claim', q.claims, q.file, `${where}.claims`);
		const headings = lessonHeadings.get(q.lesson);
		if (headings && !headings.has(q.section))
			problems.add(
				q.file,
				`${where}.section`,
				`lesson "${q.lesson}" has no heading "#${q.section}"`
			);
		if (q.type === 'single' || q.type === 'which-source') {
			const correct = q.choices.filter((c) => c.correct).length;
			if (correct !== 1)
				problems.add(
					q.file,
					`${where}.choices`,
					`needs exactly one correct choice, has ${correct}`
				);
		}
		if (q.type === 'multiple' && !q.choices.some((c) => c.correct))
			problems.add(q.file, `${where}.choices`, 'mark at least one choice correct');
		if (q.type === 'which-source')
			expect(
				'source',
				q.choices.map((c) => c.source),
				q.file,
				`${where}.choices`
			);
		if (q.type === 'place-on-timeline' && (q.answer < q.range.start || q.answer > q.range.end))
			problems.add(q.file, `${where}.answer`, 'lies outside the range shown');
	}
}
