// What applies to one file: its config (nearest .overclaimrc & co.), the
// capabilities it names or the nearest capabilities.yml, and the command
// line's own settings on top. Shared by the CLI, the language server and the
// API (lint-at.ts lints text as if it were a given file).
import { dirname, resolve } from 'node:path';
import { clearCapabilitiesCache, findCapabilitiesFile, loadCapabilities } from './capabilities/load.js';
import type { Capabilities } from './capabilities/types.js';
import type { RuleSeverities } from './check/index.js';
import { clearConfigCache, findConfigFile, loadConfig, settingsFor, type Config, type FileSettings } from './config/load.js';
import type { LintOptions } from './lint.js';
import { FileProblemsError } from './util/problems.js';

export interface ResolveOptions {
  /** Use this capabilities file for every file (CLI --capabilities): beats the config and discovery. */
  capabilitiesPath?: string;
  /** Use this config file instead of discovering one (CLI --config). */
  configPath?: string;
  /** Severities from the command line: beat the config. */
  severities?: RuleSeverities;
  verbose?: boolean;
  /** How paths are shown in messages ("capabilities.yml:4"), relative to this folder. */
  displayPath?: (path: string) => string;
}

export interface ResolvedFile {
  options: LintOptions;
  /** The config's ignore globs exclude the file. */
  ignored: boolean;
}

/** Settings for the file at `filePath` (need not exist). Throws FileProblemsError for a broken config or capabilities file. */
export function resolveForFile(filePath: string, options: ResolveOptions = {}): ResolvedFile {
  return fileResolver(options)(filePath);
}

/**
 * Settings for the many files of one run. Each config file and each
 * capabilities file is read once (one
 * that cannot be read fails the same way for every file that uses it), so
 * the whole run sees one version of each, even if it is saved mid-run, and
 * a run over thousands of files does not stat the same few files thousands
 * of times. Long-lived callers (the language server) make a new resolver,
 * or call resolveForFile, to see edits: the caches below it re-read a file
 * whose mtime or size changed.
 */
export function fileResolver(options: ResolveOptions = {}): (filePath: string) => ResolvedFile {
  const show = options.displayPath ?? ((path: string) => path);
  // An empty path is no path: discovery runs, as it did before paths were resolved here.
  const configPath = options.configPath ? resolve(options.configPath) : undefined;
  const capabilitiesPath = options.capabilitiesPath ? resolve(options.capabilitiesPath) : undefined;
  const configByFile = new Map<string, Outcome<Config | undefined>>();
  const capabilitiesByFile = new Map<string, Outcome<Capabilities>>();
  const commandLine = commandLineSettings(options);
  // What every file of a folder shares, when its config (or the lack of one)
  // treats all files alike: a run over thousands of files in a few folders
  // then works it out a few times, not thousands.
  const byFolder = new Map<string, ResolvedFile>();
  // Where the config ignores or overrides by path, each file's own: the CLI asks
  // once while walking (is it ignored?) and once to lint it.
  const byFile = new Map<string, ResolvedFile>();
  return (filePath) => {
    const absolute = resolve(filePath);
    const folder = dirname(absolute);
    const shared = byFolder.get(folder) ?? byFile.get(absolute);
    if (shared) return shared;
    const configFile = configPath ?? findConfigFile(folder);
    const config = configFile ? once(configByFile, configFile, () => loadConfig(configFile, show(configFile))) : undefined;
    const settings = settingsFor(filePath, config);
    // Ignored files still get their capabilities: stdin with --stdin-filename and the language server lint them anyway.
    const capabilitiesFile = capabilitiesPath ?? settings.capabilitiesPath ?? findCapabilitiesFile(folder);
    const capabilities = capabilitiesFile ? once(capabilitiesByFile, capabilitiesFile, () => loadCapabilities(capabilitiesFile, show(capabilitiesFile))) : undefined;
    const resolved = { ignored: settings.ignored, options: sharedOptions(settings, capabilities, commandLine) };
    if (!config || (config.ignore.length === 0 && config.overrides.length === 0)) byFolder.set(folder, resolved);
    else byFile.set(absolute, resolved);
    return resolved;
  };
}

/**
 * What a walk passes over: what the user's ignore rules (.overclaimignore,
 * --ignore-path, --ignore-pattern) leave out, then what a config file's
 * `ignore:` does. So an unreadable folder the config ignores is passed
 * over, and a folder whose files it all ignores is said to be ignored, as
 * with .overclaimignore. A broken config or capabilities file ignores
 * nothing here: resolving the files afterwards reports every such problem
 * at once.
 */
export function walkIgnores(ignoredByUser: (path: string) => boolean, settingsOf: (filePath: string) => ResolvedFile): (path: string) => boolean {
  return (path) => {
    if (ignoredByUser(path)) return true;
    try {
      return settingsOf(path).ignored;
    } catch (error) {
      if (error instanceof FileProblemsError) return false;
      throw error;
    }
  };
}

/** What the command line sets on top of a file's settings, and a key that tells one such set from another. */
interface CommandLineSettings {
  severities: RuleSeverities;
  verbose: boolean | undefined;
  key: string;
}

function commandLineSettings(options: ResolveOptions): CommandLineSettings {
  // A severity set to undefined is not set: it neither overrides the config nor
  // counts in the key (JSON would drop it there, so the two must agree).
  const severities: RuleSeverities = Object.fromEntries(Object.entries(options.severities ?? {}).filter(([, severity]) => severity !== undefined));
  // Callers may build their ResolveOptions afresh for each file (resolveForFile), so this part is keyed by value.
  return { severities, verbose: options.verbose, key: JSON.stringify([severities, options.verbose ?? false]) };
}

/** What working something out gave: its value, or the error it threw. */
type Outcome<T> = { value: T } | { error: unknown };

/** `compute()` for `key` the first time; after that, the same value, or the same error thrown again. */
function once<T>(outcomes: Map<string, Outcome<T>>, key: string, compute: () => T): T {
  let outcome = outcomes.get(key);
  if (!outcome) {
    try {
      outcome = { value: compute() };
    } catch (error) {
      outcome = { error };
    }
    outcomes.set(key, outcome);
  }
  if ('error' in outcome) throw outcome.error;
  return outcome.value;
}

/**
 * Files whose settings and capabilities are the same objects, and whose
 * command-line settings are the same values, get one options object, so
 * what is worked out per options object (the cache's hash of the settings)
 * is worked out once per run, not once for each of thousands of files.
 */
const optionsBySettings = new WeakMap<FileSettings, WeakMap<object, Map<string, LintOptions>>>();
/** Stands for "no capabilities file" as a WeakMap key. */
const NO_CAPABILITIES = {};

function sharedOptions(settings: FileSettings, capabilities: Capabilities | undefined, commandLine: CommandLineSettings): LintOptions {
  let byCapabilities = optionsBySettings.get(settings);
  if (!byCapabilities) {
    byCapabilities = new WeakMap();
    optionsBySettings.set(settings, byCapabilities);
  }
  let byCommandLine = byCapabilities.get(capabilities ?? NO_CAPABILITIES);
  if (!byCommandLine) {
    byCommandLine = new Map();
    byCapabilities.set(capabilities ?? NO_CAPABILITIES, byCommandLine);
  }
  let shared = byCommandLine.get(commandLine.key);
  if (!shared) {
    shared = {
      capabilities,
      severities: { ...settings.severities, ...commandLine.severities },
      allow: settings.allow,
      extraTriggers: settings.extraTriggers,
      verbose: commandLine.verbose,
    };
    byCommandLine.set(commandLine.key, shared);
  }
  return shared;
}

/** Forget cached capabilities and config, e.g. when an editor sees them change. */
export function clearCaches(): void {
  clearCapabilitiesCache();
  clearConfigCache();
}
