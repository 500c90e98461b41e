// Places event labels along the time axis so they never overlap. Each label takes the first row
// that has room for it; a row's last label may be cut short (down to `minSize`) to make room, so a
// label is never pushed far from its event. When no row has room even so, the event joins a row's
// last label in a cluster ("3 events") that opens on tap. One label can be pinned (the focused
// event): its place is kept free before anything else is placed. Pure: positions in, placements out.

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
	/** The shortest a single event's label may be cut to; without it, labels are never cut. */
	minSize?: number;
	/** The furthest along the axis a label may start and still be seen in full. */
	lastStart?: number;
}

/**
 * Lays out items (in any order) into non-overlapping rows, clustering where they are too dense.
 * A placement with one item is an event; with more, a cluster. `pinned` is always placed alone, in
 * the first row, at its own position and size.
 */
export function placeLabels<T>(
	inputs: LayoutInput<T>[],
	options: LayoutOptions,
	pinned?: LayoutInput<T>
): Placement<T>[] {
	const { rows, gap, clusterSize, lastStart = Infinity } = options;
	const shortest = (size: number) => Math.min(size, options.minSize ?? size);
	const sorted = [...inputs].sort((a, b) => a.pos - b.pos);
	const lastInRow: (Placement<T> | undefined)[] = Array.from({ length: rows });
	const placed: Placement<T>[] = [];
	const endOf = (row: number) => lastInRow[row]?.end ?? -Infinity;
	/** Places a label for `items` starting at `pos`; it becomes its row's last. */
	const put = (items: T[], pos: number, end: number, row: number) => {
		const placement = { items, pos, last: pos, end, row };
		placed.push(placement);
		lastInRow[row] = placement;
		return placement;
	};
	/** Adds an event to a label, which makes it a cluster; the label stays where it is. */
	const join = (placement: Placement<T>, input: LayoutInput<T>) => {
		placement.items.push(input.item);
		placement.last = input.pos;
	};

	// Until the pinned label is placed, the first row's labels must end before it starts.
	let pin: LayoutInput<T> | undefined = pinned;
	const limitOf = (row: number) => (pin && row === 0 ? pin.pos - gap : Infinity);
	// Events the pinned label leaves no row for. They follow it when there is room after it on the
	// axis; otherwise they join the label before it (whose box stays where it is).
	const held: LayoutInput<T>[] = [];
	let beforePin: Placement<T> | undefined;
	const placePin = () => {
		if (!pin) return;
		beforePin = lastInRow[0];
		const after = put([pin.item], pin.pos, pin.pos + pin.size, 0);
		pin = undefined;
		if (held.length) {
			const pos = after.end + gap;
			put(
				held.map((h) => h.item),
				pos,
				pos + (held.length > 1 ? clusterSize : held[0].size),
				0
			);
		}
	};
	const isPinned = (p: Placement<T> | undefined) =>
		pinned !== undefined && p?.items[0] === pinned.item;
	// The pinned label cannot be cut, nor can a cluster's.
	const cuttable = (p: Placement<T> | undefined) =>
		p !== undefined && p.items.length === 1 && !isPinned(p);

	for (const input of sorted) {
		if (pin && input.pos >= pin.pos) placePin();
		const least = shortest(input.size);
		const fits = (row: number) => input.pos + least <= limitOf(row);
		const roomy = (row: number) => fits(row) && endOf(row) + gap <= input.pos;
		const cutting = (row: number) => {
			const last = lastInRow[row];
			return (
				fits(row) &&
				cuttable(last) &&
				last!.pos + shortest(last!.end - last!.pos) + gap <= input.pos
			);
		};
		let row = lastInRow.findIndex((_, r) => roomy(r));
		if (row === -1) {
			row = lastInRow.findIndex((_, r) => cutting(r));
			if (row !== -1) lastInRow[row]!.end = input.pos - gap;
		}
		if (row !== -1) {
			put([input.item], input.pos, Math.min(input.pos + input.size, limitOf(row)), row);
			continue;
		}
		// No room: join the row's last label that ends first, so the cluster grows the least. A
		// cluster's label ("3 events") replaces the first item's: it may be shorter.
		const grown = (r: number) => Math.max(lastInRow[r]!.pos + clusterSize, input.pos + gap);
		const joinable = (r: number) =>
			lastInRow[r] !== undefined && !isPinned(lastInRow[r]) && grown(r) <= limitOf(r);
		let target = -1;
		for (let r = 0; r < rows; r++)
			if (joinable(r) && (target === -1 || endOf(r) < endOf(target))) target = r;
		if (target === -1 && pin) {
			if (pin.pos + pin.size + gap > lastStart && lastInRow[0]) join(lastInRow[0], input);
			else held.push(input);
			continue;
		}
		if (target === -1) {
			// Only the pinned label is in the way: this event's label follows it.
			let row = 0;
			for (let r = 1; r < rows; r++) if (endOf(r) < endOf(row)) row = r;
			const pos = endOf(row) + gap;
			if (pos > lastStart && beforePin) join(beforePin, input);
			else put([input.item], pos, pos + input.size, row);
			continue;
		}
		const end = grown(target);
		join(lastInRow[target]!, input);
		lastInRow[target]!.end = end;
	}
	placePin();
	return placed;
}
