// Pointer gestures on the timeline: drag to pan (mouse, pen or one finger), pinch to zoom (two
// fingers), wheel to zoom at the pointer and sideways wheel or trackpad swipes to pan. Written on
// Pointer Events rather than with d3-zoom: d3-zoom's index pulls in d3-transition, d3-drag,
// d3-interpolate and d3-color, over 17 KB gzip, more than the rest of the page together.
// Taps still reach the buttons under them; a drag that starts on a button does not click it.

export interface GestureHandlers {
	/** Time runs down (true) or across (false). */
	vertical(): boolean;
	/** Zoom by `factor` around `at` (pixels along the time axis); says whether the view changed. */
	zoom(factor: number, at: number): boolean;
	/** Pan by `delta` pixels along the time axis. */
	pan(delta: number): void;
}

/** A movement shorter than this is a tap, not a drag. */
const SLOP = 5;

interface Point {
	x: number;
	y: number;
}

/** Listens on `node`; returns the function that stops listening. */
export function attachGestures(node: HTMLElement, on: GestureHandlers): () => void {
	const pointers = new Map<number, Point>();
	let origin: Point | undefined;
	let dragging = false;
	let swallowClick = false;

	const local = (event: { clientX: number; clientY: number }): Point => {
		const box = node.getBoundingClientRect();
		return { x: event.clientX - box.left, y: event.clientY - box.top };
	};
	const along = (p: Point) => (on.vertical() ? p.y : p.x);
	const middle = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
	const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

	function down(event: PointerEvent) {
		if (event.pointerType === 'mouse' && event.button !== 0) return;
		pointers.set(event.pointerId, local(event));
		if (pointers.size === 1) {
			origin = local(event);
			dragging = false;
		}
	}

	function move(event: PointerEvent) {
		const before = pointers.get(event.pointerId);
		if (!before) return;
		if (event.pointerType === 'mouse' && event.buttons === 0) return end(event);
		const now = local(event);
		if (pointers.size === 1) {
			if (!dragging && origin && distance(origin, now) < SLOP) return;
			if (!dragging) node.setPointerCapture?.(event.pointerId);
			dragging = true;
			on.pan(along(now) - along(before));
		} else if (pointers.size === 2) {
			const other = [...pointers].find(([id]) => id !== event.pointerId)![1];
			const from = middle(before, other);
			const to = middle(now, other);
			dragging = true;
			on.zoom(distance(now, other) / Math.max(1, distance(before, other)), along(from));
			on.pan(along(to) - along(from));
		}
		pointers.set(event.pointerId, now);
	}

	function end(event: PointerEvent) {
		pointers.delete(event.pointerId);
		if (pointers.size === 0 && dragging) swallowClick = true;
		if (pointers.size === 0) dragging = false;
	}

	// A drag that ended over a button must not press it.
	function click(event: MouseEvent) {
		// detail is 0 for a click made by the keyboard (Enter or Space on a button).
		if (!swallowClick || event.detail === 0) return;
		swallowClick = false;
		event.preventDefault();
		event.stopPropagation();
	}

	function wheel(event: WheelEvent) {
		const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
		if (!on.vertical() && Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
			event.preventDefault();
			return on.pan(-event.deltaX * (event.deltaMode === 1 ? 20 : 1));
		}
		const factor = 2 ** (-event.deltaY * unit * (event.ctrlKey ? 10 : 1));
		// At the zoom limits the page scrolls on, as it would anywhere else.
		if (on.zoom(factor, along(local(event)))) event.preventDefault();
	}

	// A new press starts clean, even if the last drag's click never came.
	const reset = () => (swallowClick = false);
	const listeners: [string, EventListener, AddEventListenerOptions?][] = [
		['pointerdown', reset as EventListener, { capture: true }],
		['pointerdown', down as EventListener],
		['pointermove', move as EventListener],
		['pointerup', end as EventListener],
		['pointercancel', end as EventListener],
		['click', click as EventListener, { capture: true }],
		['wheel', wheel as EventListener, { passive: false }]
	];
	for (const [type, listener, options] of listeners) node.addEventListener(type, listener, options);
	return () => {
		for (const [type, listener, options] of listeners)
			node.removeEventListener(type, listener, options);
	};
}
