// Loads the JSON Schema that ships in <package>/schema/ and compiles it once.
// The same file is what editors use through yaml-language-server, so the CLI
// and the editor agree on what a valid capabilities file is.

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ValidateFunction } from 'ajv';

/**
 * Ajv and its dependencies take a noticeable part of start-up, and most runs
 * (no capabilities or config file) never validate anything: load it on
 * first use. It is CommonJS, so it can be required on the spot.
 */
const loadAjv = () => (createRequire(import.meta.url)('ajv') as typeof import('ajv')).Ajv;


/**
 * Walk up from this module to the folder that holds schema/. Compiled code
 * runs from dist/src/capabilities and tests run the source from
 * src/capabilities, so a fixed relative path would be right for only one.
 */
export function findSchemaPath(name = 'capabilities.schema.json', from: string = fileURLToPath(import.meta.url)): string {
  const schemaFile = join('schema', name);
  let dir = dirname(from);
  for (;;) {
    const candidate = join(dir, schemaFile);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`overclaim: cannot find ${schemaFile} above ${dirname(from)}; the package is incomplete`);
    dir = parent;
  }
}

export interface CompiledSchema {
  schema: SchemaNode;
  validate: ValidateFunction;
}

/** The parts of a schema object this package reads. */
export interface SchemaNode {
  description?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  additionalProperties?: boolean | SchemaNode;
  definitions?: Record<string, SchemaNode>;
  [keyword: string]: unknown;
}

const compiled = new Map<string, CompiledSchema>();

/** The capabilities schema and its validator, compiled on first use. */
export function capabilitiesSchema(): CompiledSchema {
  return compiledSchema('capabilities.schema.json');
}

/** A schema shipped in schema/ and its validator, compiled once. */
export function compiledSchema(name: string): CompiledSchema {
  let entry = compiled.get(name);
  if (!entry) {
    const schema = JSON.parse(readFileSync(findSchemaPath(name), 'utf8')) as SchemaNode;
    // allErrors: report every problem in one run, not one per fix-and-rerun.
    // verbose: errors carry the failing data and schema object, which the
    // messages are built from. allowUnionTypes: uptime/limits/warranty take
    // a string or a number/mapping, expressed as a type list, not oneOf,
    // so each mistake yields one error instead of one per branch.
    const Ajv = loadAjv();
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
    entry = { schema, validate: ajv.compile(schema) };
    compiled.set(name, entry);
  }
  return entry;
}
