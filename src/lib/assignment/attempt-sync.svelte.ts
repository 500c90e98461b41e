// Keeps a student's attempt safe on a bad connection. Every change is written to the device first
// (pending-work.ts), then sent to the server; what the server has confirmed is known answer by
// answer, so the page can say of each whether it is on the server or only on this device. Work kept
// from an earlier visit is shown in the form (not the server's older copy), so the next change adds
// to it; an answer given before the page's script ran (the form's fields differ from what the page
// drew) is sent too. A submit without a connection is kept and sent when the connection returns (the `online`
// event, a retry every few seconds, or the next visit to the page); the server's submit is
// idempotent, so a retry after a lost reply records one submission. Only the server's refusal (time
// is up, already submitted: 409) lets kept work go; anything else keeps it and tries again.
import { deserialize } from '$app/forms';
import { invalidateAll } from '$app/navigation';
import { tick } from 'svelte';
import type { PublicQuestion } from '$lib/content/public-question';
import type { Answer } from '$lib/quiz/grade';
import {
	answerSignatures,
	answersOf,
	entriesOf,
	forgetWork,
	keepWork,
	pendingWork
} from './pending-work';

const RETRY_MS = 8_000;
const SAVE_DELAY_MS = 400;
/** The server refuses the work for good (time is up, already submitted, closed). */
const REFUSED = 409;

export type AnswerPlace = 'server' | 'device';

const time = () => new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

export class AttemptSync {
	/** The line under the questions: what happened to the work last. */
	message = $state('');
	/** Each answered question's signature as the form holds it, and as the server has it. */
	inForm = $state<Record<string, string>>({});
	onServer = $state<Record<string, string>>({});
	/** A submit is waiting for a connection. */
	queued = $state(false);
	/**
	 * Answers the form shows over the server's: kept on this device from an earlier visit, or given
	 * before the page's script ran.
	 */
	kept = $state<Record<string, Answer>>();

	#code: string;
	#attempt: string;
	#form: HTMLFormElement;
	#questions: PublicQuestion[];
	#saveTimer: ReturnType<typeof setTimeout> | undefined;
	#sending = false;
	/** Something asked to send while a send was under way: send again when it ends. */
	#again = false;
	/** The page has let this attempt go. */
	#stopped = false;

	/** The questions the server holds an answer to, when the page was drawn. */
	#answered: readonly string[];
	/** Each question's answer as the page drew it. */
	#drawn: Record<string, string> = {};

	constructor(
		code: string,
		attempt: string,
		form: HTMLFormElement,
		questions: PublicQuestion[],
		answered: string[]
	) {
		this.#code = code;
		this.#attempt = attempt;
		this.#form = form;
		this.#questions = questions;
		this.#answered = answered;
	}

	/** Where the answer to a question is kept, or undefined while it has none. */
	placeOf(questionId: string): AnswerPlace | undefined {
		const now = this.inForm[questionId];
		if (!now) return undefined;
		if (this.onServer[questionId] === now) return 'server';
		// As drawn and never saved: not an answer yet (an ordering question shows an order before
		// the student gives one).
		if (this.#drawn[questionId] === now && !(questionId in this.onServer)) return undefined;
		return 'device';
	}

	/**
	 * Starts watching: what the page was drawn with is on the server; older kept work is sent, and
	 * so is anything answered before the page's script ran.
	 */
	start(): () => void {
		const drawnEntries = this.#drawnEntries();
		const nowEntries = entriesOf(new FormData(this.#form));
		const drawn = Object.fromEntries(answerSignatures(this.#questions, drawnEntries));
		this.inForm = Object.fromEntries(answerSignatures(this.#questions, nowEntries));
		this.#drawn = drawn;
		this.onServer = Object.fromEntries(
			Object.entries(drawn).filter(([id]) => this.#answered.includes(id))
		);
		const kept = pendingWork(this.#code, this.#attempt);
		// Any field touched counts, even a position menu whose order means the same as before.
		const answeredEarly = JSON.stringify(nowEntries) !== JSON.stringify(drawnEntries);
		if (!kept && answeredEarly) {
			// Answered before the script ran: the controls it draws show those answers (a position
			// menu becomes a drag list, which starts from the order the menus gave). They are kept at
			// once, then kept again and sent as those controls hold them.
			this.kept = answersOf(this.#questions, nowEntries);
			this.#keep(false);
			void tick().then(() => {
				if (!this.#stopped) this.changed();
			});
		}
		if (kept) {
			// Work from an earlier visit that never reached the server: show it in the form, so that
			// what the student does next adds to it, and send it.
			this.kept = answersOf(this.#questions, kept.entries);
			this.inForm = Object.fromEntries(answerSignatures(this.#questions, kept.entries));
			this.queued = kept.submit;
			void this.send().then(() => {
				if (!pendingWork(this.#code, this.#attempt)) return invalidateAll();
			});
		}
		const retry = setInterval(() => void this.send(), RETRY_MS);
		const online = () => void this.send();
		addEventListener('online', online);
		return () => {
			this.#stopped = true;
			clearInterval(retry);
			clearTimeout(this.#saveTimer);
			removeEventListener('online', online);
		};
	}

	/** The form's fields as the page drew them (their defaults): the answers the server had. */
	#drawnEntries() {
		const copy = this.#form.cloneNode(true) as HTMLFormElement;
		copy.reset();
		return entriesOf(new FormData(copy));
	}

	/** After each change: keep it on the device at once, send it shortly. */
	changed() {
		this.#keep(false);
		clearTimeout(this.#saveTimer);
		this.#saveTimer = setTimeout(() => void this.send(), SAVE_DELAY_MS);
	}

	/** The student asks to submit: keep that wish on the device, then send it. */
	submit() {
		clearTimeout(this.#saveTimer);
		this.#keep(true);
		this.queued = true;
		this.message = 'Submitting…';
		void this.send();
	}

	#keep(submit: boolean) {
		const entries = entriesOf(new FormData(this.#form));
		this.inForm = Object.fromEntries(answerSignatures(this.#questions, entries));
		const stillSubmitting = submit || (pendingWork(this.#code, this.#attempt)?.submit ?? false);
		keepWork(this.#code, this.#attempt, { entries, submit: stillSubmitting });
	}

	/** Sends what the device holds; on success forgets it, unless it changed meanwhile. */
	async send() {
		if (this.#sending) {
			this.#again = true;
			return;
		}
		const work = pendingWork(this.#code, this.#attempt);
		if (!work) return;
		this.#sending = true;
		try {
			const body = new FormData();
			for (const [name, value] of work.entries) body.append(name, value);
			const response = await fetch(work.submit ? '?/submit' : '?/save', {
				method: 'POST',
				body,
				headers: { accept: 'application/json', 'x-sveltekit-action': 'true' }
			});
			const result = deserialize(await response.text());
			if (result.type === 'success' || result.type === 'redirect') {
				this.onServer = Object.fromEntries(answerSignatures(this.#questions, work.entries));
				if (pendingWork(this.#code, this.#attempt)?.keptAt === work.keptAt)
					forgetWork(this.#code, this.#attempt);
				this.message = work.submit ? 'Submitted.' : `Saved at ${time()}`;
				if (work.submit) await invalidateAll();
			} else if (result.type === 'failure' && result.status === REFUSED) {
				// The server will never take it (time is up, or it was already submitted): show why
				// and what the server holds.
				forgetWork(this.#code, this.#attempt);
				this.queued = false;
				this.message = String((result.data as { problem?: string })?.problem ?? 'Not saved.');
				await invalidateAll();
			} else if (result.type === 'failure') {
				// Not now (too many saves at once): the work stays on the device for the next try.
				const problem = (result.data as { problem?: string })?.problem;
				this.message = `Not saved yet${problem ? `: ${problem}` : ''}. Your answers are kept on this device and sent again shortly.`;
			} else {
				this.message = 'Not saved: your answers are kept on this device. Reload the page.';
			}
		} catch {
			this.message = work.submit
				? 'No connection: your submission is kept on this device and goes to your teacher as soon as the connection returns. Keep this page open, or come back to this link.'
				: 'No connection: your answers are kept on this device and sent when the connection returns.';
		} finally {
			this.#sending = false;
			if (this.#again) {
				this.#again = false;
				void this.send();
			}
		}
	}
}
