// How far a reader got, on this device: the section last read and how many were reached in each
// lesson, lessons done (by reaching the end or by hand), the place "Continue" returns to, a
// version 1 record carried over, and a reset that forgets it all.
import { describe, expect, it } from 'vitest';
import {
	PROGRESS_KEY,
	emptyProgress,
	markLessonDone,
	readProgress,
	recordQuiz,
	recordReading,
	resetProgress
} from '$lib/progress/progress';
import { memoryStore as memory } from './memory-store';

describe('reading progress', () => {
	it('keeps the section last read, the furthest reached, and where to continue', () => {
		const store = memory();
		for (const [i, id] of ['origins', 'rivals', 'attacks', 'crocus'].entries())
			recordReading('isis-k', id, i, 5, store);
		recordReading('isis-k', 'origins', 0, 5, store);
		const progress = readProgress(store);
		expect(progress.lessons['isis-k']).toMatchObject({
			section: 'origins',
			reached: 4,
			of: 5,
			done: false
		});
		expect(progress.last).toEqual({ lesson: 'isis-k', section: 'origins' });
		recordReading('designation-2003', 'ban', 1, 4, store);
		expect(readProgress(store).last).toEqual({ lesson: 'designation-2003', section: 'ban' });
	});

	it('counts a jump ahead as one section further, not as reading those between', () => {
		const store = memory();
		recordReading('isis-k', 'origins', 0, 5, store);
		recordReading('isis-k', 'end', 4, 5, store);
		expect(readProgress(store).lessons['isis-k']).toMatchObject({ section: 'end', reached: 2 });
	});

	it('marks a lesson done and not done again, keeping how far the reader got', () => {
		const store = memory();
		recordReading('isis-k', 'crocus', 2, 5, store);
		markLessonDone('isis-k', true, 5, store);
		expect(readProgress(store).lessons['isis-k']).toMatchObject({ done: true, reached: 5 });
		markLessonDone('isis-k', false, 5, store);
		expect(readProgress(store).lessons['isis-k']).toMatchObject({
			done: false,
			section: 'crocus'
		});
	});

	it('carries a version 1 record over, and a reset forgets everything', () => {
		const store = memory();
		store.setItem(
			PROGRESS_KEY,
			JSON.stringify({
				version: 1,
				quizzes: { 'isis-k': { best: 0.8, attempts: 2, at: '2026-01-01T00:00:00Z' } },
				checks: {}
			})
		);
		const carried = readProgress(store);
		expect(carried.quizzes['isis-k'].best).toBe(0.8);
		expect(carried.lessons).toEqual({});
		recordQuiz('course', 1, store);
		recordReading('isis-k', 'crocus', 2, 5, store);
		expect(resetProgress(store)).toEqual(emptyProgress());
		expect(readProgress(store)).toEqual(emptyProgress());
		expect(store.data.size).toBe(0);
	});

	it('ignores a reading record that does not add up', () => {
		const store = memory();
		store.setItem(
			PROGRESS_KEY,
			JSON.stringify({
				...emptyProgress(),
				lessons: { x: { section: 's', reached: -1, of: 0, done: 'yes', at: '' } }
			})
		);
		expect(readProgress(store)).toEqual(emptyProgress());
	});
});
