// npm run fuzz: the property tests with 10,000 cases per property (more with
// FUZZ_RUNS) and a fresh seed each run (or FUZZ_SEED to replay one).
import { spawnSync } from 'node:child_process';

const runs = process.env.FUZZ_RUNS ?? '10000';
const seed = process.env.FUZZ_SEED ?? String(Date.now() % 2 ** 31);
console.log(`fuzz: ${runs} cases per property, seed ${seed} (replay with FUZZ_SEED=${seed})`);
const result = spawnSync('npx', ['vitest', 'run', 'test/property.test.ts', '--testTimeout', '0'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed },
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
