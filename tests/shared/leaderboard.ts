import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';

/** Reads a project data file the way an independent checker would (not through the app's code). */
export function readCsv(path: string) {
	return csvParse(readFileSync(path, 'utf8'));
}

/**
 * What the leaderboard should show at each step, worked out here from the CSV files:
 * the highlighted model and its place from the top among the drawn rows.
 */
export function expectedLeaderboard() {
	const top12 = readCsv('src/data/leaderboard/lmarena_top12_default_2025-04-06.csv');
	const top15 = readCsv('src/data/leaderboard/lmarena_top15_stylectrl_2025-04-06.csv');
	const april13 = readCsv('src/data/leaderboard/lmarena_text_2025-04-13.csv');
	const exp = 'Llama-4-Maverick-03-26-Experimental';
	const pub = 'Llama-4-Maverick-17B-128E-Instruct';
	const byDefault = [...top12].sort((a, b) => +a.position_default! - +b.position_default!);
	const byStyle = [...top15].sort((a, b) => +a.position_stylectrl! - +b.position_stylectrl!);
	const pubScore = +april13.find((r) => r.model === pub)!.score_default!;
	const pubPosition = 1 + april13.filter((r) => +r.score_default! > pubScore).length;
	return {
		'second-place': { name: exp, place: byDefault.findIndex((r) => r.model === exp) + 1 },
		'style-control': { name: exp, place: byStyle.findIndex((r) => r.model === exp) + 1 },
		// Three leaders, the gap, then places from 32: the model is drawn at 3 + (38 - 32 + 1).
		'released-model': { name: pub, place: 3 + (pubPosition - 32 + 1), position: pubPosition }
	} as const;
}
