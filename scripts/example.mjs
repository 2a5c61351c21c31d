// npm run example: lint the bundled examples as a user would. The examples
// are built to contain contradicted promises, so overclaim's exit code 1 is
// the expected outcome here; anything else is a real failure.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { status } = spawnSync(process.execPath, ['bin/overclaim.js', 'examples/seafood/landing.md', 'examples/saas/index.html'], { cwd: root, stdio: 'inherit' });
if (status === 1) {
  console.log('\nExit code 1, as expected: both example pages make promises their capabilities.yml contradicts.');
  process.exit(0);
}
process.exit(status === 0 ? 1 : (status ?? 2));
