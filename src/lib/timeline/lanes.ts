// The timeline's four lanes, with a marker shape each so that colour is never the only way a lane
// is told apart.
import type { Lane } from '$lib/content/schema';

export interface LaneInfo {
	id: Lane;
	name: string;
	short: string;
	shape: 'circle' | 'square' | 'diamond' | 'triangle';
}

export const LANES: LaneInfo[] = [
	{ id: 'russia', name: 'Soviet Union and Russia', short: 'USSR / Russia', shape: 'square' },
	{ id: 'afghanistan', name: 'Afghanistan and the Taliban', short: 'Afghanistan', shape: 'circle' },
	{ id: 'isis-k', name: 'ISIS-K', short: 'ISIS-K', shape: 'triangle' },
	{ id: 'world', name: 'Central Asia and the world', short: 'World', shape: 'diamond' }
];

export const laneById = new Map(LANES.map((lane) => [lane.id, lane]));
