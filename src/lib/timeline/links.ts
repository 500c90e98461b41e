// Links that work as plain links without JavaScript and, when it runs, act in the page instead:
// a plain click runs the action; a modified or middle click keeps the browser's own behaviour.

/** Runs `action` in place of following the link, unless there is no action or a modifier is held. */
export function followInPage(event: MouseEvent, action?: () => void) {
	if (!action || event.metaKey || event.ctrlKey || event.shiftKey || event.button) return;
	event.preventDefault();
	action();
}
