// Reading preferences: the settings panel applies a choice at once and remembers it; the script
// that runs before the first paint (src/lib/preferences/before-paint.js) reads the same record and sets
// exactly what the app sets, for every choice; a broken record changes nothing.
import { readFileSync } from 'node:fs';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ReadingPreferences from '$lib/preferences/ReadingPreferences.svelte';
import {
	MOTIONS,
	PREFERENCES_KEY,
	TEXT_SIZES,
	THEMES,
	applyPreferences,
	readPreferences,
	type Preferences
} from '$lib/preferences/preferences';

const prePaint = new Function(readFileSync('src/lib/preferences/before-paint.js', 'utf8'));
const root = document.documentElement;
const attributes = () => ({
	text: root.getAttribute('data-text'),
	theme: root.getAttribute('data-theme'),
	motion: root.getAttribute('data-motion')
});
const reset = () =>
	['data-text', 'data-theme', 'data-motion'].forEach((a) => root.removeAttribute(a));

afterEach(() => {
	localStorage.clear();
	reset();
});

describe('the settings panel', () => {
	it('applies a choice at once and remembers it on this device', async () => {
		render(ReadingPreferences);
		await fireEvent.click(await screen.findByText('Reading settings'));
		await fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
		await fireEvent.click(screen.getByRole('radio', { name: 'Larger' }));
		await fireEvent.click(screen.getByRole('radio', { name: 'Less' }));
		expect(attributes()).toEqual({ text: 'larger', theme: 'dark', motion: 'reduce' });
		expect(readPreferences()).toEqual({
			version: 1,
			text: 'larger',
			theme: 'dark',
			motion: 'reduce'
		});
		await fireEvent.click(screen.getAllByRole('radio', { name: 'As the device' })[0]);
		expect(root.hasAttribute('data-theme')).toBe(false);
	});

	it('groups each setting under its name', async () => {
		render(ReadingPreferences);
		for (const name of ['Text size', 'Theme', 'Motion'])
			expect(await screen.findByRole('group', { name })).toBeTruthy();
	});
});

describe('the script before the first paint', () => {
	it('sets what the app sets, for every choice', () => {
		for (const text of TEXT_SIZES)
			for (const theme of THEMES)
				for (const motion of MOTIONS) {
					const preferences: Preferences = { version: 1, text, theme, motion };
					applyPreferences(preferences, root);
					const expected = attributes();
					reset();
					localStorage.setItem(PREFERENCES_KEY, JSON.stringify(preferences));
					prePaint();
					expect(attributes(), JSON.stringify(preferences)).toEqual(expected);
					reset();
				}
	});

	it('changes nothing for a broken, old or foreign record', () => {
		for (const raw of ['{', '{"version":2,"theme":"dark"}', '{"version":1,"theme":"pink"}']) {
			localStorage.setItem(PREFERENCES_KEY, raw);
			prePaint();
			expect(attributes().theme, raw).toBeNull();
			expect(readPreferences().theme).toBe('system');
		}
	});
});
