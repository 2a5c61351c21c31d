// Lint text as if it were the file at a path: the path's extension picks the
// format and its folder the capabilities (and, later, the config) — the
// same discovery the CLI does, for editors and the API.
import { dirname, resolve } from 'node:path';
import { VFile } from 'vfile';
import { clearCapabilitiesCache, findCapabilitiesFile, loadCapabilities } from './capabilities/load.js';
import type { Capabilities } from './capabilities/types.js';
import type { RuleSeverities } from './check/index.js';
import { lintFile } from './lint.js';

export interface LintAtOptions {
  /** Use this capabilities file instead of discovering one. */
  capabilitiesPath?: string;
  severities?: RuleSeverities;
  verbose?: boolean;
  /** Folder paths in messages are shown relative to. */
  cwd?: string;
}

/** The capabilities that apply to a file: the given one, or the nearest found. Throws CapabilitiesError. */
export function capabilitiesForPath(filePath: string, capabilitiesPath?: string): Capabilities | undefined {
  const found = capabilitiesPath ? resolve(capabilitiesPath) : findCapabilitiesFile(dirname(resolve(filePath)));
  return found ? loadCapabilities(found) : undefined;
}

/** Lint `text` as the file at `filePath` (which need not exist on disk). Throws CapabilitiesError. */
export function lintAt(text: string, filePath: string, options: LintAtOptions = {}): VFile {
  const capabilities = capabilitiesForPath(filePath, options.capabilitiesPath);
  return lintFile(new VFile({ value: text, path: filePath }), {
    capabilities,
    severities: options.severities,
    verbose: options.verbose,
  });
}

/** Forget cached capabilities and config, e.g. when an editor sees them change. */
export function clearCaches(): void {
  clearCapabilitiesCache();
}
