/** Lighthouse 12, mobile form factor, simulated throttling: the median of `runs` per figure. */
import { median } from 'd3-array';

const rounded = (score) => (score === null || score === undefined ? NaN : Math.round(score * 100));

/**
 * Runs Lighthouse `runs` times over each `{ url, noindex }` target; returns results by url and
 * the Lighthouse version. Categories below 100 keep the audits that cost them (`misses`).
 */
export async function runLighthouse(targets, { chromePath, chromeFlags, runs, log }) {
	const { default: lighthouse } = await import('lighthouse');
	const chromeLauncher = await import('chrome-launcher');
	const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
	const results = {};
	let version = null;
	try {
		for (const { url, noindex } of targets) {
			const categories = ['performance', 'accessibility', 'best-practices'];
			if (!noindex) categories.push('seo');
			const lhrs = [];
			for (let i = 0; i < runs; i++) {
				const result = await lighthouse(url, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: categories
				});
				if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
				const lhr = result.lhr;
				if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
				version = lhr.lighthouseVersion;
				lhrs.push(lhr);
				log(
					`lighthouse ${url} run ${i + 1}/${runs}: perf ${rounded(lhr.categories.performance.score)}`
				);
			}
			const cat = (id) => median(lhrs, (r) => rounded(r.categories[id]?.score)) ?? null;
			const num = (id) => median(lhrs, (r) => r.audits[id]?.numericValue) ?? null;
			const misses = {};
			for (const r of lhrs)
				for (const c of Object.values(r.categories))
					for (const ref of c.auditRefs) {
						const a = r.audits[ref.id];
						if (ref.weight > 0 && a && a.score !== null && a.score < 1)
							(misses[c.id] ??= {})[ref.id] = a.title;
					}
			const middle = lhrs[Math.floor(lhrs.length / 2)];
			results[url] = {
				runs: lhrs.length,
				performance: cat('performance'),
				accessibility: cat('accessibility'),
				bestPractices: cat('best-practices'),
				seo: noindex ? null : cat('seo'),
				fcpMs: num('first-contentful-paint'),
				lcpMs: num('largest-contentful-paint'),
				tbtMs: num('total-blocking-time'),
				cls: num('cumulative-layout-shift'),
				speedIndexMs: num('speed-index'),
				bootupMs: num('bootup-time'),
				lcpElement:
					middle.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node
						?.snippet ?? null,
				misses
			};
		}
	} finally {
		await chrome.kill();
	}
	return { results, version };
}
