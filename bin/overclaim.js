#!/usr/bin/env node
// Thin launcher: the CLI is compiled from src/cli (npm run build).
import { main } from '../dist/src/cli/index.js';

process.exitCode = await main(process.argv.slice(2));
