// The zoom and pan of the timeline as a pure value: `k` is the magnification (1 shows the whole
// period) and `t` the shift, as a fraction of the drawing's length, so a view survives a resize or a
// turn of the phone. Every change goes through `constrain`: never smaller than the whole period,
// never past either end, never deeper than MAX_ZOOM.

export interface View {
	readonly k: number;
	readonly t: number;
}

export const WHOLE: View = { k: 1, t: 0 };
/** Deep enough to tell days apart in 2021–25 across a phone's 560 px. */
export const MAX_ZOOM = 600;

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** The nearest allowed view: the period always fills the drawing. */
export function constrain({ k, t }: View): View {
	const zoom = clamp(k, 1, MAX_ZOOM);
	return { k: zoom, t: clamp(t, 1 - zoom, 0) };
}

/** Magnifies by `factor`, keeping the point at `at` (a fraction of the length) where it is. */
export function zoomAt(view: View, factor: number, at: number): View {
	const k = clamp(view.k * factor, 1, MAX_ZOOM);
	const point = (at - view.t) / view.k;
	return constrain({ k, t: at - point * k });
}

/** Moves the drawing by `delta` (a fraction of the length): positive moves it right or down. */
export const panBy = (view: View, delta: number): View =>
	constrain({ k: view.k, t: view.t + delta });

/** Zooms so that the stretch between `from` and `to` (fractions of the whole) fills `share` of it. */
export function fitTo(from: number, to: number, share = 1): View {
	const k = clamp(share / Math.max(1e-6, to - from), 1, MAX_ZOOM);
	return constrain({ k, t: (1 - share) / 2 - from * k });
}

/** Pans, keeping the magnification, so that `point` (a fraction of the whole) is in the middle. */
export const centreAt = (view: View, point: number): View =>
	constrain({ k: view.k, t: 0.5 - point * view.k });

export const sameView = (a: View, b: View) => a.k === b.k && a.t === b.t;
