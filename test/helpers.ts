// Run the built CLI the way a user does: a real process, real exit code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const BIN = join(ROOT, 'bin', 'overclaim.js');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function run(args: string[], options: { input?: string | Buffer; cwd?: string } = {}): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Run with --format json and parse the report. */
export function runJson(args: string[], options: { input?: string | Buffer; cwd?: string } = {}) {
  const result = run([...args, '--format', 'json'], options);
  return { ...result, report: JSON.parse(result.stdout) as import('../src/report/json.js').JsonReport };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'overclaim-test-'));
}
