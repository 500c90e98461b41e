// What the timeline container shares with its layers: the current time scale (zoomed), which way
// time runs, and the size of the drawing. Layers read it; only the container writes it.
import { getContext, setContext } from 'svelte';
import type { TimeScale } from './scale';

export interface TimelineContext {
	readonly scale: TimeScale;
	readonly vertical: boolean;
	/** Length of the time axis in pixels. */
	readonly length: number;
	/** Size across the time axis in pixels. */
	readonly breadth: number;
}

const key = Symbol('timeline');

export const setTimelineContext = (context: TimelineContext) => setContext(key, context);
export const getTimelineContext = () => getContext<TimelineContext>(key);
