// Reading, checking and normalising the capabilities file. A bad file stops
// the run (exit 2) with every problem at once, each as
// "FILE:LINE:COL: PATH: MESSAGE", because nothing should be linted against a
// half-read declaration of what the business can deliver.

import { statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node as YamlNode, type Pair } from 'yaml';
import { findJsonSyntaxError } from './json-syntax.js';
import { normaliseCapabilities } from './normalise.js';
import { FileFinder } from '../util/find-up.js';
import { readUtf8 } from '../util/utf8.js';
import { FileProblemsError } from '../util/problems.js';
import type { Capabilities } from './types.js';
import { describeValue, keyPath, validateCapabilities, type PathProblem } from './validate.js';

/** A broken capabilities file: one line per problem, "capabilities.yml:7:12: support.first_response: expected …". */
export class CapabilitiesError extends FileProblemsError {
  override name = 'CapabilitiesError';
}

export type CapabilitiesFormat = 'yaml' | 'json';

/** File names looked for, nearest folder first; within a folder, this order. */
export const CAPABILITIES_FILE_NAMES = ['capabilities.yml', 'capabilities.yaml', 'capabilities.json'];

export function formatForPath(path: string): CapabilitiesFormat {
  return extname(path).toLowerCase() === '.json' ? 'json' : 'yaml';
}

/** A problem with its position, kept apart until sorting. */
interface Located {
  line: number;
  col: number;
  text: string;
}

/** Throw `ErrorClass` with one "FILE:LINE:COL: text" line per problem, sorted and de-duplicated. */
function fail(displayName: string, located: Located[], ErrorClass: new (problems: string[]) => FileProblemsError = CapabilitiesError): never {
  const sorted = [...located].sort((a, b) => a.line - b.line || a.col - b.col || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  const lines = sorted.map((problem) => `${displayName}:${problem.line}:${problem.col}: ${problem.text}`);
  throw new ErrorClass([...new Set(lines)]);
}

/** yaml's messages end with " at line 3, column 1:" and a code excerpt; the position is given separately. */
function yamlMessage(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * The document as plain data. Aliases are resolved only here: one whose
 * anchor is not set before it ("uptime: *nope"), or so many that they
 * multiply (an alias bomb), is the file's problem, placed at its first
 * alias that cannot be resolved (or its first alias), not an internal error.
 */
function toPlainData(doc: Document, fail: (located: Located) => never, position: (offset: number) => { line: number; col: number }): unknown {
  try {
    return doc.toJS();
  } catch (error) {
    let at: number | undefined;
    visit(doc, {
      Alias(_key, alias) {
        at ??= alias.range?.[0];
        if (alias.resolve(doc) !== undefined) return undefined;
        at = alias.range?.[0];
        return visit.BREAK;
      },
    });
    const message = error instanceof Error ? error.message : String(error);
    return fail({ ...position(at ?? 0), text: /excessive alias count/i.test(message) ? 'YAML error: too many aliases (each alias repeats its anchor; these multiply)' : `YAML error: ${yamlMessage(message)}` });
  }
}

/** A mapping key as the plain object from toJS() names it. */
function keyText(key: unknown): string {
  return String(isScalar(key) ? key.value : key);
}

/** The node at a key path, with the key node of the last step when it was a mapping key. */
function nodeAt(doc: Document, segments: string[]): { node?: YamlNode | null; key?: YamlNode; parent?: YamlNode } {
  let node: YamlNode | null | undefined = doc.contents;
  let key: YamlNode | undefined;
  let parent: YamlNode | undefined;
  for (const segment of segments) {
    if (isAlias(node)) node = node.resolve(doc);
    parent = node ?? undefined;
    key = undefined;
    if (isMap(node)) {
      const pair: Pair<unknown, unknown> | undefined = node.items.find((item) => keyText(item.key) === segment);
      key = isScalar(pair?.key) ? pair.key : undefined;
      node = pair ? (pair.value as YamlNode | null) : undefined;
    } else if (isSeq(node)) {
      node = node.items[Number(segment)] as YamlNode | undefined;
    } else {
      return { parent };
    }
  }
  return { node, key, parent };
}

/** Offset of the thing a problem points at. */
function offsetFor(doc: Document, problem: PathProblem): number {
  const { node, key, parent } = nodeAt(doc, problem.segments);
  if (problem.target === 'key' && key?.range) return key.range[0];
  // An empty value ("first_response:" with nothing after) has no text of its
  // own; point at its key instead.
  const empty = isScalar(node) && node.value === null && node.range && node.range[0] === node.range[1];
  if (node?.range && !empty) return node.range[0];
  if (key?.range) return key.range[0];
  return parent?.range?.[0] ?? doc.contents?.range?.[0] ?? 0;
}

/** 1-based line and column of an offset, counting \n, \r\n and \r as line ends. */
export function lineColAt(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    const char = text[index];
    if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, col: offset - lineStart + 1 };
}

const EMPTY_MESSAGE = 'the file is empty; declare at least one capability (run "overclaim init" for a template)';

/**
 * Parse, validate and normalise a capabilities file's text. `displayPath`
 * names the file in problems and in each fact's `at`. Throws
 * CapabilitiesError listing every problem.
 */
/** How a kind of YAML/JSON file is checked: its error class and what it says when empty or not a mapping. */
export interface StructuredFileKind {
  ErrorClass: new (problems: string[]) => FileProblemsError;
  emptyMessage: string;
  /** What the top level should hold: "expected a mapping <topLevel>, got a list". */
  topLevel: string;
  validate: (data: Record<string, unknown>) => PathProblem[];
}

/** A parsed, schema-valid YAML/JSON document with a way to say where each key path is. */
export interface StructuredFile {
  data: Record<string, unknown>;
  /** "file:line" of the value at a key path. */
  at: (segments: string[]) => string;
}

/**
 * Parse and validate a YAML or JSON settings file, throwing `kind.ErrorClass`
 * with every problem positioned. Shared by capabilities and config files.
 */
export function parseStructuredFile(text: string, displayPath: string, format: CapabilitiesFormat, kind: StructuredFileKind): StructuredFile {
  const failHere = (located: Located[]): never => fail(displayPath, located, kind.ErrorClass);
  // A byte-order mark is invisible in editors; columns should match what people see.
  const source = text.replace(/^\uFEFF/, '');

  if (format === 'json' && source.trim() !== '') {
    // Strict JSON first: the yaml parser below would accept trailing commas.
    const syntax = findJsonSyntaxError(source);
    if (syntax) failHere([{ ...lineColAt(source, syntax.offset), text: `JSON syntax error: ${syntax.message}` }]);
  }

  // JSON is read with the yaml parser too (valid JSON is valid YAML 1.2), so
  // both formats give the same node ranges for locating problems.
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  const position = (offset: number) => lineCounter.linePos(offset);

  if (doc.errors.length > 0) {
    const label = format === 'json' ? 'JSON' : 'YAML';
    failHere(
      doc.errors.map((error) => {
        const [start] = error.linePos ?? [position(error.pos[0])];
        const message = error.code === 'DUPLICATE_KEY' ? 'duplicate key; each key may appear only once' : `${label} syntax error: ${yamlMessage(error.message)}`;
        return { line: start.line, col: start.col, text: message };
      }),
    );
  }

  if (doc.contents === null) failHere([{ line: 1, col: 1, text: kind.emptyMessage }]);
  const data: unknown = toPlainData(doc, (located) => failHere([located]), position);
  if (!isMap(doc.contents) || data === null || typeof data !== 'object' || Array.isArray(data)) {
    const { line, col } = position(doc.contents?.range?.[0] ?? 0);
    failHere([{ line, col, text: `expected a mapping ${kind.topLevel}, got ${describeValue(data)}` }]);
  }

  const record = data as Record<string, unknown>;
  const problems = kind.validate(record);
  if (problems.length > 0) {
    failHere(
      problems.map((problem) => {
        const { line, col } = position(offsetFor(doc, problem));
        const path = keyPath(problem.segments, record);
        return { line, col, text: path ? `${path}: ${problem.message}` : problem.message };
      }),
    );
  }
  return {
    data: record,
    at: (segments) => `${displayPath}:${position(offsetFor(doc, { segments, target: 'value', message: '' })).line}`,
  };
}

const CAPABILITIES_FILE: StructuredFileKind = {
  ErrorClass: CapabilitiesError,
  emptyMessage: EMPTY_MESSAGE,
  topLevel: 'of capabilities at the top level (like "support:" and "uptime:")',
  validate: validateCapabilities,
};

/**
 * Parse, validate and normalise a capabilities file's text. `displayPath`
 * names the file in problems and in each fact's `at`. Throws
 * CapabilitiesError listing every problem.
 */
export function parseCapabilities(text: string, displayPath: string, format: CapabilitiesFormat = formatForPath(displayPath)): Capabilities {
  const { data, at } = parseStructuredFile(text, displayPath, format, CAPABILITIES_FILE);
  return normaliseCapabilities(data, displayPath, at);
}

/** Plain words for the usual reasons a file cannot be read. */
const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder, not a file',
};

interface CacheEntry {
  mtimeMs: number;
  size: number;
  capabilities: Capabilities;
}

/** Parsed files by absolute path and display name; re-read when mtime or size changes. */
const loaded = new Map<string, CacheEntry>();

/**
 * Read and parse a capabilities file: JSON for .json, YAML otherwise.
 * Results are cached within the process and shared, so treat them as
 * read-only.
 */
export function loadCapabilities(path: string, displayPath: string = path): Capabilities {
  const absolute = resolve(path);
  let text: string;
  let stats;
  try {
    stats = statSync(absolute);
    const cacheKey = `${absolute}\0${displayPath}`;
    const cached = loaded.get(cacheKey);
    if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) return cached.capabilities;
    text = readUtf8(absolute, displayPath, (problem) => new CapabilitiesError([problem]));
  } catch (error) {
    if (error instanceof CapabilitiesError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = READ_ERRORS[code] ?? (error as Error).message;
    throw new CapabilitiesError([`${displayPath}: cannot read: ${reason}${code && READ_ERRORS[code] ? ` (${code})` : ''}`]);
  }
  const capabilities = parseCapabilities(text, displayPath, formatForPath(path));
  loaded.set(`${absolute}\0${displayPath}`, { mtimeMs: stats.mtimeMs, size: stats.size, capabilities });
  return capabilities;
}

const finder = new FileFinder(CAPABILITIES_FILE_NAMES);

/**
 * The nearest capabilities.yml, .yaml or .json in `startDir` or a parent.
 * Cached per folder, including the folders passed on the way up.
 */
export function findCapabilitiesFile(startDir: string): string | undefined {
  return finder.find(startDir);
}

/** Forget cached files and discovery results (for long-running processes and tests). */
export function clearCapabilitiesCache(): void {
  loaded.clear();
  finder.clear();
}
