// Messages as plain data, to cross a worker-thread boundary or sit in the
// cache, and back into vfile messages for the reporters.
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Quantity, Verdict } from '../types.js';

export interface PlainMessage {
  reason: string;
  place: VFileMessage['place'];
  ruleId?: string;
  source?: string;
  fatal?: boolean | null;
  actual?: string;
  expected?: string[];
  url?: string;
  verdict?: Verdict;
  declared?: string;
  declaredAt?: string;
  quantity?: Quantity;
  fixable?: boolean;
}

type Extra = Pick<PlainMessage, 'verdict' | 'declared' | 'declaredAt' | 'quantity' | 'fixable'>;

export function toPlain(message: VFileMessage): PlainMessage {
  const extra = message as VFileMessage & Extra;
  return {
    reason: message.reason,
    place: message.place,
    ruleId: message.ruleId,
    source: message.source,
    fatal: message.fatal,
    actual: message.actual,
    expected: message.expected,
    url: message.url,
    verdict: extra.verdict,
    declared: extra.declared,
    declaredAt: extra.declaredAt,
    quantity: extra.quantity,
    fixable: extra.fixable,
  };
}

/** Add plain messages to a file as real vfile messages. */
export function restoreMessages(file: VFile, messages: readonly PlainMessage[]): VFile {
  for (const plain of messages) {
    const message = file.message(plain.reason, { place: plain.place ?? undefined, ruleId: plain.ruleId, source: plain.source });
    message.fatal = plain.fatal ?? undefined;
    message.actual = plain.actual;
    message.expected = plain.expected;
    message.url = plain.url;
    const extra: Extra = { verdict: plain.verdict, declared: plain.declared, declaredAt: plain.declaredAt, quantity: plain.quantity, fixable: plain.fixable };
    for (const [key, value] of Object.entries(extra)) if (value !== undefined) Object.assign(message, { [key]: value });
  }
  return file;
}
