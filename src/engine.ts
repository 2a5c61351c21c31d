// What applies to one file — its config (nearest .overclaimrc & co.), the
// capabilities it names or the nearest capabilities.yml, and the command
// line's own settings on top — and linting text as if it were that file.
// Shared by the CLI, the language server and the API.
import { dirname, resolve } from 'node:path';
import { clearCapabilitiesCache, findCapabilitiesFile, loadCapabilities } from './capabilities/load.js';
import type { Capabilities } from './capabilities/types.js';
import type { RuleSeverities } from './check/index.js';
import { clearConfigCache, findConfigFile, loadConfig, settingsFor, type Config, type FileSettings } from './config/load.js';
import type { LintOptions } from './lint.js';

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
 * Settings for the many files of one run. Each folder's config and each
 * capabilities file is looked up once (a config or capabilities file that
 * cannot be read fails the same way for every file that uses it), so the
 * whole run sees one version of each, and a run over thousands of files
 * does not stat the same few files thousands of times. Long-lived callers
 * (the language server) make a new resolver, or call resolveForFile, to see
 * edits: the caches below it re-read a file whose mtime or size changed.
 */
export function fileResolver(options: ResolveOptions = {}): (filePath: string) => ResolvedFile {
  const show = options.displayPath ?? ((path: string) => path);
  const configPath = options.configPath && resolve(options.configPath);
  const capabilitiesPath = options.capabilitiesPath && resolve(options.capabilitiesPath);
  const configByFolder = new Map<string, Outcome<Config | undefined>>();
  const capabilitiesFileByFolder = new Map<string, Outcome<string | undefined>>();
  const capabilitiesByFile = new Map<string, Outcome<Capabilities>>();
  // Callers may build their ResolveOptions afresh for each file (resolveForFile), so the command line's part is keyed by value.
  const commandLineKey = JSON.stringify([options.severities ?? {}, options.verbose ?? false]);
  return (filePath) => {
    const folder = dirname(resolve(filePath));
    const config = once(configByFolder, folder, () => {
      const configFile = configPath ?? findConfigFile(folder);
      return configFile ? loadConfig(configFile, show(configFile)) : undefined;
    });
    const settings = settingsFor(filePath, config);
    const capabilitiesFile = capabilitiesPath ?? settings.capabilitiesPath ?? once(capabilitiesFileByFolder, folder, () => findCapabilitiesFile(folder));
    const capabilities = capabilitiesFile ? once(capabilitiesByFile, capabilitiesFile, () => loadCapabilities(capabilitiesFile, show(capabilitiesFile))) : undefined;
    return { ignored: settings.ignored, options: sharedOptions(settings, capabilities, options, commandLineKey) };
  };
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
 * Files whose settings, capabilities and command-line settings are the same
 * objects get one options object, so what is worked out once per options
 * object (the cache's settings hash, the prefilter's patterns) is worked
 * out once per run, not once for each of thousands of files.
 */
const optionsBySettings = new WeakMap<FileSettings, WeakMap<object, Map<string, LintOptions>>>();
/** Stands for "no capabilities file" as a WeakMap key. */
const NO_CAPABILITIES = {};

function sharedOptions(settings: FileSettings, capabilities: Capabilities | undefined, options: ResolveOptions, commandLineKey: string): LintOptions {
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
  let shared = byCommandLine.get(commandLineKey);
  if (!shared) {
    shared = {
      capabilities,
      severities: { ...settings.severities, ...options.severities },
      allow: settings.allow,
      extraTriggers: settings.extraTriggers,
      verbose: options.verbose,
    };
    byCommandLine.set(commandLineKey, shared);
  }
  return shared;
}

/** Forget cached capabilities and config, e.g. when an editor sees them change. */
export function clearCaches(): void {
  clearCapabilitiesCache();
  clearConfigCache();
}
