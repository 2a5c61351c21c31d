// The JSON report: a stable, documented shape for editors and scripts
// (README "JSON output"). Add fields, never rename or remove them.
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Quantity, Verdict } from '../types.js';

export interface JsonMessage {
  ruleId: string | null;
  verdict: Verdict | null;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The words as written in the copy. */
  actual: string | null;
  /** Suggested replacements for `actual`, built from declared facts. */
  expected: string[];
  declared: string | null;
  declaredAt: string | null;
  quantity: Quantity | null;
  /** `expected[0]` can replace `actual` in place; --fix applies it. */
  fixable: boolean;
}

export interface JsonFile {
  path: string;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  messages: JsonMessage[];
}

export interface JsonReport {
  version: 1;
  tool: { name: 'overclaim'; version: string };
  errorCount: number;
  warningCount: number;
  infoCount: number;
  files: JsonFile[];
}

export function severityName(message: VFileMessage): JsonMessage['severity'] {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
}

export function toJsonMessage(message: VFileMessage): JsonMessage {
  const extra = message as VFileMessage & { verdict?: Verdict; declared?: string; declaredAt?: string; quantity?: Quantity; fixable?: boolean };
  return {
    ruleId: message.ruleId ?? null,
    verdict: extra.verdict ?? null,
    severity: severityName(message),
    message: message.reason,
    line: message.place && 'start' in message.place ? message.place.start.line : (message.line ?? 1),
    column: message.place && 'start' in message.place ? message.place.start.column : (message.column ?? 1),
    endLine: message.place && 'end' in message.place ? message.place.end.line : (message.line ?? 1),
    endColumn: message.place && 'end' in message.place ? message.place.end.column : (message.column ?? 1),
    actual: message.actual ?? null,
    expected: message.expected ?? [],
    declared: extra.declared ?? null,
    declaredAt: extra.declaredAt ?? null,
    quantity: extra.quantity ?? null,
    fixable: extra.fixable === true,
  };
}

export function jsonReport(files: readonly VFile[], version: string): JsonReport {
  const reported = files.map((file): JsonFile => {
    const messages = file.messages.map(toJsonMessage);
    return {
      path: file.path,
      errorCount: messages.filter((message) => message.severity === 'error').length,
      warningCount: messages.filter((message) => message.severity === 'warning').length,
      infoCount: messages.filter((message) => message.severity === 'info').length,
      messages,
    };
  });
  const total = (key: 'errorCount' | 'warningCount' | 'infoCount') => reported.reduce((sum, file) => sum + file[key], 0);
  return {
    version: 1,
    tool: { name: 'overclaim', version },
    errorCount: total('errorCount'),
    warningCount: total('warningCount'),
    infoCount: total('infoCount'),
    files: reported,
  };
}
