// Reads a lesson's .md source: validates its frontmatter, and finds what the body refers to
// (citations, glossary terms, embedded questions, headings) so references can be checked before
// anything is rendered.
import GithubSlugger from 'github-slugger';
import * as v from 'valibot';
import { parse } from 'yaml';
import type { ContentFile } from './data-files.ts';
import type { Problems } from './problems.ts';
import { LessonFrontmatterSchema, type LessonFrontmatter } from './schema.ts';

export interface LessonHeading {
	depth: 2 | 3;
	text: string;
	/** The anchor rehype-slug gives the heading on the page. */
	id: string;
}

export interface LessonSource extends LessonFrontmatter {
	file: string;
	/** Claim ids in the order the lesson first cites them: footnote numbers follow this order. */
	citations: string[];
	/** Glossary ids linked from the body with <Term>. */
	termLinks: string[];
	/** Question ids embedded with <Check>. */
	checks: string[];
	/** Lessons whose events are shown with <TimelineExcerpt>. */
	excerpts: string[];
	/** Events from other lessons an excerpt shows too (`<TimelineExcerpt also="id id">`). */
	excerptAlso: string[];
	headings: LessonHeading[];
	words: number;
	minutes: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const WORDS_PER_MINUTE = 200;

/** Every value of `attribute` on `<Tag …>` in the body, in order, without repeats. */
function attributeValues(body: string, tag: string, attribute: string): string[] {
	const pattern = new RegExp(`<${tag}\\b[^>]*?\\b${attribute}\\s*=\\s*["']([^"']*)["']`, 'g');
	return [...new Set([...body.matchAll(pattern)].map((m) => m[1]))];
}

function stripMarkup(body: string): string {
	return body
		.replace(/<script[\s\S]*?<\/script>/g, ' ')
		.replace(/<style[\s\S]*?<\/style>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[#*_>`|-]+/g, ' ');
}

function headingsOf(body: string): LessonHeading[] {
	const slugger = new GithubSlugger();
	const headings: LessonHeading[] = [];
	for (const match of body.matchAll(/^(#{2,3})\s+(.+?)\s*#*\s*$/gm)) {
		const heading = stripMarkup(match[2]).replace(/\s+/g, ' ').trim();
		headings.push({ depth: match[1].length as 2 | 3, text: heading, id: slugger.slug(heading) });
	}
	return headings;
}

const FILE_NAME = /(?:^|\/)\d+-([a-z0-9-]+)\.md$/;

export function loadLesson(file: ContentFile, problems: Problems): LessonSource | undefined {
	const match = FRONTMATTER.exec(file.text);
	if (!match) {
		problems.add(file.path, 'frontmatter', 'the file must start with a --- frontmatter block ---');
		return undefined;
	}
	let data: unknown;
	try {
		data = parse(match[1]);
	} catch (error) {
		problems.add(file.path, 'frontmatter', (error as Error).message.split('\n')[0]);
		return undefined;
	}
	const result = v.safeParse(LessonFrontmatterSchema, data);
	if (!result.success) {
		problems.addIssues(file.path, 'frontmatter', result.issues);
		return undefined;
	}
	const frontmatter = result.output;
	const nameSlug = FILE_NAME.exec(file.path)?.[1];
	if (nameSlug !== frontmatter.slug) {
		problems.add(
			file.path,
			'frontmatter.slug',
			`"${frontmatter.slug}" must match the file name, which must be NN-${frontmatter.slug}.md`
		);
	}
	if (frontmatter.period.end < frontmatter.period.start) {
		problems.add(file.path, 'frontmatter.period', 'end comes before start');
	}
	const body = file.text.slice(match[0].length);
	const words = stripMarkup(body).split(/\s+/).filter(Boolean).length;
	return {
		...frontmatter,
		file: file.path,
		citations: attributeValues(body, 'Cite', 'claim'),
		termLinks: attributeValues(body, 'Term', 'id'),
		checks: attributeValues(body, 'Check', 'id'),
		excerpts: attributeValues(body, 'TimelineExcerpt', 'lesson'),
		excerptAlso: attributeValues(body, 'TimelineExcerpt', 'also').flatMap((v) =>
			v.split(/\s+/).filter(Boolean)
		),
		headings: headingsOf(body),
		words,
		minutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE))
	};
}
