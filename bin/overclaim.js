#!/usr/bin/env node
// Thin launcher: the CLI is compiled from src/cli (npm run build).
import { main } from '../dist/src/cli/index.js';

// `overclaim … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
