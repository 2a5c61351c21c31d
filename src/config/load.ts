// The config file: rule severities, the capabilities path, allowed phrases,
// extra triggers, ignores and per-glob overrides. Found from the linted
// file's folder upward (nearest wins, no merging across folders, so what
// applies is always one file you can open), validated like capabilities.
import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { formatForPath, parseStructuredFile, type CapabilitiesFormat } from '../capabilities/load.js';
import { compiledSchema } from '../capabilities/schema.js';
import { schemaProblems, type PathProblem } from '../capabilities/validate.js';
import type { RuleSeverities } from '../check/index.js';
import type { ClaimClass } from '../types.js';
import { FileFinder } from '../util/find-up.js';
import { readUtf8 } from '../util/utf8.js';
import { FileProblemsError } from '../util/problems.js';

export class ConfigError extends FileProblemsError {
  override name = 'ConfigError';
}

/** Looked for in each folder, in this order; package.json only counts with an "overclaim" key. */
export const CONFIG_FILE_NAMES = ['.overclaimrc', '.overclaimrc.json', '.overclaimrc.yaml', '.overclaimrc.yml', 'overclaim.config.json', 'package.json'];

type Triggers = Partial<Record<ClaimClass, string[]>>;

interface Settings {
  rules: RuleSeverities;
  capabilities?: string;
  allow: string[];
  triggers: Triggers;
}

export interface Config extends Settings {
  /** Absolute path of the file it was read from. */
  file: string;
  ignore: string[];
  overrides: Array<Partial<Settings> & { files: string[] }>;
}

/** What applies to one file once its config and overrides are resolved. */
export interface FileSettings {
  readonly severities: Readonly<RuleSeverities>;
  /** Absolute path of the capabilities file the config names, if it names one. */
  capabilitiesPath?: string;
  readonly allow: readonly string[];
  readonly extraTriggers: Readonly<Triggers>;
  /** The config's ignore globs exclude this file. */
  ignored: boolean;
  /** The config file that applied, for messages. */
  configFile?: string;
}

const CONFIG_FILE = {
  ErrorClass: ConfigError,
  emptyMessage: 'the config file is empty; delete it or set at least one of rules, capabilities, allow, triggers, ignore, overrides',
  topLevel: 'of settings at the top level (like "rules:" and "allow:")',
  validate: (data: Record<string, unknown>) => validateConfig(data),
};

function validateConfig(data: Record<string, unknown>, prefix: string[] = []): PathProblem[] {
  const { validate } = compiledSchema('config.schema.json');
  validate(data);
  return schemaProblems(validate.errors ?? [], new Set(), () => undefined).map((problem) => ({ ...problem, segments: [...prefix, ...problem.segments] }));
}

/** package.json holds the config under "overclaim"; its other keys are not ours to check. */
const PACKAGE_FILE = {
  ...CONFIG_FILE,
  validate: (data: Record<string, unknown>) => {
    const section = data.overclaim;
    if (section === null || typeof section !== 'object' || Array.isArray(section)) {
      return [{ segments: ['overclaim'], target: 'value' as const, message: 'expected a mapping of settings (like "rules": {…})' }];
    }
    return validateConfig(section as Record<string, unknown>, ['overclaim']);
  },
};

function formatOf(path: string): CapabilitiesFormat {
  // .overclaimrc may be JSON or YAML; YAML 1.2 reads both.
  return path.endsWith('.overclaimrc') ? 'yaml' : formatForPath(path);
}

/** Parse and validate config text; `displayPath` names the file in problems. Throws ConfigError. */
export function parseConfig(text: string, path: string, displayPath: string = path): Config {
  const isPackage = path.endsWith('package.json');
  const { data } = parseStructuredFile(text, displayPath, formatOf(path), isPackage ? PACKAGE_FILE : CONFIG_FILE);
  const settings = (isPackage ? data.overclaim : data) as Record<string, unknown>;
  const dir = dirname(resolve(path));
  const asSettings = (raw: Record<string, unknown>): Partial<Settings> => ({
    rules: raw.rules as RuleSeverities | undefined,
    capabilities: typeof raw.capabilities === 'string' ? resolve(dir, raw.capabilities) : undefined,
    allow: raw.allow as string[] | undefined,
    triggers: raw.triggers as Triggers | undefined,
  });
  const top = asSettings(settings);
  return {
    file: resolve(path),
    rules: top.rules ?? {},
    capabilities: top.capabilities,
    allow: top.allow ?? [],
    triggers: top.triggers ?? {},
    ignore: (settings.ignore as string[] | undefined) ?? [],
    overrides: ((settings.overrides as Array<Record<string, unknown>> | undefined) ?? []).map((override) => ({
      ...asSettings(override),
      files: ([] as string[]).concat(override.files as string | string[]),
    })),
  };
}

const loaded = new Map<string, { mtimeMs: number; size: number; config: Config | undefined }>();

/** Read a config file (undefined for a package.json without "overclaim"). Throws ConfigError. */
export function loadConfig(path: string, displayPath: string = path): Config | undefined {
  const absolute = resolve(path);
  let text: string;
  let stats;
  try {
    stats = statSync(absolute);
    const cached = loaded.get(absolute);
    if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) return cached.config;
    text = readUtf8(absolute, displayPath, (problem) => new ConfigError([problem]));
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError([`${displayPath}: cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`]);
  }
  const config = absolute.endsWith('package.json') && !hasOverclaimKey(text) ? undefined : parseConfig(text, absolute, displayPath);
  loaded.set(absolute, { mtimeMs: stats.mtimeMs, size: stats.size, config });
  return config;
}

/** A cheap look before a full parse: most package.json files have no "overclaim" key. */
function hasOverclaimKey(text: string): boolean {
  try {
    const data: unknown = JSON.parse(text);
    return data !== null && typeof data === 'object' && 'overclaim' in data;
  } catch {
    // A broken package.json is npm's business, not ours, unless it holds our
    // settings: then they would be lost in silence, so it is read, and its
    // syntax error reported with its place.
    return /"overclaim"\s*:/.test(text);
  }
}

const finder = new FileFinder(CONFIG_FILE_NAMES, (path) => !path.endsWith('package.json') || hasOverclaimKey(readFileSync(path, 'utf8')));

/** The nearest config file in `startDir` or a parent (a package.json only with an "overclaim" key). */
export function findConfigFile(startDir: string): string | undefined {
  return finder.find(startDir);
}

export function clearConfigCache(): void {
  loaded.clear();
  finder.clear();
  ignoreCache.clear();
}

const ignoreCache = new Map<Config, Ignore>();

/** Path of `file` relative to the config's folder, with forward slashes, for glob matching. */
function relativeToConfig(config: Config, file: string): string {
  return relative(dirname(config.file), resolve(file)).split(sep).join('/');
}

/**
 * Resolve what applies to one file: the config's settings, then every
 * override whose globs match, later ones winning.
 */
/** Settings without a config file: shared, never changed. */
const NO_CONFIG: FileSettings = Object.freeze({ severities: Object.freeze({}), allow: Object.freeze([]), extraTriggers: Object.freeze({}), ignored: false });

/**
 * Files that match the same overrides share one settings object, so what is
 * compiled from it (allow list, extra triggers) is compiled once per run,
 * not once per file, and a run over many files holds one copy of it.
 */
const settingsCache = new WeakMap<Config, Map<string, FileSettings>>();
const matcherCache = new WeakMap<object, (path: string) => boolean>();

export function settingsFor(file: string, config: Config | undefined): FileSettings {
  if (!config) return NO_CONFIG;
  const path = relativeToConfig(config, file);
  let ignores = ignoreCache.get(config);
  if (!ignores) {
    ignores = ignore().add(config.ignore);
    ignoreCache.set(config, ignores);
  }
  const ignored = !path.startsWith('..') && path !== '' && ignores.ignores(path);
  const matching = config.overrides.filter((override) => {
    let matches = matcherCache.get(override);
    if (!matches) {
      matches = picomatch(override.files, { dot: true });
      matcherCache.set(override, matches);
    }
    return matches(path);
  });
  const key = `${ignored}:${matching.map((override) => config.overrides.indexOf(override)).join(',')}`;
  let byKey = settingsCache.get(config);
  if (!byKey) {
    byKey = new Map();
    settingsCache.set(config, byKey);
  }
  let settings = byKey.get(key);
  if (!settings) {
    const severities: RuleSeverities = { ...config.rules };
    const allow = [...config.allow];
    const extraTriggers: Triggers = { ...config.triggers };
    let capabilitiesPath = config.capabilities;
    for (const override of matching) {
      Object.assign(severities, override.rules);
      if (override.capabilities) capabilitiesPath = override.capabilities;
      if (override.allow) allow.push(...override.allow);
      for (const [ruleId, phrases] of Object.entries(override.triggers ?? {})) {
        const id = ruleId as ClaimClass;
        extraTriggers[id] = [...(extraTriggers[id] ?? []), ...(phrases ?? [])];
      }
    }
    settings = { severities, capabilitiesPath, allow, extraTriggers, ignored, configFile: config.file };
    byKey.set(key, settings);
  }
  return settings;
}
