// How a student's attempt is kept when the server does not take it: the network is the test's
// (fetch answers what each case needs, timers are fake), the device storage is jsdom's. Work the
// server turns away for now (429) stays on the device; only a refusal for good (409) lets it go;
// work kept from an earlier visit is offered to the form; an answer given before the page's script
// ran is sent; a submit asked for while a save is on its
// way goes as soon as that save ends, not at the next retry.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AttemptSync } from '$lib/assignment/attempt-sync.svelte';
import { keepWork, pendingWork } from '$lib/assignment/pending-work';
import type { PublicQuestion } from '$lib/content/public-question';

const invalidateAll = vi.hoisted(() => vi.fn(async () => {}));
vi.mock('$app/navigation', () => ({ invalidateAll }));
// SvelteKit's own deserialize needs the running app (its transport decoders); outside it, this is
// what it does: JSON, with the action's data in devalue's format.
vi.mock('$app/forms', async () => {
	const { parse } = await import('devalue');
	return {
		deserialize: (text: string) => {
			const result = JSON.parse(text);
			if (result.data) result.data = parse(result.data);
			return result;
		}
	};
});

const CODE = 'ABC123';
const ATTEMPT = 'attempt-1';
const QUESTIONS: PublicQuestion[] = [
	{ id: 'founded', lesson: 'isis-k', type: 'year', prompt: 'When was ISIS-K founded?' },
	{ id: 'province', lesson: 'isis-k', type: 'short-text', prompt: 'Which province?' }
];

/** An action's reply as SvelteKit sends it to a script (`data` is devalue's format). */
const reply = (body: object) =>
	new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
const saved = () => reply({ type: 'success', status: 200, data: '[{}]' });
const failure = (status: number, problem: string) =>
	reply({ type: 'failure', status, data: JSON.stringify([{ problem: 1 }, problem]) });

/** The attempt's form as the page renders it: the attempt id and one text field per question. */
function attemptForm(values: Record<string, string> = {}) {
	const form = document.createElement('form');
	for (const name of ['attempt', 'a.founded', 'a.province']) {
		const input = document.createElement('input');
		input.name = name;
		// As the server drew it: the values are the fields' defaults.
		input.defaultValue = name === 'attempt' ? ATTEMPT : (values[name] ?? '');
		form.append(input);
	}
	document.body.append(form);
	return form;
}

let fetchMock: ReturnType<typeof vi.fn>;
let stop: (() => void) | undefined;
beforeEach(() => {
	vi.useFakeTimers();
	fetchMock = vi.fn();
	vi.stubGlobal('fetch', fetchMock);
	invalidateAll.mockClear();
});
afterEach(() => {
	stop?.();
	stop = undefined;
	vi.useRealTimers();
	vi.unstubAllGlobals();
	localStorage.clear();
	document.body.replaceChildren();
});

describe('AttemptSync', () => {
	it('offers work kept from an earlier visit to the form, and keeps it while the server says "not now"', async () => {
		keepWork(CODE, ATTEMPT, {
			entries: [
				['attempt', ATTEMPT],
				['a.founded', '2015'],
				['a.province', 'Nangarhar']
			],
			submit: false
		});
		fetchMock.mockResolvedValueOnce(failure(429, 'Too many saves at once: wait a moment.'));
		const form = attemptForm({ 'a.founded': '2014' });
		const sync = new AttemptSync(CODE, ATTEMPT, form, QUESTIONS, ['founded']);
		stop = sync.start();

		expect(sync.kept).toEqual({ founded: { year: 2015 }, province: { text: 'Nangarhar' } });
		expect(sync.placeOf('founded')).toBe('device');
		await vi.waitFor(() => expect(sync.message).toMatch(/^Not saved yet: Too many saves/));
		expect(pendingWork(CODE, ATTEMPT)?.entries).toContainEqual(['a.province', 'Nangarhar']);
		expect(invalidateAll).not.toHaveBeenCalled();

		// No reply at all: still kept.
		fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
		await sync.send();
		expect(sync.message).toMatch(/^No connection/);
		expect(pendingWork(CODE, ATTEMPT)).toBeDefined();
	});

	it("sends an answer given before the page's script ran, and does not call it saved", async () => {
		const form = attemptForm();
		// The page drew the field empty; the student typed into it before the script took over.
		(form.elements.namedItem('a.province') as HTMLInputElement).value = 'Kunar';
		fetchMock.mockResolvedValueOnce(saved());
		const sync = new AttemptSync(CODE, ATTEMPT, form, QUESTIONS, []);
		stop = sync.start();
		expect(sync.placeOf('province')).toBe('device');
		expect(pendingWork(CODE, ATTEMPT)?.entries).toContainEqual(['a.province', 'Kunar']);
		// The page draws its own controls from these answers, not from the server's older copy.
		expect(sync.kept?.province).toEqual({ text: 'Kunar' });
		await vi.advanceTimersByTimeAsync(500);
		expect((fetchMock.mock.calls[0][1].body as FormData).get('a.province')).toBe('Kunar');
		await vi.waitFor(() => expect(sync.placeOf('province')).toBe('server'));
	});

	it('does not call an answer saved that the server never had (an order shown before any answer)', () => {
		const sync = new AttemptSync(
			CODE,
			ATTEMPT,
			attemptForm({ 'a.founded': '1998' }),
			QUESTIONS,
			[]
		);
		stop = sync.start();
		expect(sync.placeOf('founded')).toBeUndefined();
		expect(fetchMock).not.toHaveBeenCalled();
	});

	it('lets kept work go only when the server refuses it for good (409), and says why', async () => {
		const form = attemptForm({ 'a.founded': '2015' });
		const sync = new AttemptSync(CODE, ATTEMPT, form, QUESTIONS, []);
		stop = sync.start();
		sync.changed();
		fetchMock.mockResolvedValueOnce(failure(409, 'The time for this attempt is up.'));
		await sync.send();
		expect(sync.message).toBe('The time for this attempt is up.');
		expect(pendingWork(CODE, ATTEMPT)).toBeUndefined();
		expect(invalidateAll).toHaveBeenCalledOnce();
	});

	it('sends a submit asked for during a save as soon as the save ends', async () => {
		const form = attemptForm();
		const sync = new AttemptSync(CODE, ATTEMPT, form, QUESTIONS, []);
		stop = sync.start();
		let finishSave: (response: Response) => void = () => {};
		fetchMock.mockReturnValueOnce(new Promise<Response>((resolve) => (finishSave = resolve)));
		fetchMock.mockResolvedValueOnce(reply({ type: 'redirect', status: 303, location: '/a/x' }));

		(form.elements.namedItem('a.founded') as HTMLInputElement).value = '2015';
		sync.changed();
		await vi.advanceTimersByTimeAsync(500);
		expect(fetchMock).toHaveBeenCalledTimes(1);
		expect(fetchMock.mock.calls[0][0]).toBe('?/save');

		sync.submit();
		expect(fetchMock).toHaveBeenCalledTimes(1);
		finishSave(saved());
		// Well short of the 8-second retry.
		await vi.advanceTimersByTimeAsync(100);
		expect(fetchMock).toHaveBeenCalledTimes(2);
		expect(fetchMock.mock.calls[1][0]).toBe('?/submit');
		const sent = fetchMock.mock.calls[1][1].body as FormData;
		expect(sent.get('a.founded')).toBe('2015');
		await vi.waitFor(() => expect(sync.message).toBe('Submitted.'));
		expect(pendingWork(CODE, ATTEMPT)).toBeUndefined();
	});
});
