// Loads the YAML data files in lessons/ (sources, claims, events, glossary, questions): each file
// holds a list of records of one kind, validated against that kind's schema.
import * as v from 'valibot';
import { parse } from 'yaml';
import type { Problems } from './problems.ts';

export interface ContentFile {
	/** Path from the project root, e.g. "lessons/claims/introduction.yaml". */
	path: string;
	text: string;
}

/** A validated record and the file it came from, so later checks can name the file. */
export type Located<T> = T & { file: string };

type AnySchema = v.GenericSchema<unknown, { id: string }>;

/** Parses every file as a YAML list of `schema` records; records that fail are reported and dropped. */
export function loadRecords<S extends AnySchema>(
	files: ContentFile[],
	schema: S,
	problems: Problems
): Located<v.InferOutput<S>>[] {
	const records: Located<v.InferOutput<S>>[] = [];
	const seen = new Map<string, string>();
	for (const file of files) {
		let data: unknown;
		try {
			data = parse(file.text);
		} catch (error) {
			problems.add(file.path, 'YAML', (error as Error).message.split('\n')[0]);
			continue;
		}
		if (data === null || data === undefined) continue;
		if (!Array.isArray(data)) {
			problems.add(
				file.path,
				'top level',
				'must be a list of records (each starting with "- id:")'
			);
			continue;
		}
		data.forEach((raw, index) => {
			const label = describe(raw, index);
			const result = v.safeParse(schema, raw);
			if (!result.success) {
				problems.addIssues(file.path, label, result.issues);
				return;
			}
			const earlier = seen.get(result.output.id);
			if (earlier) {
				problems.add(file.path, label, `duplicate id "${result.output.id}" (also in ${earlier})`);
				return;
			}
			seen.set(result.output.id, file.path);
			records.push({ ...result.output, file: file.path });
		});
	}
	return records;
}

function describe(raw: unknown, index: number): string {
	const id = raw && typeof raw === 'object' && 'id' in raw ? String(raw.id) : undefined;
	return id ? `record ${index + 1} ("${id}")` : `record ${index + 1}`;
}
