/**
 * `npm test`: every part of the suite in turn, stopping at the first that fails, then each part's
 * time, so a slow part shows in every CI log (the house issue's budget: Chromium ≤ 5 minutes, all
 * of `npm test` ≤ 9 on two cores).
 */
import { spawnSync } from 'node:child_process';

const parts = [
	['formatting and dead code', 'lint'],
	['types', 'check'],
	['unit and build checks', 'test:unit'],
	['Chromium (Playwright)', 'test:e2e'],
	['behind nginx', 'test:server'],
	['WebKit and Firefox tours', 'test:engines']
];

const times = [];
let failed = '';
for (const [name, script] of parts) {
	const start = performance.now();
	const { status } = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
	times.push([name, (performance.now() - start) / 1000]);
	if (status !== 0) {
		failed = name;
		break;
	}
}

const total = times.reduce((s, [, t]) => s + t, 0);
const fmt = (s) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`;
console.log('\nnpm test, time per part (m:ss)');
for (const [name, t] of times) console.log(`  ${fmt(t).padStart(6)}  ${name}`);
console.log(`  ${fmt(total).padStart(6)}  in all${failed ? ` (stopped: ${failed} failed)` : ''}`);
process.exit(failed ? 1 : 0);
