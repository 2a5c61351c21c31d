// Loads the JSON Schemas that ship in <package>/schema/ and their
// validators. The same files are what editors use through
// yaml-language-server, so the CLI and the editor agree on what a valid
// capabilities file is.
//
// Compiling a schema with Ajv took some 130 ms of every run that read a
// capabilities file (loading Ajv, checking the schema against its
// meta-schema, generating the validator): more than linting a page. So the
// build writes each validator out as code (Ajv's "standalone" output) to
// dist/validators/, and a run loads that in a few milliseconds. It is used
// only while it matches the schema it was built from; otherwise (a source
// checkout before its first build, a schema edited since) the schema is
// compiled here as before.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Options, ValidateFunction } from 'ajv';

const requireHere = createRequire(import.meta.url);

/**
 * Ajv and its dependencies take a noticeable part of start-up, and most runs
 * never compile a schema: load it on first use. It is CommonJS, so it can be
 * required on the spot.
 */
const loadAjv = () => (requireHere('ajv') as typeof import('ajv')).Ajv;

/**
 * allErrors: report every problem in one run, not one per fix-and-rerun.
 * verbose: errors carry the failing data and schema object, which the
 * messages are built from. allowUnionTypes: uptime/limits/warranty take a
 * string or a number/mapping, expressed as a type list, not oneOf, so each
 * mistake yields one error instead of one per branch.
 */
const AJV_OPTIONS: Options = { allErrors: true, verbose: true, strict: true, allowUnionTypes: true };

/** The schemas shipped in schema/, each with a validator prebuilt by scripts/bundle.mjs. */
export const SCHEMA_NAMES = ['capabilities.schema.json', 'config.schema.json'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];


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
  /** Whether the validator is the one the build wrote out, rather than compiled in this process. */
  prebuilt: boolean;
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

/** The capabilities schema and its validator, loaded on first use. */
export function capabilitiesSchema(): CompiledSchema {
  return compiledSchema('capabilities.schema.json');
}

/** A schema shipped in schema/ and its validator, loaded (or compiled) once. */
export function compiledSchema(name: SchemaName): CompiledSchema {
  let entry = compiled.get(name);
  if (!entry) {
    const schemaPath = findSchemaPath(name);
    const text = readFileSync(schemaPath, 'utf8');
    const schema = JSON.parse(text) as SchemaNode;
    const prebuilt = prebuiltValidator(prebuiltValidatorPath(schemaPath, name), validatorKey(text));
    entry = prebuilt ? { schema, validate: prebuilt, prebuilt: true } : { schema, validate: compileValidator(schema), prebuilt: false };
    compiled.set(name, entry);
  }
  return entry;
}

/** Where the build writes the validator for a schema: dist/validators/ in the folder that holds schema/. */
export function prebuiltValidatorPath(schemaPath: string, name: SchemaName): string {
  return join(dirname(dirname(schemaPath)), 'dist', 'validators', name.replace(/\.json$/, '.cjs'));
}

/** A validator compiled in this process, as a run without a prebuilt one uses. */
export function compileValidator(schema: SchemaNode): ValidateFunction {
  return new (loadAjv())(AJV_OPTIONS).compile(schema);
}

/**
 * What a prebuilt validator must have been built from to stand in for
 * compiling here: this schema text, these options and this version of Ajv
 * (a hash of the three). A checkout whose schema or options changed since
 * its last build compiles instead.
 */
export function validatorKey(schemaText: string): string {
  const ajvVersion = (requireHere('ajv/package.json') as { version: string }).version;
  return createHash('sha256').update(JSON.stringify([schemaText, AJV_OPTIONS, ajvVersion])).digest('hex');
}

/** The prebuilt validator at `path` if it exists, loads, and was built with this key; otherwise undefined (compile instead). */
export function prebuiltValidator(path: string, key: string): ValidateFunction | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const module = requireHere(path) as { default?: ValidateFunction; validatorKey?: string };
    return module.validatorKey === key && typeof module.default === 'function' ? module.default : undefined;
  } catch {
    // Damaged, or its runtime helpers are missing: compiling still works.
    return undefined;
  }
}

/**
 * The validator for a schema as the source of a CommonJS module (Ajv's
 * standalone code), tagged with the key it was built with. Run by the
 * build, which writes it to prebuiltValidatorPath.
 */
export function prebuiltValidatorSource(name: SchemaName): string {
  const text = readFileSync(findSchemaPath(name), 'utf8');
  const ajv = new (loadAjv())({ ...AJV_OPTIONS, code: { source: true } });
  const validate = ajv.compile(JSON.parse(text) as SchemaNode);
  const standaloneCode = (requireHere('ajv/dist/standalone/index.js') as typeof import('ajv/dist/standalone/index.js')).default;
  return `${standaloneCode(ajv, validate)}\nmodule.exports.validatorKey = ${JSON.stringify(validatorKey(text))};\n`;
}
