/**
 * The editors' copy: ArchieML files, one story file and one file per section in each language.
 * Parsed and checked here, at build time only; the reader's browser never sees ArchieML.
 */
import archieml from 'archieml';
import { z } from 'zod';
import { ContentError } from './errors';
import { uiSchema } from './ui';

const slug = z
	.string({ error: 'expected an id' })
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a slug of lower-case letters, digits and "-"');
const text = z
	.string({ error: 'expected a line of text' })
	.trim()
	.min(1, 'expected text, found nothing');
const paragraphs = z.array(text, { error: 'expected a list of paragraphs ([name] … [])' });

export const storyFileSchema = z
	.object({
		title: text,
		description: text,
		kicker: text,
		byline: text,
		standfirst: paragraphs.min(1),
		intro: paragraphs.default([]),
		closing: paragraphs.min(1),
		method: paragraphs.min(1),
		timeline: z.record(z.string(), text, { error: 'expected a {timeline} block of event labels' }),
		sections: z.array(slug, { error: 'expected the list of section ids ([sections] … [])' }).min(1),
		ui: uiSchema
	})
	.strict();

export const sectionFileSchema = z
	.object({
		chart: z.string({ error: 'expected the chart this section draws' }),
		title: text,
		intro: paragraphs.default([]),
		labels: z.record(z.string(), text, { error: 'expected a {labels} block' }),
		steps: z
			.array(
				z
					.object({
						id: slug,
						alt: text.describe('what the chart shows at this step, for screen readers'),
						chart: z.record(z.string(), z.unknown(), {
							error: 'expected chart settings (chart.… keys)'
						}),
						text: paragraphs.min(1)
					})
					.strict(),
				{ error: 'expected a [steps] list' }
			)
			.min(1, 'expected at least one step'),
		/** The passage after the section's scrolly block: method, caveats, context, quotes. */
		after: paragraphs.default([])
	})
	.strict();

type StoryFile = z.output<typeof storyFileSchema>;
export type SectionFile = z.output<typeof sectionFileSchema>;

/** One language's copy: its story file and a file per section, each with its path. */
export interface CopyFiles {
	story: { file: string; copy: StoryFile };
	sections: Record<string, { file: string; copy: SectionFile }>;
}

/** Parses one ArchieML file against a schema; the error names the file and the key path. */
export function parseCopy<S extends z.ZodType>(
	file: string,
	source: string,
	schema: S
): z.output<S> {
	const parsed = archieml.load(source) as unknown;
	return check(file, parsed, schema);
}

/** Checks a value against a schema; the error names the file and the key path as written in it. */
export function check<S extends z.ZodType>(
	file: string,
	value: unknown,
	schema: S,
	prefix = ''
): z.output<S> {
	const result = schema.safeParse(value);
	if (result.success) return result.data;
	const issue = result.error.issues[0]!;
	const path = [
		prefix,
		...issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
	]
		.join('')
		.replace(/^\./, '');
	// An unknown key is named in the path, as an editor looks for it: `ui.embed_copyy`.
	const unknown = issue.code === 'unrecognized_keys' ? issue.keys : [];
	const where = [path, ...unknown.slice(0, 1)].filter(Boolean).join('.');
	return fail(file, where || '(top level)', issue.message);
}

function fail(file: string, where: string, problem: string): never {
	throw new ContentError(file, where, problem);
}
