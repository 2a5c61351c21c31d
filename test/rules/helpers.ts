// Shared by the rule tests: lint a piece of copy and keep one rule's findings.
import { expect } from 'vitest';
import { parseCapabilities } from '../../src/capabilities/load.js';
import type { Capabilities } from '../../src/capabilities/types.js';
import { lintText, type LintOptions } from '../../src/lint.js';
import { toJsonMessage, type JsonMessage } from '../../src/report/json.js';
import type { ClaimClass, Severity, Verdict } from '../../src/types.js';

export type Options = LintOptions & { path?: string; capabilities?: Capabilities };

/** The findings of one rule only; other rules may fire on the same copy. */
export function findings(ruleId: ClaimClass, text: string, options: Options = {}): JsonMessage[] {
  return lintText(text, options)
    .messages.map(toJsonMessage)
    .filter((message) => message.ruleId === ruleId);
}

/** A capabilities file given as YAML text; facts are declared at "capabilities.yml:LINE". */
export function capabilities(yaml: string): Capabilities {
  return parseCapabilities(yaml, 'capabilities.yml');
}

/** One copy line a rule must flag, with where (hand-counted, 1-based) and what. */
export interface Flag {
  text: string;
  /** 'x.md' or 'x.html' to lint as Markdown or HTML; plain text otherwise. */
  path?: string;
  line: number;
  column: number;
  endColumn?: number;
  actual: string;
}

/** One copy line a rule must not flag. */
export interface NearMiss {
  text: string;
  path?: string;
  why: string;
}

/** The copy of a flag gives exactly one finding of the rule: at the flag's place, quoting its words, with this verdict and severity. */
export function expectOneFinding(ruleId: ClaimClass, { text, path, line, column, endColumn, actual }: Flag, verdict: Verdict = 'unsubstantiated', severity: Severity = 'warning'): void {
  expect(findings(ruleId, text, { path })).toEqual([expect.objectContaining({ ruleId, verdict, severity, line, column, endLine: line, endColumn, actual })]);
}
