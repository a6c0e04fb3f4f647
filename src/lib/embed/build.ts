/**
 * Build-time only (imported by vite.config.ts): bundles and minifies the loader (`v1.ts`, which
 * runs `loader.ts`, the unit-tested module) into one classic script, with Vite's own library
 * build (Rolldown + Oxc minifier), and hands it to the `/embed/v1.js` route as a virtual module.
 */
import { build, type Plugin, type Rolldown } from 'vite';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('./v1.ts', import.meta.url));
const ID = 'virtual:embed-loader';

/** The loader as one minified IIFE (ES2017: every browser newsrooms' readers still use). */
export async function buildLoader(): Promise<string> {
	const result = await build({
		configFile: false,
		logLevel: 'silent',
		publicDir: false,
		build: {
			write: false,
			minify: true,
			target: 'es2017',
			lib: { entry: ENTRY, formats: ['iife'], name: 'lecunEmbedV1', fileName: () => 'v1.js' }
		}
	});
	const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
	const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
	if (!chunk || chunk.type !== 'chunk') throw new Error('embed loader: the build produced no JS');
	return chunk.code;
}

/** `import code from 'virtual:embed-loader'` gives the built loader's source text. */
export function embedLoader(): Plugin {
	return {
		name: 'embed-loader',
		resolveId(id) {
			return id === ID ? `\0${ID}` : undefined;
		},
		async load(id) {
			if (id !== `\0${ID}`) return undefined;
			return `export default ${JSON.stringify(await buildLoader())};`;
		}
	};
}
