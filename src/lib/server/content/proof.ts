/**
 * The editor's proof: every piece of copy in both languages, side by side, with each figure
 * linked to its data row and sources. Built from the same loader the story uses.
 */
import type { Paragraph, Source } from '$lib/story/types';
import { loadAll } from './load';

interface ProofBlock {
	/** Where it sits: section and step ids, or a part of the opening. */
	where: string;
	zh: Paragraph[];
	en: Paragraph[];
}

interface ProofFigure {
	key: string;
	value: string;
	unit: string;
	status: string;
	origin: string;
	sources: Source[];
}

const text = (s: string): Paragraph[] => [[{ kind: 'text', text: s }]];

interface ProofQuote {
	id: string;
	speaker: string;
	words: string;
	wordsZh: string;
	where: string;
	date: string;
	readVia: string;
	sources: Source[];
}

export function loadProof(): {
	blocks: ProofBlock[];
	figures: ProofFigure[];
	quotes: ProofQuote[];
} {
	const { stories, figures, quotes } = loadAll();
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
		blocks.push({ where: `${section.id} · after`, zh: section.after, en: other.after });
		for (const [k, v] of Object.entries(section.labels)) {
			const w = (other.labels as unknown as Record<string, string>)[k] ?? '';
			blocks.push({ where: `${section.id} · labels.${k}`, zh: text(String(v)), en: text(w) });
		}
	});
	const segments = blocks.flatMap((b) => [...b.zh, ...b.en]).flat();
	const used = (kind: 'figure' | 'quote') =>
		[...new Set(segments.flatMap((s) => (s.kind === kind ? [s.key] : [])))].sort();
	const sources = new Map(zh.sources.map((s) => [s.id, s]));
	return {
		blocks,
		quotes: used('quote').map((id) => {
			const q = quotes.get(id)!;
			return {
				id,
				speaker: q.speaker.en,
				words: q.words.en,
				wordsZh: q.words.zh,
				where: q.where.en,
				date: q.date,
				readVia: q.readVia,
				sources: q.sourceIds.map((s) => sources.get(s)!).filter(Boolean)
			};
		}),
		figures: used('figure').map((key) => {
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
