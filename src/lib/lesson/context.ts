// What components inside a lesson's text (Cite, Term, TimelineExcerpt, Check) need to know about the
// lesson around them: footnote numbers, glossary entries, excerpt events and embedded questions.
// Set by the lesson page.
import { getContext, setContext } from 'svelte';
import type { DatePrecision, Lane } from '$lib/content/schema';
import type { Footnote } from '$lib/content/views';
import type { PracticeQuestion, QuizSupport } from '$lib/quiz/types';

export interface ExcerptEvent {
	id: string;
	date: string;
	end?: string;
	precision: DatePrecision;
	title: string;
	lane: Lane;
	lesson: string;
}

export interface LessonContext {
	footnotes: Footnote[];
	terms: Record<string, { name: string; definition: string }>;
	/** Events of the lessons this lesson shows with <TimelineExcerpt>. */
	events: ExcerptEvent[];
	/** The questions embedded with <Check>, and the names their feedback needs. */
	checks: { questions: Record<string, PracticeQuestion>; support: QuizSupport };
}

const key = Symbol('lesson');

export function setLessonContext(context: LessonContext) {
	setContext(key, context);
}

export function getLessonContext(): LessonContext {
	const context = getContext<LessonContext | undefined>(key);
	if (!context)
		throw new Error('Cite, Term, TimelineExcerpt and Check can only be used inside a lesson page');
	return context;
}
