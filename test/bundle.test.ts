// The bundled command line starts by loading only what every run needs: the
// parsers and rules come in when there is something to lint, so --help,
// --version and a run answered from the cache never compile them. A static
// import added in the wrong place would undo that without failing anything
// else, so this reads what the bundle's entry loads before it runs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, tempDir } from './helpers.js';

const CLI = join(ROOT, 'dist', 'src', 'cli');

/** The chunks a bundle file imports statically (not through import()). */
function staticImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*)"(\.[^"]+\.js)"/g)].map((match) => join(dirname(file), match[1]));
}

/** The source files behind a bundle file and everything it loads statically, from their source maps. */
function sourcesLoadedBy(entry: string): string[] {
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    pending.push(...staticImports(file));
  }
  return [...seen].flatMap((file) => (JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] }).sources.map((source) => join(dirname(file), source)));
}

describe('what the bundled command line loads at start', () => {
  const sources = sourcesLoadedBy(join(CLI, 'index.js')).map((source) => source.slice(ROOT.length + 1));

  test('the command line, config and capabilities loading, and the reporters', () => {
    expect(sources).toEqual(expect.arrayContaining(['src/cli/index.ts', 'src/engine.ts', 'src/capabilities/load.ts', 'src/config/load.ts', 'src/report/json.ts', 'src/cli/cache.ts']));
  });

  test('not the parsers, the rules, the lint engine, the playground or SARIF', () => {
    const heavy = sources.filter((source) => /^src\/(parse\/(markdown|html|english|index)|check\/|lint|serve\/server|lsp\/|report\/sarif)|^rules\/|node_modules\/(micromark|parse5|parse-english|retext|unified)/.test(source));
    expect(heavy).toEqual([]);
  });

  test('the lint worker loads the lint engine, and not config or capabilities handling (it is handed both)', () => {
    const worker = sourcesLoadedBy(join(CLI, 'worker.js')).map((source) => source.slice(ROOT.length + 1));
    expect(worker).toEqual(expect.arrayContaining(['src/lint.ts', 'src/parse/markdown.ts', 'rules/index.ts']));
    expect(worker.filter((source) => /^src\/(engine|config\/|capabilities\/(load|schema|validate))/.test(source))).toEqual([]);
  });
});

test('the bundle step refuses to work over tsc output older than the sources, naming the source', () => {
  // A project laid out as the step expects it: the check runs before anything is built or imported.
  const dir = tempDir();
  for (const folder of ['src/check', 'rules', 'dist/src/check', 'dist/rules']) mkdirSync(join(dir, folder), { recursive: true });
  writeFileSync(join(dir, 'src/check/prefilter.ts'), 'export {};\n');
  writeFileSync(join(dir, 'dist/src/check/prefilter.js'), 'export {};\n');
  writeFileSync(join(dir, 'rules/speed.ts'), 'export {};\n');
  writeFileSync(join(dir, 'dist/rules/speed.js'), 'export {};\n');
  utimesSync(join(dir, 'dist/src/check/prefilter.js'), new Date(2020, 0, 1), new Date(2020, 0, 1));
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bundle.mjs')], { cwd: dir, encoding: 'utf8' });
  expect(result.status).toBe(1);
  expect(result.stderr).toBe(`bundle: tsc's output is older than ${join('src', 'check', 'prefilter.ts')}: run npm run build\n`);
});
