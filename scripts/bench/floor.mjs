/**
 * The floor: the least a page like ours can cost. A bare page per language with the piece's own
 * system font stack, a headline, a paragraph and a small SVG, no script, written (with its `.gz`)
 * to a temporary folder that the benchmark's server serves under `/__floor/zh/` and `/__floor/en/`.
 * Its LCP, TBT and scroll frame intervals, measured in the same run as the piece, are what the
 * piece's figures are compared with (machines here are noisy; ratios within one run hold).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const FONTS = `system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif`;

const TEXT = {
	zh: {
		lang: 'zh-CN',
		title: '基准页面：一个标题和一段文字',
		body: '这是一页最简单的网页：同样的系统字体、一个标题、一段文字和一张小图，没有脚本。用同一台服务器、在同一次测量中打开它，得到的加载时间就是这篇报道能做到的下限。'
	},
	en: {
		lang: 'en',
		title: 'A floor page: one headline and one paragraph',
		body: 'This is the plainest page there is: the same system fonts, one headline, one paragraph and a small drawing, and no script. Served by the same server and measured in the same run, its loading time is the floor the story is compared with.'
	}
};

const page = ({ lang, title, body }) => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${title}">
<title>${title}</title>
<link rel="icon" href="data:,">
<style>
body { font-family: ${FONTS}; margin: 0 auto; max-width: 40rem; padding: 1rem; color: #1a1a1a; line-height: 1.6; }
h1 { font-size: clamp(1.9rem, 6vw, 3rem); line-height: 1.2; }
/* Tall enough to scroll for the frame-interval trace, without more content to paint. */
main { min-height: 800vh; }
</style>
</head>
<body>
<main>
<h1>${title}</h1>
<p>${body}</p>
<svg viewBox="0 0 100 40" width="300" height="120" role="img" aria-label="${title}">
<rect x="0" y="10" width="60" height="8" fill="#767676"/><rect x="0" y="24" width="90" height="8" fill="#1d4ed8"/>
</svg>
</main>
</body>
</html>
`;

/** Writes both floor pages; returns the folder to serve. */
export function writeFloor() {
	const root = mkdtempSync(join(tmpdir(), 'bench-floor-'));
	for (const [lang, text] of Object.entries(TEXT)) {
		const dir = join(root, lang);
		mkdirSync(dir);
		const html = page(text);
		writeFileSync(join(dir, 'index.html'), html);
		writeFileSync(join(dir, 'index.html.gz'), gzipSync(html));
	}
	return root;
}

export const FLOOR_ROUTES = ['/zh/', '/en/'];
