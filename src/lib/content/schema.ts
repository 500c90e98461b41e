// Schemas for every kind of content in lessons/: sources, claims, events, glossary entries,
// lesson frontmatter and quiz questions. Pure valibot, no I/O, so the build, the server and the
// unit tests all validate with the same rules.
import * as v from 'valibot';
import { PARTIAL_DATE } from './dates.ts';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = () =>
	v.pipe(
		v.string(),
		v.regex(ID_PATTERN, 'must be lower-case words joined by hyphens (e.g. "fall-of-kabul")')
	);
const text = () => v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const idList = (min = 0) =>
	v.pipe(v.array(id()), v.minLength(min, `needs at least ${min} entr${min === 1 ? 'y' : 'ies'}`));

const partialDate = () =>
	v.pipe(v.string(), v.regex(PARTIAL_DATE, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD'));

export const SOURCE_KINDS = [
	'news-report',
	'wire-service',
	'encyclopedia',
	'official',
	'research',
	'court-or-law',
	'book'
] as const;

export const SourceSchema = v.object({
	id: id(),
	title: text(),
	publisher: text(),
	kind: v.picklist(SOURCE_KINDS),
	/** Publication date, as precise as it is known. */
	date: v.optional(partialDate()),
	/** How the date is known, when the document itself does not carry one. */
	dateNote: v.optional(text()),
	url: v.optional(v.pipe(v.string(), v.url('must be a full address (https://…)'))),
	/** The seed report this record describes (a file name in shared/seeds/). */
	seed: v.optional(text()),
	/** What the source covers, in our words. */
	summary: text(),
	/** What a reader should be careful about with this source. */
	reliability: text()
});

export const CLAIM_STATUSES = ['confirmed', 'reported', 'disputed'] as const;

const ClaimSourceSchema = v.object({
	source: id(),
	/** Where in the source, or how it puts the fact, when that helps a reader check it. */
	note: v.optional(text())
});

const DisagreementSchema = v.object({
	/** One line: what the sources disagree about. */
	summary: text(),
	positions: v.pipe(
		v.array(v.object({ sources: idList(1), says: text() })),
		v.minLength(2, 'a disagreement needs at least two positions')
	),
	/** Which position is best supported now, and why. */
	resolution: text()
});

export const ClaimSchema = v.object({
	id: id(),
	/** The atomic fact, in our words. */
	text: text(),
	status: v.picklist(CLAIM_STATUSES),
	sources: v.pipe(v.array(ClaimSourceSchema), v.minLength(1, 'a claim needs at least one source')),
	disagreement: v.optional(DisagreementSchema)
});

export const LANES = ['russia', 'afghanistan', 'isis-k', 'world'] as const;
export const DATE_PRECISIONS = ['day', 'month', 'year', 'approximate'] as const;

export const EventSchema = v.object({
	id: id(),
	date: partialDate(),
	/** For spans: the last date the event covers. */
	end: v.optional(partialDate()),
	precision: v.picklist(DATE_PRECISIONS),
	title: text(),
	text: text(),
	lesson: id(),
	lane: v.picklist(LANES),
	claims: idList(1)
});

export const GLOSSARY_KINDS = ['term', 'person', 'organisation', 'place'] as const;

export const GlossaryEntrySchema = v.object({
	id: id(),
	name: text(),
	kind: v.picklist(GLOSSARY_KINDS),
	/** Other spellings and names a reader may meet (e.g. "ISKP"). */
	aliases: v.optional(v.array(text())),
	definition: text(),
	claims: v.optional(idList()),
	related: v.optional(idList())
});

export const LessonFrontmatterSchema = v.object({
	slug: id(),
	order: v.pipe(v.number(), v.integer(), v.minValue(0)),
	title: text(),
	summary: text(),
	period: v.object({
		start: v.pipe(v.number(), v.integer()),
		end: v.pipe(v.number(), v.integer())
	}),
	objectives: v.pipe(v.array(text()), v.minLength(1, 'list at least one learning objective')),
	terms: idList()
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type TimelineEvent = v.InferOutput<typeof EventSchema>;
export type GlossaryEntry = v.InferOutput<typeof GlossaryEntrySchema>;
export type LessonFrontmatter = v.InferOutput<typeof LessonFrontmatterSchema>;
export type Lane = (typeof LANES)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
