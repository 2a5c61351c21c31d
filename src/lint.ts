// Lint one document: parse by format, run the rules, attach messages.
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { Capabilities } from './capabilities/types.js';
import { checkTree, type CheckOptions } from './check/index.js';
import { formatFromPath, parseCopy, type Format } from './parse/index.js';

/** ruleId of the message for a file that could not be parsed: an input error (exit code 2). */
export const PARSE_ERROR = 'parse-error';

export interface LintOptions extends CheckOptions {
  /** Overrides the format chosen from the file's extension. */
  format?: Format;
}

/** Lint a VFile in place and return it; messages are sorted by position. */
export function lintFile(file: VFile, options: LintOptions = {}): VFile {
  const format = options.format ?? formatFromPath(file.path);
  let parsed;
  try {
    parsed = parseCopy(file, format);
  } catch (error) {
    // Only MDX can be malformed (an unclosed {expression} or <Tag>); say
    // where, as a file-level problem, instead of crashing the run.
    if (!(error instanceof VFileMessage)) throw error;
    const message = file.message(`cannot parse ${format === 'mdx' ? 'MDX' : format}: ${error.reason}`, { place: error.place ?? undefined, ruleId: PARSE_ERROR, source: 'overclaim' });
    message.fatal = true;
    return file;
  }
  checkTree(parsed.tree, file, { ...options, directives: parsed.directives });
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return file;
}

/** Lint a string (a slogan, a paragraph); `path` only chooses the format and names the file. */
export function lintText(text: string, options: LintOptions & { path?: string; capabilities?: Capabilities } = {}): VFile {
  return lintFile(new VFile({ value: text, path: options.path }), options);
}
