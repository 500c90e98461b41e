// Progress on this device: the best score on each practice quiz, the in-lesson checks answered, and
// how far the reader got in each lesson (the section they were last reading, how many sections
// they reached, whether they finished it) and where they stopped last. Kept in localStorage as one
// versioned record. Whatever is stored is validated on the way in: a version 1 record (before
// reading was tracked) is carried over; bad or foreign data is ignored (the reader starts afresh),
// never a crash.
import { deviceStorage, type DeviceStore } from '$lib/device-storage';
import * as v from 'valibot';

export const PROGRESS_KEY = 'russia-taliban-course:progress';
export const PROGRESS_VERSION = 2;

const fraction = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

const Reading = v.object({
	/** The id of the section last read. */
	section: v.pipe(v.string(), v.maxLength(200)),
	/** Sections reached, out of `of`. */
	reached: v.pipe(v.number(), v.integer(), v.minValue(0)),
	of: v.pipe(v.number(), v.integer(), v.minValue(1)),
	done: v.boolean(),
	at: v.string()
});

const ProgressSchema = v.object({
	version: v.literal(PROGRESS_VERSION),
	lessons: v.record(v.string(), Reading),
	last: v.optional(v.object({ lesson: v.string(), section: v.string() })),
	quizzes: v.record(
		v.string(),
		v.object({
			best: fraction,
			attempts: v.pipe(v.number(), v.integer(), v.minValue(1)),
			at: v.string()
		})
	),
	checks: v.record(v.string(), v.object({ correct: v.boolean(), at: v.string() }))
});

export type Progress = v.InferOutput<typeof ProgressSchema>;
export type LessonReading = v.InferOutput<typeof Reading>;

/** Version 1: quizzes and checks only. */
const ProgressV1 = v.object({
	version: v.literal(1),
	quizzes: ProgressSchema.entries.quizzes,
	checks: ProgressSchema.entries.checks
});

export const emptyProgress = (): Progress => ({
	version: PROGRESS_VERSION,
	lessons: {},
	quizzes: {},
	checks: {}
});

export function readProgress(store: DeviceStore | undefined = deviceStorage()): Progress {
	try {
		const raw = store?.getItem(PROGRESS_KEY);
		if (!raw) return emptyProgress();
		const json = JSON.parse(raw);
		const parsed = v.safeParse(ProgressSchema, json);
		if (parsed.success) return parsed.output;
		const old = v.safeParse(ProgressV1, json);
		return old.success
			? { ...emptyProgress(), quizzes: old.output.quizzes, checks: old.output.checks }
			: emptyProgress();
	} catch {
		return emptyProgress();
	}
}

function save(progress: Progress, store: DeviceStore | undefined) {
	try {
		store?.setItem(PROGRESS_KEY, JSON.stringify(progress));
	} catch {
		// Storage full or blocked: progress is a convenience, the quiz goes on without it.
	}
	return progress;
}

/** Records a finished attempt at a whole quiz; the best score is kept. */
export function recordQuiz(
	slug: string,
	score: number,
	store: DeviceStore | undefined = deviceStorage()
) {
	const progress = readProgress(store);
	const before = progress.quizzes[slug];
	const clamped = Math.min(1, Math.max(0, score));
	progress.quizzes[slug] = {
		best: Math.max(before?.best ?? 0, clamped),
		attempts: (before?.attempts ?? 0) + 1,
		at: new Date().toISOString()
	};
	return save(progress, store);
}

/** Records an answer to an in-lesson check; the latest answer counts. */
export function recordCheck(
	id: string,
	correct: boolean,
	store: DeviceStore | undefined = deviceStorage()
) {
	const progress = readProgress(store);
	progress.checks[id] = { correct, at: new Date().toISOString() };
	return save(progress, store);
}

/**
 * Records where the reader is in a lesson: the section they stayed on (its index of `of`), which
 * also becomes the place "Continue" returns to. How many sections were reached grows by one
 * section at a time, so a jump to the end of a lesson does not count as reading all of it.
 */
export function recordReading(
	lesson: string,
	section: string,
	index: number,
	of: number,
	store: DeviceStore | undefined = deviceStorage()
) {
	const progress = readProgress(store);
	const before = progress.lessons[lesson];
	const reachedBefore = before?.reached ?? 0;
	progress.lessons[lesson] = {
		section,
		// One section further at most per call: jumping ahead is not reading the sections between.
		reached: Math.min(of, Math.max(reachedBefore, Math.min(index + 1, reachedBefore + 1))),
		of,
		done: before?.done ?? false,
		at: new Date().toISOString()
	};
	progress.last = { lesson, section };
	return save(progress, store);
}

/** Marks a lesson done (or not done again). */
export function markLessonDone(
	lesson: string,
	done: boolean,
	of: number,
	store: DeviceStore | undefined = deviceStorage()
) {
	const progress = readProgress(store);
	const before = progress.lessons[lesson];
	progress.lessons[lesson] = {
		section: before?.section ?? '',
		reached: done ? of : (before?.reached ?? 0),
		of,
		done,
		at: new Date().toISOString()
	};
	return save(progress, store);
}

/** Forgets everything this device recorded: quizzes, checks and reading. */
export function resetProgress(store: DeviceStore | undefined = deviceStorage()) {
	try {
		store?.removeItem(PROGRESS_KEY);
	} catch {
		// nothing stored, or storage blocked
	}
	return emptyProgress();
}
