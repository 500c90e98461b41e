// Assembles the whole course from the files in lessons/ and checks every reference between them:
// a lesson citing a claim that does not exist, a claim naming an unknown source, an event for a
// lesson that is not there... Each problem names its file and field; any problem fails the build.
import { loadRecords, type ContentFile, type Located } from './data-files.ts';
import { loadLesson, type LessonSource } from './lesson-files.ts';
import { Problems } from './problems.ts';
import { QuestionSchema, type Question } from './question-schema.ts';
import {
	ClaimSchema,
	EventSchema,
	GlossaryEntrySchema,
	SourceSchema,
	type Claim,
	type GlossaryEntry,
	type Source,
	type TimelineEvent
} from './schema.ts';
import { checkReferences } from './references.ts';

export interface Course {
	lessons: LessonSource[];
	sources: Located<Source>[];
	claims: Located<Claim>[];
	events: Located<TimelineEvent>[];
	glossary: Located<GlossaryEntry>[];
	questions: Located<Question>[];
}

export const DATA_KINDS = ['sources', 'claims', 'events', 'glossary', 'questions'] as const;
type DataKind = (typeof DATA_KINDS)[number];

/** Sorts the files of lessons/ by kind; anything that fits no kind is a problem. */
function sortFiles(files: ContentFile[], problems: Problems) {
	const lessons: ContentFile[] = [];
	const data = Object.fromEntries(DATA_KINDS.map((k) => [k, [] as ContentFile[]])) as Record<
		DataKind,
		ContentFile[]
	>;
	for (const file of files) {
		const dataKind = /^lessons\/([a-z]+)\/[^/]+\.ya?ml$/.exec(file.path)?.[1];
		if (/^lessons\/[^/]+\.md$/.test(file.path)) lessons.push(file);
		else if (dataKind && (DATA_KINDS as readonly string[]).includes(dataKind))
			data[dataKind as DataKind].push(file);
		else
			problems.add(
				file.path,
				'location',
				`not a known kind of content: lessons go in lessons/NN-slug.md, data in lessons/{${DATA_KINDS.join(',')}}/*.yaml`
			);
	}
	return { lessons, data };
}

/** Validates and links all content; throws a ContentError listing every problem found. */
export function buildCourse(files: ContentFile[]): Course {
	const problems = new Problems();
	const sorted = sortFiles(
		[...files].sort((a, b) => a.path.localeCompare(b.path)),
		problems
	);
	const course: Course = {
		lessons: sorted.lessons
			.map((file) => loadLesson(file, problems))
			.filter((lesson): lesson is LessonSource => lesson !== undefined)
			.sort((a, b) => a.order - b.order),
		sources: loadRecords(sorted.data.sources, SourceSchema, problems),
		claims: loadRecords(sorted.data.claims, ClaimSchema, problems),
		events: loadRecords(sorted.data.events, EventSchema, problems).sort(
			(a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)
		),
		glossary: loadRecords(sorted.data.glossary, GlossaryEntrySchema, problems).sort((a, b) =>
			a.name.localeCompare(b.name, 'en')
		),
		questions: loadRecords(sorted.data.questions, QuestionSchema, problems)
	};
	checkReferences(course, problems);
	problems.throwIfAny();
	return course;
}
