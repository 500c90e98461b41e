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

const round = (n: number) => Math.round(n * 10) / 10;

/** An SVG path for a lane's marker of radius `r` centred on (`x`, `y`). */
export function shapePath(shape: LaneInfo['shape'], x: number, y: number, r: number): string {
	const [cx, cy] = [round(x), round(y)];
	switch (shape) {
		case 'circle':
			return `M${cx - r},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
		case 'square': {
			const h = round(r * 0.85);
			return `M${cx - h},${cy - h}h${2 * h}v${2 * h}h${-2 * h}Z`;
		}
		case 'triangle':
			return `M${cx},${cy - r}L${cx + r},${round(cy + r * 0.8)}L${cx - r},${round(cy + r * 0.8)}Z`;
		case 'diamond':
			return `M${cx},${cy - r}L${cx + r},${cy}L${cx},${cy + r}L${cx - r},${cy}Z`;
	}
}
