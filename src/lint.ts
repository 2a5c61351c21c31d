// Lint one document: parse by format, run the rules, attach messages.
import { VFile } from 'vfile';
import type { Capabilities } from './capabilities/types.js';
import { checkTree, type CheckOptions } from './check/index.js';
import { formatFromPath, parseCopy, type Format } from './parse/index.js';

export interface LintOptions extends CheckOptions {
  /** Overrides the format chosen from the file's extension. */
  format?: Format;
}

/** Lint a VFile in place and return it; messages are sorted by position. */
export function lintFile(file: VFile, options: LintOptions = {}): VFile {
  const format = options.format ?? formatFromPath(file.path);
  const { tree, directives } = parseCopy(file, format);
  checkTree(tree, file, { ...options, directives });
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return file;
}

/** Lint a string (a slogan, a paragraph); `path` only chooses the format and names the file. */
export function lintText(text: string, options: LintOptions & { path?: string; capabilities?: Capabilities } = {}): VFile {
  return lintFile(new VFile({ value: text, path: options.path }), options);
}
