// Broken content must fail the build with a message that names the file, the field and the id.
import { describe, expect, it } from 'vitest';
import { buildCourse } from '$lib/content/course';
import type { ContentFile } from '$lib/content/data-files';
import { ContentError } from '$lib/content/problems';

const lesson = (body: string, terms = '[]') => ({
	path: 'lessons/01-sample.md',
	text: `---
slug: sample
order: 1
title: A sample lesson
summary: A lesson used by the tests.
period: { start: 1979, end: 1989 }
objectives: [Explain the sample.]
terms: ${terms}
---
<script>
	import { Cite } from '$lib/lesson';
</script>

## First section

${body}
`
});

const sources = {
	path: 'lessons/sources/main.yaml',
	text: `- id: britannica
  title: Soviet-Afghan War
  publisher: Encyclopaedia Britannica
  kind: encyclopedia
  date: '2024'
  summary: An overview of the war.
  reliability: A tertiary source.
`
};

const claims = {
	path: 'lessons/claims/sample.yaml',
	text: `- id: invasion-1979
  text: Soviet troops entered Afghanistan in December 1979.
  status: confirmed
  sources: [{ source: britannica }]
`
};

const valid: ContentFile[] = [
	lesson('Troops came.<Cite claim="invasion-1979" />'),
	sources,
	claims
];

function problemsOf(files: ContentFile[]): string[] {
	try {
		buildCourse(files);
	} catch (error) {
		if (error instanceof ContentError) return error.problems;
		throw error;
	}
	return [];
}

describe('buildCourse', () => {
	it('accepts valid content and numbers citations in order of first use', () => {
		const course = buildCourse([
			lesson('A.<Cite claim="invasion-1979" /> B.<Cite claim="invasion-1979" />'),
			sources,
			claims
		]);
		expect(course.lessons[0].citations).toEqual(['invasion-1979']);
		expect(course.lessons[0].headings).toEqual([
			{ depth: 2, text: 'First section', id: 'first-section' }
		]);
	});

	it('fails on a lesson citing a claim that does not exist, naming the file and the id', () => {
		const files = [lesson('Troops came.<Cite claim="no-such-claim" />'), sources, claims];
		expect(() => buildCourse(files)).toThrow(ContentError);
		expect(() => buildCourse(files)).toThrow(
			/lessons\/01-sample\.md: <Cite claim>: no claim has the id "no-such-claim"/
		);
	});

	it('names the event a timeline excerpt borrows from another lesson, when there is none', () => {
		const files = [
			lesson(
				'Troops came.<Cite claim="invasion-1979" /> <TimelineExcerpt lesson="sample" also="no-such-event" />'
			),
			sources,
			claims
		];
		expect(problemsOf(files)).toContainEqual(
			expect.stringMatching(/<TimelineExcerpt also>: no event has the id "no-such-event"/)
		);
	});

	it.each([
		{
			case: 'a claim naming an unknown source',
			files: [
				valid[0],
				sources,
				{ ...claims, text: claims.text.replace('source: britannica', 'source: wikipedia') }
			],
			expected:
				'lessons/claims/sample.yaml: claim "invasion-1979".sources: no source has the id "wikipedia"'
		},
		{
			case: 'a claim with no sources',
			files: [
				valid[0],
				sources,
				{ ...claims, text: claims.text.replace('[{ source: britannica }]', '[]') }
			],
			expected:
				'lessons/claims/sample.yaml: record 1 ("invasion-1979").sources: a claim needs at least one source'
		},
		{
			case: 'a missing title in a source',
			files: [
				valid[0],
				{ ...sources, text: sources.text.replace('  title: Soviet-Afghan War\n', '') },
				claims
			],
			expected: 'lessons/sources/main.yaml: record 1 ("britannica").title'
		},
		{
			case: 'a glossary term the lesson lists but nobody defined',
			files: [
				lesson('Troops came.<Cite claim="invasion-1979" />', '[mujahideen]'),
				sources,
				claims
			],
			expected: 'lessons/01-sample.md: frontmatter.terms: no term has the id "mujahideen"'
		},
		{
			case: 'an event whose date is not written at its precision',
			files: [
				...valid,
				{
					path: 'lessons/events/sample.yaml',
					text: `- id: invasion
  date: '1979-12'
  precision: day
  title: Invasion
  text: Troops crossed the border.
  lesson: sample
  lane: russia
  claims: [invasion-1979]
`
				}
			],
			expected:
				'lessons/events/sample.yaml: event "invasion".date: must be written to day precision'
		},
		{
			case: 'an event for a lesson that does not exist',
			files: [
				...valid,
				{
					path: 'lessons/events/sample.yaml',
					text: `- id: invasion
  date: '1979-12-27'
  precision: day
  title: Invasion
  text: Troops crossed the border.
  lesson: no-such-lesson
  lane: russia
  claims: [invasion-1979]
`
				}
			],
			expected: 'event "invasion".lesson: no lesson has the id "no-such-lesson"'
		},
		{
			case: 'a disputed claim without its disagreement',
			files: [valid[0], sources, { ...claims, text: claims.text.replace('confirmed', 'disputed') }],
			expected: 'claim "invasion-1979": a disputed claim must say how its sources disagree'
		},
		{
			case: 'a single-choice question with two right answers',
			files: [
				...valid,
				{
					path: 'lessons/questions/sample.yaml',
					text: `- id: when-invasion
  lesson: sample
  type: single
  prompt: When did Soviet troops enter Afghanistan?
  difficulty: easy
  skill: recall
  claims: [invasion-1979]
  section: first-section
  explanation: They entered in December 1979.
  choices:
    - { id: a, text: '1979', correct: true, feedback: Right. }
    - { id: b, text: '1989', correct: true, feedback: That is the withdrawal. }
`
				}
			],
			expected: 'question "when-invasion".choices: needs exactly one correct choice, has 2'
		},
		{
			case: 'a question pointing at a section the lesson does not have',
			files: [
				...valid,
				{
					path: 'lessons/questions/sample.yaml',
					text: `- id: when-invasion
  lesson: sample
  type: true-false
  prompt: Soviet troops entered Afghanistan in 1979.
  difficulty: easy
  skill: recall
  claims: [invasion-1979]
  section: no-such-section
  explanation: They entered in December 1979.
  answer: true
  feedback: { 'true': Right., 'false': Check the date. }
`
				}
			],
			expected:
				'question "when-invasion".section: lesson "sample" has no heading "#no-such-section"'
		},
		{
			case: 'a lesson whose file name and slug differ',
			files: [{ ...valid[0], path: 'lessons/01-other.md' }, sources, claims],
			expected: 'lessons/01-other.md: frontmatter.slug'
		},
		{
			case: 'invalid YAML',
			files: [...valid, { path: 'lessons/glossary/bad.yaml', text: '- id: [unclosed' }],
			expected: 'lessons/glossary/bad.yaml: YAML'
		},
		{
			case: 'a data file in a folder that is no kind of content',
			files: [...valid, { path: 'lessons/people/x.yaml', text: '[]' }],
			expected: 'lessons/people/x.yaml: location'
		}
	])('fails on $case', ({ files, expected }) => {
		const problems = problemsOf(files);
		expect(
			problems.some((p) => p.includes(expected)),
			problems.join('\n')
		).toBe(true);
	});

	it('reports every problem at once, not just the first', () => {
		const problems = problemsOf([
			lesson('<Cite claim="missing-a" /> <Cite claim="missing-b" />'),
			sources,
			claims
		]);
		expect(problems).toHaveLength(2);
	});
});
