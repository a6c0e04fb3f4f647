/**
 * "Get the data": the files offered for download, built from the editors' files at build time.
 * CSVs get a UTF-8 byte-order mark so spreadsheet programs show 世界模型 right.
 */
import { CHARTS, downloadName } from './charts';
import { projectFiles } from './load';

/** Every file a chart offers, by its name under /data/, with its path in the project. */
export const DOWNLOADS: Record<string, string> = Object.fromEntries(
	[...CHARTS.values()].flatMap((chart) => chart.downloads.map((p) => [downloadName(p), p]))
);

const README = `Data behind "Yann LeCun leaves Meta: the story in four numbers"

lmarena_*.csv, llama4_arena_timeline.csv
  LMArena's (formerly LMSYS Chatbot Arena) text leaderboard as published: the figures are
  LMArena's own. Archived daily by the repository fboulnois/llm-leaderboard-csv (MPL-2.0),
  cross-checked against LMArena's arena-catalog data. Ranks are "Rank (UB)": one plus the number
  of models statistically ahead; positions are places by score. Default and style-controlled
  scores are on different scales: compare positions and gaps within one view only.

figures.csv, sources.csv
  Every other figure in the piece, with its unit, the decimals its source gives, its status
  (CONFIRMED, CONFIRMED-AS-REPORTED = published by a named outlet citing unnamed people, DERIVED =
  computed here, see the note) and the ids of its sources in sources.csv. Each source names its
  original publisher (publisher_zh: its usual Chinese name), its headline or, where description
  is "yes", our description of it (title_zh in Chinese), its date (approximate = "yes" when
  known only roughly), a link to the original or an archive, and the outlets we read it through
  (read_via; never linked).

All files are UTF-8 with a byte-order mark.
`;

/** The body of a download: CSVs with a byte-order mark, and the README. */
export function downloadBody(name: string): string | undefined {
	if (name === 'README.txt') return `\uFEFF${README}`;
	const path = DOWNLOADS[name];
	if (!path) return undefined;
	const text = projectFiles[path];
	return text === undefined ? undefined : `\uFEFF${text.replace(/^\uFEFF/, '')}`;
}
