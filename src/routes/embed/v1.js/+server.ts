/**
 * `/embed/v1.js`: the loader newsrooms paste. A stable, versioned path: v1 is only ever changed
 * compatibly (a breaking change gets `/embed/v2.js`, and v1 stays). Prerendered to a file.
 */
import code from 'virtual:embed-loader';

export const prerender = true;

export function GET() {
	return new Response(code, {
		headers: { 'content-type': 'text/javascript; charset=utf-8' }
	});
}
