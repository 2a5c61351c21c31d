#!/usr/bin/env node
// Thin launcher: the CLI is compiled from src/cli (npm run build). Process-
// level concerns live here, set up before the CLI loads.

// `overclaim … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// Ctrl-C on a lint run: one line and the conventional exit code, no stack
// (fixes already written stay whole: each write is atomic). The servers
// (lsp, serve) handle their own shutdown.
if (!['lsp', 'serve'].includes(process.argv[2])) {
  process.once('SIGINT', () => {
    process.stderr.write('\noverclaim: interrupted\n');
    process.exit(130);
  });
}

// The CLI is bundled (scripts/bundle.mjs); a stack trace asked for with
// --debug should name the TypeScript sources, not the bundle.
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);

const { main } = await import('../dist/src/cli/index.js');
process.exitCode = await main(process.argv.slice(2));
