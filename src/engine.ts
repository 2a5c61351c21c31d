// What applies to one file — its config (nearest .overclaimrc & co.), the
// capabilities it names or the nearest capabilities.yml, and the command
// line's own settings on top — and linting text as if it were that file.
// Shared by the CLI, the language server and the API.
import { dirname, resolve } from 'node:path';
import { VFile } from 'vfile';
import { clearCapabilitiesCache, findCapabilitiesFile, loadCapabilities } from './capabilities/load.js';
import type { Capabilities } from './capabilities/types.js';
import type { RuleSeverities } from './check/index.js';
import { clearConfigCache, findConfigFile, loadConfig, settingsFor, type FileSettings } from './config/load.js';
import { lintFile, type LintOptions } from './lint.js';

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
  const show = options.displayPath ?? ((path: string) => path);
  const folder = dirname(resolve(filePath));
  const configFile = options.configPath ? resolve(options.configPath) : findConfigFile(folder);
  const config = configFile ? loadConfig(configFile, show(configFile)) : undefined;
  const settings = settingsFor(filePath, config);
  const capabilitiesFile = options.capabilitiesPath ? resolve(options.capabilitiesPath) : (settings.capabilitiesPath ?? findCapabilitiesFile(folder));
  const capabilities = capabilitiesFile ? loadCapabilities(capabilitiesFile, show(capabilitiesFile)) : undefined;
  return { ignored: settings.ignored, options: sharedOptions(settings, capabilities, options) };
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

function sharedOptions(settings: FileSettings, capabilities: Capabilities | undefined, options: ResolveOptions): LintOptions {
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
  // Callers build their ResolveOptions afresh for each file, so the command line's part is keyed by value.
  const key = JSON.stringify([options.severities ?? {}, options.verbose ?? false]);
  let shared = byCommandLine.get(key);
  if (!shared) {
    shared = {
      capabilities,
      severities: { ...settings.severities, ...options.severities },
      allow: settings.allow,
      extraTriggers: settings.extraTriggers,
      verbose: options.verbose,
    };
    byCommandLine.set(key, shared);
  }
  return shared;
}

/** Lint `text` as the file at `filePath`, with that file's config and capabilities. Throws FileProblemsError. */
export function lintAt(text: string, filePath: string, options: ResolveOptions = {}): VFile {
  const { options: lintOptions } = resolveForFile(filePath, options);
  return lintFile(new VFile({ value: text, path: filePath }), lintOptions);
}

/** Forget cached capabilities and config, e.g. when an editor sees them change. */
export function clearCaches(): void {
  clearCapabilitiesCache();
  clearConfigCache();
}
