// Answering quiz questions in a real browser as a reader would, by mouse or touch and by keyboard
// alone, and the answer each way of answering amounts to, so a test can grade it with the module.
import type { Locator, Page } from 'playwright-core';
import type { Question } from '../../src/lib/content/question-schema';
import type { Answer } from '../../src/lib/quiz/grade';
import { buildCourse } from '../../src/lib/content/course';
import { readContentFolder } from '../../src/lib/content/read-folder';

export const course = buildCourse(readContentFolder(process.cwd()));
export const questionById = new Map(course.questions.map((q) => [q.id, q]));

/** Whether to answer right, or to pick a plausible wrong answer where the type has one. */
export type Intent = 'right' | 'wrong';

const firstRight = <T extends { correct: boolean }>(choices: T[], intent: Intent) =>
	choices.find((c) => (intent === 'right' ? c.correct : !c.correct)) ?? choices[0];

/** Answers with pointer actions (click, or tap on a touch screen); returns the answer given. */
export async function answerWithPointer(
	page: Page,
	box: Locator,
	q: Question,
	intent: Intent,
	prefix: string,
	touch = false
): Promise<Answer> {
	const press = (target: Locator) => (touch ? target.tap() : target.click());
	switch (q.type) {
		case 'single': {
			const choice = firstRight(q.choices, intent);
			await press(box.locator(`label:has(input[value="${choice.id}"])`));
			return { choice: choice.id };
		}
		case 'which-source': {
			const choice = firstRight(q.choices, intent);
			await press(box.locator(`label:has(input[value="${choice.source}"])`));
			return { choice: choice.source };
		}
		case 'multiple': {
			const picks =
				intent === 'right' ? q.choices.filter((c) => c.correct) : [firstRight(q.choices, 'wrong')];
			for (const c of picks) await press(box.locator(`label:has(input[value="${c.id}"])`));
			return { choices: picks.map((c) => c.id) };
		}
		case 'true-false': {
			const value = intent === 'right' ? q.answer : !q.answer;
			await press(box.locator(`label:has(input[value="${value}"])`));
			return { value };
		}
		case 'order': {
			// Without JavaScript each item has a position menu; with it, a "move up" button.
			if (await box.locator('select').count()) {
				for (const [i, item] of q.items.entries())
					await box.locator(`#${prefix}${q.id}-${item.id}-position`).selectOption(String(i + 1));
				return { order: q.items.map((i) => i.id) };
			}
			for (const [target, item] of q.items.entries()) {
				for (;;) {
					const texts = await box.locator('ol.order > li .text').allTextContents();
					const at = texts.indexOf(item.text);
					if (at <= target) break;
					await press(box.locator(`#${prefix}${q.id}-${item.id}-up`));
				}
			}
			return { order: q.items.map((i) => i.id) };
		}
		case 'match': {
			const pairs: Record<string, string> = {};
			for (const pair of q.pairs) {
				await box.locator(`#${prefix}${q.id}-${pair.id}`).selectOption(pair.right);
				pairs[pair.id] = pair.right;
			}
			return { pairs };
		}
		case 'year': {
			const year = intent === 'right' ? q.answer : q.answer + 10;
			await box.locator('input[type="number"]').fill(String(year));
			return { year };
		}
		case 'short-text':
			await box.locator('input[type="text"]').fill(q.accepted[0]);
			return { text: q.accepted[0] };
		case 'place-on-timeline': {
			const slider = box.locator('input[type="range"], input[type="number"]');
			if ((await slider.getAttribute('type')) === 'number') {
				await slider.fill(String(q.answer));
			} else {
				await slider.focus();
				await page.keyboard.press('Home');
				for (let y = q.range.start; y < q.answer; y++) await page.keyboard.press('ArrowRight');
			}
			return { year: q.answer };
		}
	}
}

/** Tabs forward until focus lands inside `box`; fails after `limit` presses. */
async function tabInto(page: Page, box: Locator, limit = 40) {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		if (await box.evaluate((el) => el.contains(document.activeElement))) return;
	}
	throw new Error('Tab never reached the question');
}

const focusedValue = (page: Page) =>
	page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value ?? '');

/** Answers the question right with the keyboard alone, starting from wherever focus is. */
export async function answerWithKeyboard(page: Page, box: Locator, q: Question, prefix: string) {
	await tabInto(page, box);
	const keys = page.keyboard;
	switch (q.type) {
		case 'single':
		case 'which-source':
		case 'true-false': {
			const want =
				q.type === 'true-false'
					? String(q.answer)
					: q.type === 'single'
						? q.choices.find((c) => c.correct)!.id
						: q.choices.find((c) => c.correct)!.source;
			// Arrow keys move through a radio group, choosing as they go.
			await keys.press('Space');
			for (let i = 0; i < 8 && (await focusedValue(page)) !== want; i++)
				await keys.press('ArrowDown');
			break;
		}
		case 'multiple': {
			const want = new Set(q.choices.filter((c) => c.correct).map((c) => c.id));
			for (let i = 0; i < q.choices.length; i++) {
				if (want.has(await focusedValue(page))) await keys.press('Space');
				if (i < q.choices.length - 1) await keys.press('Tab');
			}
			break;
		}
		case 'order': {
			// Tab to each item's "move up" button and press Enter until it is in place.
			for (const [target, item] of q.items.entries())
				for (;;) {
					const texts = await box.locator('ol.order > li .text').allTextContents();
					if (texts.indexOf(item.text) <= target) break;
					await page.locator(`#${prefix}${q.id}-${item.id}-up`).focus();
					await keys.press('Enter');
				}
			break;
		}
		case 'match':
			for (const [i, pair] of q.pairs.entries()) {
				if (i > 0) await keys.press('Tab');
				const options = await box.locator(`#${prefix}${q.id}-${pair.id} option`).allTextContents();
				for (let n = 0; n < options.indexOf(pair.right); n++) await keys.press('ArrowDown');
			}
			break;
		case 'year':
			await keys.type(String(q.answer));
			break;
		case 'short-text':
			await keys.type(q.accepted[0]);
			break;
		case 'place-on-timeline':
			await keys.press('Home');
			for (let y = q.range.start; y < q.answer; y++) await keys.press('ArrowRight');
			break;
	}
}

/**
 * Gives some answer to the question in `box`, whatever its kind, as a reader in a hurry would. An
 * ordering question is a set of selects until the page's script runs, then buttons: if the page
 * comes to life between looking and acting, it looks again.
 */
export async function answerAnyhow(box: Locator) {
	for (let attempt = 1; ; attempt++) {
		try {
			return await answerOnce(box, attempt < 3 ? 5_000 : undefined);
		} catch (error) {
			if (attempt >= 3) throw error;
		}
	}
}

async function answerOnce(box: Locator, timeout: number | undefined) {
	const control = box.locator('input, select').first();
	const kind = (await control.count())
		? await control.evaluate((el) => (el as HTMLInputElement).type, null, { timeout })
		: 'buttons';
	if (kind === 'radio' || kind === 'checkbox') await control.check({ timeout });
	else if (kind === 'number') await control.fill('2015', { timeout });
	else if (kind === 'range') await control.press('ArrowRight', { timeout });
	else if (kind === 'text') await control.fill('Khorasan', { timeout });
	else if (kind === 'select-one') await control.selectOption({ index: 1 }, { timeout });
	// An ordering question with JavaScript: move an item (the first one's "up" is disabled).
	else await box.locator('button:enabled').first().click({ timeout });
}
