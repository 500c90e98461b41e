// The reader's reading preferences on this device: text size, theme and motion, each with a
// default that follows the browser or system ("medium", "system", "system"). Kept in localStorage
// as one versioned record, applied as data attributes on <html> (styles in app.css), and applied
// again before the first paint of every page by src/lib/preferences/before-paint.js, which reads the
// same record. A bad or old record is ignored. (Checked by hand: three fields do not warrant the
// schema library on every page.)
import { deviceStorage } from '$lib/device-storage';

export const PREFERENCES_KEY = 'russia-taliban-course:preferences';

export const TEXT_SIZES = ['small', 'medium', 'large', 'larger'] as const;
export const THEMES = ['system', 'light', 'dark'] as const;
export const MOTIONS = ['system', 'reduce', 'full'] as const;

export interface Preferences {
	version: 1;
	text: (typeof TEXT_SIZES)[number];
	theme: (typeof THEMES)[number];
	motion: (typeof MOTIONS)[number];
}

const oneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
	(values as readonly unknown[]).includes(value);

export const defaultPreferences = (): Preferences => ({
	version: 1,
	text: 'medium',
	theme: 'system',
	motion: 'system'
});

export function readPreferences(store = deviceStorage()): Preferences {
	try {
		const saved = JSON.parse(store?.getItem(PREFERENCES_KEY) ?? 'null');
		return saved?.version === 1 &&
			oneOf(TEXT_SIZES, saved.text) &&
			oneOf(THEMES, saved.theme) &&
			oneOf(MOTIONS, saved.motion)
			? { version: 1, text: saved.text, theme: saved.theme, motion: saved.motion }
			: defaultPreferences();
	} catch {
		return defaultPreferences();
	}
}

/** Saves the preferences and applies them to the page at once. */
export function savePreferences(
	preferences: Preferences,
	store = deviceStorage(),
	root: HTMLElement | undefined = typeof document === 'undefined'
		? undefined
		: document.documentElement
) {
	try {
		store?.setItem(PREFERENCES_KEY, JSON.stringify(preferences));
	} catch {
		// Storage full or blocked: the choice still applies to this page.
	}
	if (root) applyPreferences(preferences, root);
}

/** Sets (or, for a default, removes) the data attributes app.css reads. */
export function applyPreferences(preferences: Preferences, root: HTMLElement) {
	const set = (name: string, value: string, fallback: string) =>
		value === fallback ? root.removeAttribute(name) : root.setAttribute(name, value);
	set('data-text', preferences.text, 'medium');
	set('data-theme', preferences.theme, 'system');
	set('data-motion', preferences.motion, 'system');
}
