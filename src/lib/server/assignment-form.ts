// What the "new assignment" form must contain, checked with valibot, and turned into the rules an
// assignment is stored with. Times arrive as datetime-local values plus, when JavaScript ran, the
// same moments in UTC worked out in the teacher's own time zone; without JavaScript the wall-clock
// times are read as UTC, and the form says so.
import * as v from 'valibot';
import { lessonBySlug } from './content';
import { quizPool } from './quiz';

export const MAX_ATTEMPTS = 20;
export const MAX_TIME_LIMIT = 300;

const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/** A moment from the UTC field when it is valid, else the local field read as UTC. */
export function moment(utc: unknown, local: unknown): number | undefined {
	if (typeof utc === 'string' && utc) {
		const ms = Date.parse(utc);
		if (Number.isFinite(ms)) return ms;
	}
	if (typeof local === 'string' && LOCAL.test(local)) {
		const ms = Date.parse(`${local}Z`);
		if (Number.isFinite(ms)) return ms;
	}
	return undefined;
}

const whole = (message: string, min: number, max: number) =>
	v.pipe(
		v.string(message),
		v.trim(),
		v.nonEmpty(message),
		v.toNumber(message),
		v.integer(message),
		v.minValue(min, message),
		v.maxValue(max, message)
	);

const AssignmentFields = v.object({
	title: v.pipe(
		v.string('Give the assignment a title.'),
		v.trim(),
		v.nonEmpty('Give the assignment a title.'),
		v.maxLength(120, 'Keep the title under 120 characters.')
	),
	lessons: v.pipe(
		v.array(v.string(), 'Choose the lessons its questions come from.'),
		v.minLength(1, 'Choose the whole course or at least one lesson.'),
		v.check(
			(slugs) => slugs.every((s) => s === 'course' || lessonBySlug.has(s)),
			'Choose lessons from the list.'
		),
		v.transform((slugs) => (slugs.includes('course') ? ['course'] : [...new Set(slugs)]))
	),
	perStudent: whole('Say how many questions each student gets (a whole number).', 1, 200),
	opensAt: v.number('Say when the assignment opens.'),
	dueAt: v.number('Say when it is due.'),
	attemptsAllowed: whole(`Allow between 1 and ${MAX_ATTEMPTS} attempts.`, 1, MAX_ATTEMPTS),
	counts: v.picklist(['best', 'last'], 'Choose which attempt counts.'),
	reveal: v.picklist(
		['after-submit', 'after-due', 'never'],
		'Choose when students see the answers.'
	),
	timeLimitMinutes: v.optional(
		whole(`A time limit is a whole number of minutes up to ${MAX_TIME_LIMIT}.`, 1, MAX_TIME_LIMIT)
	)
});

export const AssignmentForm = v.pipe(
	AssignmentFields,
	v.forward(
		v.check(({ opensAt, dueAt }) => dueAt > opensAt, 'The due time must be after it opens.'),
		['dueAt']
	),
	v.forward(
		v.check(
			({ lessons, perStudent }) => perStudent <= poolSize(lessons),
			'There are not that many questions in the lessons chosen.'
		),
		['perStudent']
	)
);

export type AssignmentRules = v.InferOutput<typeof AssignmentForm>;

/** How many questions the chosen lessons hold together. */
export const poolSize = (lessons: string[]) =>
	lessons.reduce((sum, slug) => sum + (quizPool(slug)?.length ?? 0), 0);

/** The form's values in the shape the schema checks (missing fields stay undefined). */
export function assignmentInput(form: FormData) {
	const text = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' ? value : undefined;
	};
	const limit = text('timeLimitMinutes')?.trim();
	return {
		title: text('title'),
		lessons: form.getAll('lessons').filter((l) => typeof l === 'string'),
		perStudent: text('perStudent'),
		opensAt: moment(text('opensAtUtc'), text('opensAt')),
		dueAt: moment(text('dueAtUtc'), text('dueAt')),
		attemptsAllowed: text('attemptsAllowed'),
		counts: text('counts'),
		reveal: text('reveal'),
		timeLimitMinutes: limit ? limit : undefined
	};
}
