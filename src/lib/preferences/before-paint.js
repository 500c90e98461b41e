// Applies the reader's saved reading preferences (text size, theme, motion) to <html> before the
// first paint, so the page never flashes in the wrong theme or size. hooks.server.ts writes it
// into the head of every page (no request to wait for); svelte.config.js allows it by its hash.
// The record's key and values match preferences.ts, which writes it; anything unexpected is ignored.
(function () {
	try {
		var saved = JSON.parse(localStorage.getItem('russia-taliban-course:preferences') || 'null');
		if (!saved || saved.version !== 1) return;
		var root = document.documentElement;
		if (saved.text === 'small' || saved.text === 'large' || saved.text === 'larger')
			root.setAttribute('data-text', saved.text);
		if (saved.theme === 'light' || saved.theme === 'dark')
			root.setAttribute('data-theme', saved.theme);
		if (saved.motion === 'reduce' || saved.motion === 'full')
			root.setAttribute('data-motion', saved.motion);
	} catch {
		// No storage, or a broken record: the defaults stand.
	}
})();
