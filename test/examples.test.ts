// The bundled examples reproduce their expected.md tables, with and without
// their capabilities files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCapabilities } from '../src/capabilities/load.js';
import type { Capabilities } from '../src/capabilities/types.js';
import { lintText } from '../src/lint.js';
import { toJsonMessage, type JsonMessage } from '../src/report/json.js';
import { ROOT } from './helpers.js';

interface Row {
  line: number;
  text: string;
  rule: string;
  verdict: string;
}

const example = (name: string, file: string) => join(ROOT, 'examples', name, file);

/** The rows of an expected.md table that name a rule (the rest expect nothing). */
function seafoodRows(): Row[] {
  const table = readFileSync(example('seafood', 'expected.md'), 'utf8');
  return table
    .split('\n')
    .filter((line) => /^\| \d+ \|/.test(line))
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .map(([, line, text, rule, verdict]) => ({ line: Number(line), text, rule, verdict }))
    .filter((row) => row.rule !== '—');
}

/** saas/expected.md names elements, not lines; these are the lines of those elements in index.html. */
const SAAS_ROWS: Row[] = [
  { line: 4, text: 'never lets you down', rule: 'perfection', verdict: 'unsubstantiated' },
  { line: 5, text: 'Unlimited storage', rule: 'unlimited', verdict: 'contradicted' },
  { line: 5, text: 'instant', rule: 'speed', verdict: 'unsubstantiated' },
  { line: 5, text: '100% uptime', rule: 'perfection', verdict: 'contradicted' },
  { line: 9, text: 'always available', rule: 'availability', verdict: 'contradicted' },
  { line: 10, text: 'unlimited storage', rule: 'unlimited', verdict: 'contradicted' },
  { line: 10, text: 'zero downtime', rule: 'perfection', verdict: 'contradicted' },
  { line: 11, text: 'instant', rule: 'speed', verdict: 'unsubstantiated' },
  { line: 11, text: 'within 15 minutes', rule: 'speed', verdict: 'contradicted' },
  { line: 11, text: '24/7', rule: 'availability', verdict: 'contradicted' },
  { line: 12, text: 'fastest', rule: 'superlative', verdict: 'unsubstantiated' },
  { line: 14, text: 'most secure', rule: 'superlative', verdict: 'unsubstantiated' },
];

function lint(name: string, file: string, capabilities: Capabilities | undefined): JsonMessage[] {
  const path = example(name, file);
  return lintText(readFileSync(path, 'utf8'), { path, capabilities }).messages.map(toJsonMessage);
}

/** Each row is reported on its line, by its rule, with the text it names. */
function expectRow(messages: JsonMessage[], row: Row, verdicts: string[]) {
  const found = messages.filter((message) => message.line === row.line && message.ruleId === row.rule && message.actual?.toLowerCase().includes(row.text.toLowerCase()));
  expect(found, `${row.rule} on line ${row.line} ("${row.text}")`).toHaveLength(1);
  expect(verdicts).toContain(found[0].verdict);
}

describe('seafood/landing.md', () => {
  const rows = seafoodRows();

  test('expected.md lists the rows this test checks', () => {
    expect(rows.map((row) => `${row.line} ${row.rule} ${row.verdict}`)).toEqual([
      '7 completeness contradicted',
      '9 availability contradicted',
      '9 availability contradicted',
      '9 speed contradicted',
      '11 guarantee contradicted',
      '13 superlative substantiated',
      '15 offering contradicted',
    ]);
  });

  test('with its capabilities: every row at its line and verdict, and no other error', () => {
    const messages = lint('seafood', 'landing.md', loadCapabilities(example('seafood', 'capabilities.yml')));
    const contradicted = rows.filter((row) => row.verdict === 'contradicted');
    for (const row of contradicted) {
      const onLine = messages.filter((message) => message.line === row.line && message.ruleId === row.rule);
      expect(onLine.length, `${row.rule} on line ${row.line}`).toBeGreaterThan(0);
      expect(onLine.every((message) => message.verdict === 'contradicted' && message.severity === 'error')).toBe(true);
    }
    const errors = messages.filter((message) => message.severity === 'error');
    expect(errors.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.actual}`)).toEqual([
      '7:3 completeness Everything',
      '9:35 availability 24/7',
      '9:49 availability anytime',
      '9:75 speed within the hour',
      '11:27 guarantee Your money back, guaranteed, no questions asked',
      '15:9 offering fresh caviar on Fridays',
    ]);
    // The evidence entry backs line 13, so it is not reported at all.
    expect(messages.filter((message) => message.line === 13)).toEqual([]);
    expect(messages.filter((message) => message.line >= 17)).toEqual([]);
  });

  test('the evidence-backed superlative shows as substantiated with --verbose', () => {
    const path = example('seafood', 'landing.md');
    const file = lintText(readFileSync(path, 'utf8'), { path, capabilities: loadCapabilities(example('seafood', 'capabilities.yml')), verbose: true });
    const line13 = file.messages.map(toJsonMessage).filter((message) => message.line === 13);
    expect(line13).toMatchObject([{ ruleId: 'superlative', verdict: 'substantiated', severity: 'info', declaredAt: expect.stringMatching(/capabilities\.yml:15$/) }]);
  });

  test('without capabilities: every row is a warning or puffery, nothing is an error, the code block is silent', () => {
    const messages = lint('seafood', 'landing.md', undefined);
    for (const row of rows) {
      const onLine = messages.filter((message) => message.line === row.line && message.ruleId === row.rule);
      expect(onLine.length, `${row.rule} on line ${row.line}`).toBeGreaterThan(0);
      expect(onLine.map((message) => message.verdict)).toEqual(onLine.map(() => (row.rule === 'superlative' ? 'puffery' : 'unsubstantiated')));
    }
    expect(messages.filter((message) => message.severity === 'error')).toEqual([]);
    expect(messages.filter((message) => message.line >= 17)).toEqual([]);
  });
});

describe('saas/index.html', () => {
  test('with its capabilities: every row at its line and verdict, and no other error', () => {
    const messages = lint('saas', 'index.html', loadCapabilities(example('saas', 'capabilities.yml')));
    for (const row of SAAS_ROWS) expectRow(messages, row, [row.verdict]);
    const expectedErrors = SAAS_ROWS.filter((row) => row.verdict === 'contradicted').length;
    expect(messages.filter((message) => message.severity === 'error')).toHaveLength(expectedErrors);
    // The trial and card facts are substantiated, the measured uptime is no promise, the script is not copy.
    expect(messages.filter((message) => [6, 13, 15].includes(message.line))).toEqual([]);
  });

  test('without capabilities: unsubstantiated or puffery, nothing from the script', () => {
    const messages = lint('saas', 'index.html', undefined);
    for (const row of SAAS_ROWS) expectRow(messages, row, ['unsubstantiated', 'puffery']);
    expect(messages.filter((message) => message.severity === 'error')).toEqual([]);
    expect(messages.filter((message) => message.line === 6)).toEqual([]);
  });
});
