// Turns Ajv's errors, and the checks a schema cannot express, into problems
// in plain words. Each problem names the key path and says what was
// expected and what was found; load.ts adds file, line and column.

import type { ErrorObject } from 'ajv';
import { closest } from '../util/closest.js';
import { HOURS_EXAMPLE, parseHours } from './hours.js';
import { capabilitiesSchema, type SchemaNode } from './schema.js';
import { parsePercentage } from './units.js';

/** Where in the document a problem points. */
export type Target = 'value' | 'key' | 'mapping';

export interface PathProblem {
  /** Keys and list indexes from the top of the file, e.g. ["support", "hours"]. */
  segments: string[];
  target: Target;
  message: string;
}

/** "/support/first_response" → ["support", "first_response"] (JSON Pointer unescaping). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** ["evidence", "0", "source"] → "evidence[0].source", using the data to tell lists from mappings. */
export function keyPath(segments: string[], data: unknown): string {
  let path = '';
  let value = data;
  for (const segment of segments) {
    if (Array.isArray(value)) {
      path += `[${segment}]`;
      value = value[Number(segment)];
    } else {
      path += path === '' ? segment : `.${segment}`;
      value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}

/** How a found value is named in "…, got X". */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

/** "a, b, c or d" */
function listWords(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/**
 * What each named schema object expects, in words. Keyed by the schema
 * object's JSON: Ajv's verbose errors hand back the object that failed (its
 * schemaPath is not stable across inlined and separate $refs), and a
 * prebuilt validator hands back its own copy of it, not the object read here.
 */
let expectations: Map<string, string> | undefined;

function expectationFor(node: SchemaNode): string | undefined {
  if (!expectations) {
    const { schema } = capabilitiesSchema();
    const definitions = schema.definitions ?? {};
    const properties = schema.properties ?? {};
    const named: Array<[SchemaNode | undefined, string]> = [
      [definitions.text, 'text'],
      [definitions.flag, 'true or false'],
      [definitions.stringList, 'a list of strings'],
      [definitions.stringList?.items, 'text'],
      [definitions.duration, 'a duration like 30m, 24h or 2d'],
      [definitions.hours, HOURS_EXAMPLE],
      [definitions.percentage, 'a percentage like 99.9%'],
      [definitions.amount, 'an amount like 2TB, 100GB or 50, or unlimited'],
      [definitions.warrantyLength, 'a duration like 1y or 90d, or "lifetime"'],
      [definitions.warranty, 'a duration like 2y, "lifetime", or a mapping with length and conditions'],
      [properties.limits, 'a mapping of limit names to amounts, like storage: 2TB'],
      [properties.evidence, 'a list of entries, each with claim and source'],
    ];
    expectations = new Map(named.flatMap(([schemaNode, words]) => (schemaNode ? [[JSON.stringify(schemaNode), words] as [string, string]] : [])));
  }
  return expectations.get(JSON.stringify(node));
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  boolean: 'true or false',
  number: 'a number',
  integer: 'a whole number',
  array: 'a list',
  object: 'a mapping',
  null: 'nothing',
};

/** What the failing schema object wanted, in words. */
function expected(error: ErrorObject, describe: (node: SchemaNode) => string | undefined): string {
  const node = error.parentSchema as SchemaNode;
  const named = describe(node);
  if (Array.isArray(node.enum)) return listWords(node.enum.map(String));
  if (error.keyword === 'maximum' || error.keyword === 'minimum') {
    if (named?.startsWith('a percentage')) return 'a percentage from 0% to 100%';
    if (named?.startsWith('an amount')) return 'an amount of 0 or more';
  }
  if (named) return named;
  // Sections like support: name the keys they take.
  if (node.properties) return `a mapping (keys: ${Object.keys(node.properties).join(', ')})`;
  const types = Array.isArray(node.type) ? node.type : node.type ? [node.type] : [];
  return types.length ? listWords(types.map((type) => TYPE_WORDS[type] ?? type)) : 'a different value';
}

function unknownKey(error: ErrorObject, segments: string[]): PathProblem {
  const key = String(error.params.additionalProperty);
  // "$schema" is there for editors, and no one's mistyped setting.
  const allowed = Object.keys((error.parentSchema as SchemaNode).properties ?? {}).filter((name) => name !== '$schema');
  const suggestion = closest(key, allowed);
  const hint = suggestion ? `did you mean "${suggestion}"?` : `known keys are ${allowed.join(', ')}`;
  return { segments: [...segments, key], target: 'key', message: `unknown key; ${hint}` };
}

/** One problem per Ajv error, in plain words; `skip` holds paths already explained better. */
export function schemaProblems(errors: ErrorObject[], skip: Set<string>, describe: (node: SchemaNode) => string | undefined = expectationFor): PathProblem[] {
  const problems: PathProblem[] = [];
  for (const error of errors) {
    const segments = pointerSegments(error.instancePath);
    if (error.keyword === 'additionalProperties') {
      problems.push(unknownKey(error, segments));
    } else if (error.keyword === 'required') {
      problems.push({ segments, target: 'mapping', message: `missing required key "${String(error.params.missingProperty)}"` });
    } else if (!skip.has(segments.join('/'))) {
      problems.push({ segments, target: 'value', message: `expected ${expected(error, describe)}, got ${describeValue(error.data)}` });
    }
  }
  return problems;
}

function section(data: Record<string, unknown>, key: string): Record<string, unknown> | undefined {
  const value = data[key];
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/**
 * Checks a pattern cannot express: hours that close before they open or
 * name no real day, percentages over 100. The hours parser's explanation
 * also replaces the schema's bare "does not match pattern".
 */
export function semanticProblems(data: Record<string, unknown>): PathProblem[] {
  const problems: PathProblem[] = [];
  const hours = section(data, 'support')?.hours;
  if (typeof hours === 'string') {
    const parsed = parseHours(hours);
    if (!parsed.ok) problems.push({ segments: ['support', 'hours'], target: 'value', message: parsed.error });
  }
  const uptime = data.uptime;
  if (typeof uptime === 'string') {
    const percent = parsePercentage(uptime);
    if (percent !== undefined && percent > 100) {
      problems.push({ segments: ['uptime'], target: 'value', message: `expected a percentage from 0% to 100%, got ${JSON.stringify(uptime)}` });
    }
  }
  return problems;
}

/** Every problem with the parsed data: schema and semantic, not yet positioned. */
export function validateCapabilities(data: Record<string, unknown>): PathProblem[] {
  const semantic = semanticProblems(data);
  const { validate } = capabilitiesSchema();
  validate(data);
  const skip = new Set(semantic.map((problem) => problem.segments.join('/')));
  return [...semantic, ...schemaProblems(validate.errors ?? [], skip)];
}
