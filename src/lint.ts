// Lint one document: parse by format, run the rules, attach messages.
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { Capabilities } from './capabilities/types.js';
import { checkTree, type CheckOptions } from './check/index.js';
import { mayHoldClaims } from './check/prefilter.js';
import { formatFromPath, parseCopy, type Format } from './parse/index.js';
import { opensAsALicence } from './parse/licence.js';
import { SECTIONED_FROM } from './parse/sections.js';
import { PARSE_ERROR } from './types.js';

export { PARSE_ERROR };

export interface LintOptions extends CheckOptions {
  /** Overrides the format chosen from the file's extension. */
  format?: Format;
  /** Parse every file, even one no trigger can match (for tests that compare the two). */
  noPrefilter?: boolean;
}

/** Lint a VFile in place and return it; messages are sorted by position. */
export function lintFile(file: VFile, options: LintOptions = {}): VFile {
  const format = options.format ?? formatFromPath(file.path);
  // A file no trigger can match holds no claim. MDX is always parsed: a
  // syntax error in it must be reported. Long Markdown is asked section by
  // section as it is parsed (parseInSections), so each section once: asking
  // the whole text first read it twice, a third of the time on a 4 MB page.
  const source = String(file);
  const askedBySection = format === 'markdown' && source.length >= SECTIONED_FROM;
  if (format !== 'mdx' && !options.noPrefilter && !askedBySection && !mayHoldClaimsAnywhere(source, format, options)) return file;
  // Legal text, not copy (see licence.ts); asked only of a file that may hold
  // a claim, which most files are not. HTML is left alone: a licence page opens on its markup.
  if ((format === 'markdown' || format === 'text') && opensAsALicence(source, (text) => mayHoldClaims(text, format, options))) return file;
  let parsed;
  try {
    parsed = parseCopy(file, format, options.noPrefilter ? undefined : (block) => mayHoldClaims(block, format, options));
  } catch (error) {
    // Malformed MDX (an unclosed {expression} or <Tag>) is the user's to
    // fix; a parser's own assertion on odd input is not, but it must not
    // crash the run either. Both become a file-level problem.
    const place = error instanceof VFileMessage ? (error.place ?? undefined) : undefined;
    const message = file.message(`cannot parse ${format === 'mdx' ? 'MDX' : format}: ${parseFailure(error)}`, { place, ruleId: PARSE_ERROR, source: 'overclaim' });
    message.fatal = true;
    return file;
  }
  checkTree(parsed.tree, file, { ...options, directives: parsed.directives, references: format !== 'text', plainText: format === 'text' });
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return file;
}

/** How much of a long file is asked first: a trigger there settles it without reading the rest. */
const FIRST_LOOK = 64 * 1024;

/**
 * Whether a file may hold a claim: its opening first, and only if that
 * holds none, the whole. A yes from the opening alone is safe, as it only
 * lets the file be parsed, and each block is asked again. A long page
 * names a trigger early: on Node's 8 MB all.html this saved about 0.6 s
 * of 9.4 (asking the whole of it takes about 2 s on its own).
 */
function mayHoldClaimsAnywhere(text: string, format: Format, options: LintOptions): boolean {
  return (text.length > FIRST_LOOK && mayHoldClaims(text.slice(0, FIRST_LOOK), format, options)) || mayHoldClaims(text, format, options);
}

/** Why a parser gave up, in words for the user. */
function parseFailure(error: unknown): string {
  if (error instanceof VFileMessage) return error.reason;
  // Deep nesting is folded and long runs are cut before conversion
  // (flatten.ts, chunks.ts), so this is a shape neither foresaw.
  if (error instanceof RangeError && /call stack/.test(error.message)) return 'the parser ran out of stack (markup nested too deeply, or too much in one element)';
  return error instanceof Error ? error.message : String(error);
}

/** Lint a string (a slogan, a paragraph); `path` only chooses the format and names the file. */
export function lintText(text: string, options: LintOptions & { path?: string; capabilities?: Capabilities } = {}): VFile {
  return lintFile(new VFile({ value: text, path: options.path }), options);
}
