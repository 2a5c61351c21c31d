// The floor no linter can beat: list the same files overclaim lints in a
// directory, read each one, and run one combined, case-insensitive regex of
// trigger words over the raw text. No parsing, no sentences, no verdicts.
// `npm run bench` runs it as its own process next to overclaim and alex.
//
//   node scripts/floor.mjs <dir>...   prints {"files":N,"bytes":N,"matches":N}
//
// With --stat it is the floor of a warm --cache run instead: list the files
// and stat each one, as a cache must to know a file is unchanged, and read
// none of them (bytes are the sizes stat gives; matches is null).
//
// It also exports listCopyFiles, which the benchmark uses to count the files
// and bytes of its corpus with the same listing.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
// What `overclaim <dir>` walks, walked by the same code (built by npm run
// build, which the benchmark runs first): a floor listed otherwise, more
// slowly (a glob matcher took 50 ms more over the corpus) or over other
// files, would not be overclaim's floor.
import { walkCopyFolder } from '../dist/src/cli/copy-files.js';

/** The copy files under each directory, as absolute paths, in order. */
export function listCopyFiles(dirs) {
  return dirs.flatMap((dir) => walkCopyFolder(resolve(dir)));
}

// One pass over the text finds every trigger: the rules' first step, and only that.
const TRIGGERS = /\b(?:24\/7|around the clock|guarantee\w*|instant\w*|unlimited|free|best|fastest|#1|everything|within \d+ \w+|100%|zero downtime|never fails|same[- ]day)\b/gi;

function main(args) {
  const statOnly = args[0] === '--stat';
  const dirs = statOnly ? args.slice(1) : args;
  if (dirs.length === 0) {
    process.stderr.write('usage: node scripts/floor.mjs [--stat] <dir>...\n');
    return 2;
  }
  let bytes = 0;
  let matches = 0;
  const files = listCopyFiles(dirs);
  if (statOnly) {
    for (const file of files) bytes += statSync(file).size;
    process.stdout.write(`${JSON.stringify({ files: files.length, bytes, matches: null })}\n`);
    return 0;
  }
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    bytes += Buffer.byteLength(text);
    // exec on a global regex walks the matches; it resets lastIndex to 0 at the end.
    while (TRIGGERS.exec(text) !== null) matches++;
  }
  process.stdout.write(`${JSON.stringify({ files: files.length, bytes, matches })}\n`);
  return 0;
}

// Run only when started as a script, not when the benchmark imports listCopyFiles.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
