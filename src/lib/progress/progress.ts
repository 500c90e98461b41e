// Progress on this device: the best score on each practice quiz and the in-lesson checks answered,
// kept in localStorage as one versioned record. Whatever is stored is validated on the way in; bad,
// old or foreign data is ignored (the reader starts afresh), never a crash.
import * as v from 'valibot';

export const PROGRESS_KEY = 'russia-taliban-course:progress';
export const PROGRESS_VERSION = 1;

const fraction = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

const ProgressSchema = v.object({
	version: v.literal(PROGRESS_VERSION),
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

export const emptyProgress = (): Progress => ({
	version: PROGRESS_VERSION,
	quizzes: {},
	checks: {}
});

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** The browser's localStorage, or undefined where there is none or it is blocked. */
function browserStore(): Store | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined;
	}
}

export function readProgress(store: Store | undefined = browserStore()): Progress {
	try {
		const raw = store?.getItem(PROGRESS_KEY);
		if (!raw) return emptyProgress();
		const parsed = v.safeParse(ProgressSchema, JSON.parse(raw));
		return parsed.success ? parsed.output : emptyProgress();
	} catch {
		return emptyProgress();
	}
}

function save(progress: Progress, store: Store | undefined) {
	try {
		store?.setItem(PROGRESS_KEY, JSON.stringify(progress));
	} catch {
		// Storage full or blocked: progress is a convenience, the quiz goes on without it.
	}
	return progress;
}

/** Records a finished attempt at a whole quiz; the best score is kept. */
export function recordQuiz(slug: string, score: number, store: Store | undefined = browserStore()) {
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
	store: Store | undefined = browserStore()
) {
	const progress = readProgress(store);
	progress.checks[id] = { correct, at: new Date().toISOString() };
	return save(progress, store);
}
