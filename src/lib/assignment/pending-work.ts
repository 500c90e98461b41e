// A student's work on an assignment that the server has not confirmed yet, kept on the device in
// localStorage: the attempt's form as it stands (every answer field) and whether the student asked
// to submit it. Written before each try to send it, removed once the server has it, so a dropped
// connection, a closed tab or a flat battery loses nothing. Anything unreadable is ignored.
import type { PublicQuestion } from '$lib/content/public-question';
import { deviceStorage } from '$lib/device-storage';
import { answersFromForm } from '$lib/quiz/answers';

export interface PendingWork {
	/** The attempt form's fields (answers and the attempt id), in order. */
	entries: [string, string][];
	/** The student pressed Submit: send it as a submission, not only a save. */
	submit: boolean;
	/** When the device kept it (milliseconds since 1970). */
	keptAt: number;
}

const keyOf = (code: string, attempt: string) => `russia-taliban-course:work:${code}:${attempt}`;

/** The form's text fields as entries (files never appear in these forms). */
export const entriesOf = (data: FormData): [string, string][] =>
	[...data].flatMap(([k, v]) => (typeof v === 'string' ? [[k, v] as [string, string]] : []));

export function keepWork(
	code: string,
	attempt: string,
	work: Omit<PendingWork, 'keptAt'>,
	store = deviceStorage(),
	now = Date.now()
): boolean {
	try {
		store?.setItem(keyOf(code, attempt), JSON.stringify({ ...work, keptAt: now }));
		return Boolean(store);
	} catch {
		return false; // storage full or blocked: the page still holds the answers
	}
}

export function pendingWork(
	code: string,
	attempt: string,
	store = deviceStorage()
): PendingWork | undefined {
	try {
		const raw = JSON.parse(store?.getItem(keyOf(code, attempt)) ?? 'null') as PendingWork | null;
		const valid =
			raw &&
			typeof raw.submit === 'boolean' &&
			typeof raw.keptAt === 'number' &&
			Array.isArray(raw.entries) &&
			raw.entries.every(
				(e) => Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'string'
			);
		return valid ? raw : undefined;
	} catch {
		return undefined;
	}
}

export function forgetWork(code: string, attempt: string, store = deviceStorage()) {
	try {
		store?.removeItem(keyOf(code, attempt));
	} catch {
		// nothing to forget
	}
}

/** The answers the form's fields amount to, by question id (blank ones left out). */
export function answersOf(questions: PublicQuestion[], entries: [string, string][]) {
	const fields = new FormData();
	for (const [name, value] of entries) fields.append(name, value);
	return answersFromForm(questions, fields);
}

/**
 * Each answered question's answer as one comparable string, by question id, so the page can tell
 * which answers the server has. Compared by meaning, not by field: an order given with position
 * menus before the page's script ran (ties allowed) and the same order from the drag list match.
 */
export function answerSignatures(
	questions: PublicQuestion[],
	entries: [string, string][]
): Map<string, string> {
	return new Map(
		Object.entries(answersOf(questions, entries)).map(([id, answer]) => [
			id,
			JSON.stringify(answer)
		])
	);
}
