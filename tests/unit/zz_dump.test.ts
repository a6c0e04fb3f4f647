import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { loadAll } from '$lib/server/content/load';
import { plain } from '$lib/server/content/placeholders';
it('dump', () => {
	const { stories } = loadAll();
	for (const lang of ['zh', 'en'] as const) {
		const s = stories[lang];
		const out: string[] = [];
		out.push('# ' + s.meta.title, s.meta.description, ...s.meta.standfirst.map(plain), '', ...s.intro.map(plain));
		for (const t of s.timeline) out.push(`  [tl] ${t.dateText} ${t.label}`);
		for (const sec of s.sections) {
			out.push('', '## ' + sec.title, ...sec.intro.map(plain));
			for (const st of sec.steps) {
				out.push(`  [${st.id}] ` + st.text.map(plain).join(' '));
				out.push(`     note: ${(st.chart as any).note}`);
				out.push(`     alt: ${plain(st.alt)}`);
			}
			out.push('  -- after --', ...(sec as any).after.map(plain));
			out.push('  labels: ' + JSON.stringify(sec.labels));
		}
		out.push('', '## closing', ...s.closing.map(plain), '', '## method', ...s.method.map(plain));
		writeFileSync(`/tmp/copy-${lang}.txt`, out.join('\n'));
	}
});
