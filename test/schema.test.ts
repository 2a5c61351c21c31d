// The validators the build writes out (dist/validators/) must judge every
// document exactly as Ajv compiling the schema in-process does: the same
// verdict and the same errors, down to the schema objects the messages are
// built from. npm test builds first, so the prebuilt ones are there.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compiledSchema, compileValidator, findSchemaPath, prebuiltValidator, prebuiltValidatorPath, SCHEMA_NAMES, validatorKey, type SchemaNode } from '../src/capabilities/schema.js';
import { CapabilitiesError, parseCapabilities } from '../src/capabilities/load.js';
import { tempDir } from './helpers.js';

/** Every property name anywhere in a schema, so generated documents reach its nested sections. */
function propertyNames(node: unknown, names = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => propertyNames(item, names));
  else if (node && typeof node === 'object') {
    const { properties } = node as SchemaNode;
    if (properties) for (const key of Object.keys(properties)) names.add(key);
    for (const value of Object.values(node)) propertyNames(value, names);
  }
  return names;
}

/** Documents built from the schema's own keys (and a stray one), with values of every JSON kind, nested two deep. */
function documents(schema: SchemaNode) {
  const key = fc.constantFrom(...propertyNames(schema), 'bogus');
  const leaf = fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.constantFrom('24/7', 'Mon-Fri 09:00-17:00', '30d', '2h', '99.9%', '150%', 'unlimited', '2TB', 'lifetime', -1, 0, 1.5, '', 'error', 'off', 'superlative'));
  const section = fc.dictionary(key, fc.oneof(leaf, fc.array(leaf, { maxLength: 3 }), fc.dictionary(key, leaf, { maxKeys: 3 })), { maxKeys: 4 });
  return fc.dictionary(key, fc.oneof(leaf, section, fc.array(section, { maxLength: 2 })), { maxKeys: 5 });
}

describe.each(SCHEMA_NAMES)('%s', (name) => {
  const { schema, validate, prebuilt } = compiledSchema(name);
  const compiled = compileValidator(schema);

  test('the build wrote a validator for it, and runs use that one', () => {
    expect(prebuilt).toBe(true);
  });

  test('the prebuilt validator gives the same verdict and errors as compiling the schema', () => {
    fc.assert(
      fc.property(documents(schema), (document) => {
        const valid = validate(document);
        expect(compiled(document)).toBe(valid);
        expect(validate.errors ?? null).toEqual(compiled.errors ?? null);
      }),
      { numRuns: 1500 },
    );
  });

  test('a validator built from another version of the schema, or one that is missing or damaged, is not used', () => {
    const schemaPath = findSchemaPath(name);
    const path = prebuiltValidatorPath(schemaPath, name);
    const key = validatorKey(readFileSync(schemaPath, 'utf8'));
    expect(prebuiltValidator(path, key)).toBeTypeOf('function');
    expect(prebuiltValidator(path, validatorKey(`${readFileSync(schemaPath, 'utf8')} `))).toBeUndefined();
    expect(prebuiltValidator(`${path}.missing`, key)).toBeUndefined();
    const damaged = join(tempDir(), 'damaged.cjs');
    writeFileSync(damaged, readFileSync(path, 'utf8').slice(0, 1000));
    expect(prebuiltValidator(damaged, key)).toBeUndefined();
  });
});

function problemsOf(text: string): string[] {
  try {
    parseCapabilities(text, 'capabilities.yml');
  } catch (error) {
    if (error instanceof CapabilitiesError) return error.problems;
    throw error;
  }
  return [];
}

test('messages built from the prebuilt validator name what the schema expects', () => {
  // Each of these is worded from the named schema object that failed, found by its JSON.
  expect(problemsOf('support:\n  first_response: soon\n  hours: [1]\nlimits:\n  storage: [1]\nevidence: 3\n')).toEqual([
    'capabilities.yml:2:19: support.first_response: expected a duration like 30m, 24h or 2d, got "soon"',
    'capabilities.yml:3:10: support.hours: expected opening hours like 24/7 or Mon-Fri 09:00-17:00, got a list',
    'capabilities.yml:5:12: limits.storage: expected an amount like 2TB, 100GB or 50, or unlimited, got a list',
    'capabilities.yml:6:11: evidence: expected a list of entries, each with claim and source, got 3',
  ]);
});
