// The public API: `import {lint, lintText, loadCapabilities} from 'overclaim'`.
import { resolve } from 'node:path';
import { VFile } from 'vfile';
import { displayPath, expandInputs, ignoreFilter, readCopy } from './cli/files.js';
import { fileResolver, walkIgnores, type ResolveOptions } from './engine.js';
import { lintFile } from './lint.js';
import { jsonReport, type JsonFile, type JsonMessage } from './report/json.js';
import { FileProblemsError } from './util/problems.js';

export { CapabilitiesError, loadCapabilities, parseCapabilities, findCapabilitiesFile } from './capabilities/load.js';
export type { Capabilities, Fact, WeeklyHours } from './capabilities/types.js';
export { ConfigError, loadConfig, findConfigFile } from './config/load.js';
export { lintText, lintFile, type LintOptions } from './lint.js';
export { clearCaches } from './engine.js';
export { lintAt } from './lint-at.js';
export { rules } from '../rules/index.js';
export type { Rule } from './check/rule.js';
export type { Claim, ClaimClass, Verdict, Severity, Quantity } from './types.js';
export type { JsonFile, JsonMessage, JsonReport } from './report/json.js';
export { FileProblemsError };

export interface LintResults {
  errorCount: number;
  warningCount: number;
  infoCount: number;
  files: JsonFile[];
}

export interface LintApiOptions extends Omit<ResolveOptions, 'displayPath'> {
  /** Folder that relative paths and globs start from (default: process.cwd()). */
  cwd?: string;
  /** Extra gitignore-style patterns to skip. */
  ignorePatterns?: string[];
}

/**
 * Lint files, folders and globs as the CLI does (config, capabilities,
 * .overclaimignore), and return the findings as the JSON reporter shapes
 * them, with paths relative to `cwd`. Throws FileProblemsError for a broken config or capabilities file,
 * and an Error for paths that name nothing.
 */
export async function lint(paths: readonly string[], options: LintApiOptions = {}): Promise<LintResults> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const files: VFile[] = [];
  const show = (shown: string) => displayPath(shown, cwd);
  const settingsOf = fileResolver({ ...options, capabilitiesPath: options.capabilitiesPath && resolve(cwd, options.capabilitiesPath), displayPath: show });
  const isIgnored = walkIgnores(ignoreFilter(cwd, undefined, options.ignorePatterns ?? []), settingsOf);
  for (const path of expandInputs(paths, cwd, isIgnored)) {
    const settings = settingsOf(path);
    if (settings.ignored) continue;
    const read = readCopy(path);
    const file = new VFile({ value: read.ok ? read.text : '', path: show(path) });
    if (read.ok) lintFile(file, settings.options);
    else file.message(read.reason).fatal = true;
    files.push(file);
  }
  const { errorCount, warningCount, infoCount, files: reported } = jsonReport(files, '');
  return { errorCount, warningCount, infoCount, files: reported };
}

export type { JsonMessage as Message };
