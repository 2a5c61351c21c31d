// The command line loads some 400 small ES modules (unified, micromark, the
// parsers); resolving and compiling them one at a time took half a second
// before any linting began. This bundles the CLI's two entry points, the
// command and the lint worker, over what tsc wrote for them. They land in
// the same folder, so every path they work out from their own place
// (package.json, the schemas, worker.js) stays what it was. The library
// (dist/src/index.js) stays unbundled: its users' bundlers do that job.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const filesUnder = (folder, test) =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && test(entry.name))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));

// What this step works out ahead (the prefilter's loose forms, the
// validators) comes from tsc's output, while esbuild bundles the sources: a
// source changed since tsc ran would put the old algorithm's results in the
// new bundle. So tsc's output must be at least as new as every source.
const stale = filesUnder('src', (name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
  .concat(filesUnder('rules', (name) => name.endsWith('.ts')))
  .filter((source) => {
    const output = join('dist', source.replace(/\.ts$/, '.js'));
    return !existsSync(output) || statSync(output).mtimeMs < statSync(source).mtimeMs;
  });
if (stale.length > 0) {
  process.stderr.write(`bundle: tsc's output is older than ${stale[0]}${stale.length > 1 ? ` and ${stale.length - 1} more` : ''}: run npm run build\n`);
  process.exit(1);
}

const { ownLooseForms } = await import('../dist/src/check/prefilter.js');
const { findSchemaPath, prebuiltValidatorPath, prebuiltValidatorSource, SCHEMA_NAMES } = await import('../dist/src/capabilities/schema.js');

// Chunk names carry a content hash: clear the last build's, or they pile up.
// The build id goes too: if this step fails, no id vouches for what is left.
rmSync('dist/src/cli/chunks', { recursive: true, force: true });
rmSync('dist/build-id', { force: true });

await build({
  entryPoints: { index: 'src/cli/index.ts', worker: 'src/cli/worker.ts' },
  outdir: 'dist/src/cli',
  allowOverwrite: true,
  bundle: true,
  // Code both entries use goes in shared chunks; code only a subcommand
  // needs (the language server, the playground) is loaded when it runs.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Ajv is CommonJS and loaded on first use through createRequire (see capabilities/schema.ts).
  external: ['ajv'],
  // CommonJS dependencies bundled into ES modules still call require() for Node's own modules.
  banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
  // The prefilter's loose forms of the rules' triggers, worked out now rather
  // than on every run (see src/check/prefilter.ts). As a string of JSON: an
  // object here would be injected as a module into every other one.
  define: { OVERCLAIM_PREBUILT_LOOSE_FORMS: JSON.stringify(JSON.stringify(ownLooseForms())) },
  // Reading and compiling the bundle was a third of a one-file run; without
  // its whitespace and with its syntax folded, it is a third smaller and a
  // one-file run some 40 ms faster. Names stay, and --debug stack traces go
  // through the source map to the TypeScript.
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: 'linked',
  logLevel: 'warning',
});

// Each schema's validator, written out as code so that runs load it instead
// of compiling the schema with Ajv (see src/capabilities/schema.ts).
for (const name of SCHEMA_NAMES) {
  const path = prebuiltValidatorPath(findSchemaPath(name), name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, prebuiltValidatorSource(name));
}

// What --cache is keyed on besides the version number: a hash of everything
// the command line runs, so results cached by one build are never trusted
// by another, even one with the same version (a checkout with changed rules).
const built = ['dist/src/cli', 'dist/validators'].flatMap((folder) => filesUnder(folder, (name) => /\.c?js$/.test(name)));
const buildHash = createHash('sha256');
for (const path of built.sort()) buildHash.update(`${path}\0`).update(readFileSync(path)).update('\0');
writeFileSync('dist/build-id', `${buildHash.digest('hex')}\n`);
