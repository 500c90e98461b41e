// Where things go in each orientation: lane rows (horizontal) or lane columns (vertical), label
// sizes, and the placement of every event and cluster for the current scale. Pure.
import { LANES } from './lanes';
import { placeLabels, type LayoutOptions, type Placement } from './layout';
import { anchorOf } from './time';
import type { TimelineItem } from './types';

export const TARGET = 44;
export const AXIS_SIZE = 36;
export const ERA_SIZE = 26;
/** Vertical only: the strip along the left edge where era names run down their bands. */
export const ERA_STRIP = 16;
const LANE_ROWS = 2;
const CHAR_WIDTH = 7.2;
const LABEL_PADDING = 28;
const MAX_LABEL = 190;
/** The shortest a label is cut to, to make room for the next one: its shape and a word or two. */
const MIN_LABEL = 100;
const VERTICAL_LANE_GAP = 20;
/** Horizontal only: the strip between a lane's lowest label row and its line, for its name. */
const LANE_NAME_SIZE = 10;

export interface Geometry {
	vertical: boolean;
	/** Height of the drawing (horizontal) or of the viewport (vertical). */
	breadth: number;
	/** Where a lane's markers sit across the axis (horizontal: the lane's baseline). */
	laneOffset(lane: number): number;
	/** Where labels start across the axis (vertical: the label column's left edge). */
	labelOffset(lane: number, row: number): number;
	labelSize(item: TimelineItem): number;
}

export function geometryFor(width: number, vertical: boolean): Geometry {
	if (vertical) {
		const lanesLeft = ERA_STRIP + AXIS_SIZE + 12;
		const labelLeft = lanesLeft + LANES.length * VERTICAL_LANE_GAP + 8;
		return {
			vertical,
			breadth: width,
			laneOffset: (lane) => lanesLeft + lane * VERTICAL_LANE_GAP + VERTICAL_LANE_GAP / 2,
			labelOffset: () => labelLeft,
			labelSize: () => TARGET + 4
		};
	}
	const laneSize = LANE_ROWS * TARGET + LANE_NAME_SIZE + 20;
	const top = ERA_SIZE + AXIS_SIZE;
	return {
		vertical,
		breadth: top + LANES.length * laneSize,
		laneOffset: (lane) => top + lane * laneSize + 4 + LANE_ROWS * TARGET + LANE_NAME_SIZE + 8,
		labelOffset: (lane, row) => top + lane * laneSize + 4 + row * TARGET,
		labelSize: (item) => Math.min(MAX_LABEL, LABEL_PADDING + item.title.length * CHAR_WIDTH)
	};
}

export interface PlacedGroup extends Placement<TimelineItem> {
	/** Lane index (horizontal); -1 in vertical mode, where labels share one column. */
	lane: number;
}

/**
 * Lays out the events for the current scale: per lane in rows when horizontal, in one label column
 * when vertical. `pinned` (the focused event) always has its own whole label, and nothing covers it.
 */
export function layoutGroups(
	items: TimelineItem[],
	position: (date: Date) => number,
	geometry: Geometry,
	length: number,
	pinned?: string
): PlacedGroup[] {
	// A label near an end is shifted inwards, so that it ends at the edge instead of being cut
	// (a vertical label is centred on its event). Events outside the view stay outside it.
	const labelStart = (item: TimelineItem) => {
		const at = position(anchorOf(item));
		if (!geometry.vertical)
			return Math.min(
				at,
				Math.max(at - geometry.labelSize(item), length - geometry.labelSize(item))
			);
		return at < 0 || at > length ? at : Math.min(Math.max(at, TARGET / 2), length - TARGET / 2);
	};
	const input = (item: TimelineItem) => ({
		item,
		pos: labelStart(item),
		size: geometry.labelSize(item)
	});
	const place = (list: TimelineItem[], options: LayoutOptions) => {
		const pin = list.find((item) => item.id === pinned);
		return placeLabels(list.filter((item) => item !== pin).map(input), options, pin && input(pin));
	};
	if (geometry.vertical)
		return place(items, {
			rows: 1,
			gap: 2,
			clusterSize: TARGET + 4,
			lastStart: length - TARGET / 2
		}).map((p) => ({
			...p,
			lane: -1
		}));
	return LANES.flatMap((lane, index) =>
		place(
			items.filter((item) => item.lane === lane.id),
			{ rows: LANE_ROWS, gap: 6, clusterSize: 92, minSize: MIN_LABEL }
		).map((p) => ({ ...p, lane: index }))
	);
}
