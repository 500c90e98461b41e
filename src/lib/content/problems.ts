// Collects content problems so that one build run reports all of them, each naming its file and
// field, instead of stopping at the first.
import * as v from 'valibot';

export class ContentError extends Error {
	constructor(readonly problems: string[]) {
		super(
			`The course content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
				problems.map((p) => `  - ${p}`).join('\n')
		);
		this.name = 'ContentError';
	}
}

export class Problems {
	readonly list: string[] = [];

	add(file: string, where: string, message: string) {
		this.list.push(`${file}: ${where}: ${message}`);
	}

	/** Records every issue valibot found, with its dotted path under `where`. */
	addIssues(file: string, where: string, issues: v.BaseIssue<unknown>[]) {
		for (const issue of issues) {
			const path = v.getDotPath(issue);
			this.add(file, path ? `${where}.${path}` : where, issue.message);
		}
	}

	throwIfAny() {
		if (this.list.length > 0) throw new ContentError(this.list);
	}
}
