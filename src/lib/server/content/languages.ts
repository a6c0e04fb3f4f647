/**
 * The languages must tell the same story: the same sections, the same step ids in the same
 * order, the same chart settings (but for text), the same labels and timeline events. (Both
 * have every interface word: ui.ts checks each language.)
 */
import type { Lang } from '$lib/format';
import type { Charts } from './charts';
import type { CopyFiles } from './copy';
import { ContentError } from './errors';

export function checkLanguagesAgree(copies: Record<Lang, CopyFiles>, charts: Charts): void {
	const [a, b] = [copies.zh, copies.en];
	compareKeys(a.story.copy.timeline, b.story.copy.timeline, a.story.file, b.story.file, 'timeline');
	const idsA = a.story.copy.sections;
	const idsB = b.story.copy.sections;
	if (idsA.join() !== idsB.join()) {
		throw new ContentError(
			b.story.file,
			'sections',
			`expected the same sections as ${a.story.file} (${idsA.join(', ')}), found ${idsB.join(', ')}`
		);
	}
	for (const id of idsA) {
		const sa = a.sections[id];
		const sb = b.sections[id];
		if (!sa || !sb) continue; // buildStory names the missing file
		compareKeys(sa.copy.labels, sb.copy.labels, sa.file, sb.file, 'labels');
		const stepsA = sa.copy.steps.map((s) => s.id);
		const stepsB = sb.copy.steps.map((s) => s.id);
		const missing = stepsA.filter((s) => !stepsB.includes(s));
		const extra = stepsB.filter((s) => !stepsA.includes(s));
		if (missing.length || extra.length || stepsA.join() !== stepsB.join()) {
			throw new ContentError(
				sb.file,
				'steps',
				missing.length
					? `missing step "${missing[0]}" that ${sa.file} has`
					: extra.length
						? `step "${extra[0]}" is not in ${sa.file}`
						: `steps in a different order from ${sa.file} (${stepsA.join(', ')})`
			);
		}
		const prose: readonly string[] = charts.get(sa.copy.chart)?.prose ?? [];
		sa.copy.steps.forEach((stepA, i) => {
			const stepB = sb.copy.steps[i]!;
			for (const [k, v] of Object.entries(stepA.chart)) {
				if (prose.includes(k)) continue; // prose differs by language
				if (JSON.stringify(v) !== JSON.stringify(stepB.chart[k])) {
					throw new ContentError(
						sb.file,
						`steps[${i}].chart.${k}`,
						`expected ${JSON.stringify(v)} as in ${sa.file}, found ${JSON.stringify(stepB.chart[k])}`
					);
				}
			}
		});
	}
}

function compareKeys(
	a: Record<string, unknown>,
	b: Record<string, unknown>,
	fileA: string,
	fileB: string,
	where: string
) {
	const missing = Object.keys(a).find((k) => !(k in b));
	if (missing) throw new ContentError(fileB, `${where}.${missing}`, `missing; ${fileA} has it`);
	const extra = Object.keys(b).find((k) => !(k in a));
	if (extra) throw new ContentError(fileA, `${where}.${extra}`, `missing; ${fileB} has it`);
}
