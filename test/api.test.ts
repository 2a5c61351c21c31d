// The API and the retext plugin, used the way a user's script does: a
// separate Node process importing 'overclaim' and 'overclaim/retext' by name.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from './helpers.js';

test('lint, lintText, loadCapabilities and the retext plugin from a script', () => {
  const result = spawnSync(process.execPath, [join(ROOT, 'test/fixtures/api-user/script.mjs'), ROOT], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  const output = JSON.parse(result.stdout);
  expect(output.lintText).toEqual([['availability', 'contradicted', 1, 11, ['Mon–Fri 09:00–17:00']]]);
  expect(output.lint.errorCount).toBe(6);
  expect(output.lint.first).toMatchObject({ ruleId: 'completeness', verdict: 'contradicted', line: 7, column: 3, declaredAt: 'examples/seafood/capabilities.yml:11' });
  expect(output.lintPath).toBe('examples/seafood/landing.md');
  expect(output.retext).toEqual([
    ['availability', 'contradicted', 1, 6],
    ['superlative', 'puffery', 2, 1],
  ]);
  expect(output.report).toMatch(/^1:6-1:10 +error +"24\/7" is contradicted/);
  expect(output.rules).toEqual(['completeness', 'availability', 'speed', 'guarantee', 'perfection', 'superlative', 'unlimited', 'offering']);
  expect(output.hours).toBe('Tue-Sun 11:00-22:00');
});

test('types ship with the package', () => {
  const pkg = JSON.parse(spawnSync(process.execPath, ['-p', 'JSON.stringify(require("./package.json").exports)'], { cwd: ROOT, encoding: 'utf8' }).stdout);
  for (const entry of ['.', './retext']) expect(existsSync(join(ROOT, pkg[entry].types))).toBe(true);
});
