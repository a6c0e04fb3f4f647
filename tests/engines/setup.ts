import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The tours test the build as it is: build once if there is none. */
export default function setup() {
	if (!existsSync('build/index.html')) execSync('npm run build', { stdio: 'inherit' });
}
