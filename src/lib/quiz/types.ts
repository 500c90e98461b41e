// What the quiz components need besides the questions: names for the sources, claims, lessons and
// sections an answer points to. Gathered on the server for just the questions on the page.
import type { Question } from '$lib/content/question-schema';

/** A question as the practice pages send it: the whole question, without the file it came from. */
export type PracticeQuestion = Question;

export interface QuizSupport {
	/** A source's name as a reader sees it: "Publisher, title". */
	sourceLabels: Record<string, string>;
	/** A claim's text, shortened, for the evidence links under an explanation. */
	claimTexts: Record<string, string>;
	/** A section's heading, by "lesson#section". */
	sectionTitles: Record<string, string>;
	lessonTitles: Record<string, string>;
}
