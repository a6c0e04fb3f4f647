/**
 * The editor's proof: every piece of copy in both languages, side by side, with each figure
 * linked to its data row and sources. Built from the same loader the story uses.
 */
import type { Paragraph, Source } from '$lib/story/types';
import { loadAll } from './load';

export interface ProofBlock {
	/** Where it sits: section and step ids, or a part of the opening. */
	where: string;
	zh: Paragraph[];
	en: Paragraph[];
}

export interface ProofFigure {
	key: string;
	value: string;
	unit: string;
	status: string;
	origin: string;
	sources: Source[];
}

const text = (s: string): Paragraph[] => [[{ kind: 'text', text: s }]];

export function loadProof(): { blocks: ProofBlock[]; figures: ProofFigure[] } {
	const { stories, figures } = loadAll();
	const { zh, en } = stories;
	const blocks: ProofBlock[] = [
		{ where: 'title', zh: text(zh.meta.title), en: text(en.meta.title) },
		{ where: 'description', zh: text(zh.meta.description), en: text(en.meta.description) },
		{ where: 'standfirst', zh: zh.meta.standfirst, en: en.meta.standfirst },
		{ where: 'intro', zh: zh.intro, en: en.intro }
	];
	zh.sections.forEach((section, i) => {
		const other = en.sections[i]!;
		blocks.push({ where: `${section.id} · title`, zh: text(section.title), en: text(other.title) });
		blocks.push({ where: `${section.id} · intro`, zh: section.intro, en: other.intro });
		section.steps.forEach((step, j) => {
			const otherStep = other.steps[j]!;
			blocks.push({ where: `${section.id} · ${step.id}`, zh: step.text, en: otherStep.text });
			for (const [k, v] of Object.entries(step.chart)) {
				const w = (otherStep.chart as unknown as Record<string, unknown>)[k];
				if (typeof v === 'string' && typeof w === 'string' && v !== w) {
					blocks.push({
						where: `${section.id} · ${step.id} · chart.${k}`,
						zh: text(v),
						en: text(w)
					});
				}
			}
		});
		for (const [k, v] of Object.entries(section.labels)) {
			const w = (other.labels as unknown as Record<string, string>)[k] ?? '';
			blocks.push({ where: `${section.id} · labels.${k}`, zh: text(String(v)), en: text(w) });
		}
	});
	const used = new Set(
		[...blocks.flatMap((b) => [...b.zh, ...b.en])]
			.flat()
			.filter((s) => s.kind === 'figure')
			.map((s) => (s.kind === 'figure' ? s.key : ''))
	);
	const sources = new Map(zh.sources.map((s) => [s.id, s]));
	return {
		blocks,
		figures: [...used].sort().map((key) => {
			const f = figures.get(key)!;
			return {
				key,
				value: String(f.value),
				unit: f.unit,
				status: f.status,
				origin: f.origin,
				sources: f.sourceIds.map((id) => sources.get(id)!).filter(Boolean)
			};
		})
	};
}
