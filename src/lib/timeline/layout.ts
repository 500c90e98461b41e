// Places event labels along the time axis so they never overlap: each label takes the first row
// whose last label ends before it starts; when no row has room, the event joins the label before
// it in a cluster ("3 events") that opens on tap. Pure: positions and sizes in, placements out.

export interface LayoutInput<T> {
	item: T;
	/** Position along the time axis, in pixels. */
	pos: number;
	/** Space the item's own label needs along the axis, in pixels. */
	size: number;
}

export interface Placement<T> {
	items: T[];
	/** Where the placement starts along the axis (its first item's position). */
	pos: number;
	/** Position of its last item. */
	last: number;
	/** Where its label ends along the axis. */
	end: number;
	row: number;
}

export interface LayoutOptions {
	/** How many rows labels may use. */
	rows: number;
	/** Space left between one label's end and the next label's start. */
	gap: number;
	/** Space a cluster's label ("12 events") needs. */
	clusterSize: number;
}

/**
 * Lays out items (in any order) into non-overlapping rows, clustering where they are too dense.
 * A placement with one item is an event; with more, a cluster.
 */
export function placeLabels<T>(inputs: LayoutInput<T>[], options: LayoutOptions): Placement<T>[] {
	const sorted = [...inputs].sort((a, b) => a.pos - b.pos);
	const lastInRow: (Placement<T> | undefined)[] = Array.from({ length: options.rows });
	const placed: Placement<T>[] = [];
	const endOf = (row: number) => lastInRow[row]?.end ?? -Infinity;
	for (const input of sorted) {
		const free = lastInRow.findIndex((_, row) => endOf(row) + options.gap <= input.pos);
		if (free !== -1) {
			const placement = {
				items: [input.item],
				pos: input.pos,
				last: input.pos,
				end: input.pos + input.size,
				row: free
			};
			placed.push(placement);
			lastInRow[free] = placement;
			continue;
		}
		// No room: join the row's last label that ends first, so the cluster grows the least.
		let row = 0;
		for (let r = 1; r < options.rows; r++) if (endOf(r) < endOf(row)) row = r;
		const target = lastInRow[row]!;
		target.items.push(input.item);
		target.last = input.pos;
		// A cluster's label ("3 events") replaces the first item's: it may be shorter.
		target.end = Math.max(target.pos + options.clusterSize, input.pos + options.gap);
	}
	return placed;
}
