// Shared shapes that flow from parsing, through the rules, to the reporters.

export const CLAIM_CLASSES = [
  'completeness',
  'availability',
  'speed',
  'guarantee',
  'perfection',
  'superlative',
  'unlimited',
  'offering',
] as const;

export type ClaimClass = (typeof CLAIM_CLASSES)[number];

/** ruleId of the message for a file that could not be parsed: an input error (exit code 2). */
export const PARSE_ERROR = 'parse-error';

/** How a claim stands against what the business declared. */
export type Verdict = 'contradicted' | 'unsubstantiated' | 'puffery' | 'substantiated';

export type Severity = 'off' | 'info' | 'warning' | 'error';

/**
 * Objective promises can be checked and must be backed; puffery is a vague
 * boast a reasonable reader does not take literally (FTC / CAP line).
 */
export type ClaimKind = 'objective' | 'puffery';

/** A measured amount pulled out of the copy, kept for the capabilities check. */
export type Quantity =
  | { kind: 'duration'; minutes: number; text: string }
  | { kind: 'percent'; value: number; text: string }
  | { kind: 'count'; value: number; unit: string; text: string };

/**
 * What a speed or availability promise is about, so it can be compared with
 * the matching declared fact (support hours vs delivery vs setup …).
 */
export type Topic = 'support' | 'resolution' | 'delivery' | 'setup' | 'service' | 'uptime' | 'refund' | 'storage' | 'price';

/**
 * Which declared fact a claim's wording answers to, where its rule's judge
 * tells wordings apart: "money back" to the refund terms, "7 days a week" to
 * the days of support (not the hours), "free" to the free plan. Judges branch
 * on this, never on a trigger's name: a name is for reading, and a new
 * trigger that borrowed one ("our roofs last a lifetime" named "forever")
 * was judged against a fact it says nothing about.
 */
export type Check = 'refund terms' | 'refund remedy' | 'warranty length' | 'support days' | 'open seasons' | 'uptime' | 'extra fees' | 'free plan' | 'limits';

/** A promise found in the copy. Offsets are into the original source file. */
export interface Claim {
  ruleId: ClaimClass;
  kind: ClaimKind;
  /** Canonical name of what triggered it, e.g. "24/7", "within", "guaranteed". */
  trigger: string;
  /** What its judge checks it against, from its trigger (see Check). */
  checks?: Check;
  /** The words as written in the copy. */
  text: string;
  /** The whole sentence, whitespace collapsed, for context and evidence matching. */
  sentence: string;
  start: number;
  end: number;
  quantity?: Quantity;
  topic?: Topic;
  /** The thing a completeness/offering/unlimited claim is about (e.g. "storage"). */
  subject?: string;
}

/** The outcome of judging one claim. */
export interface Judgement {
  verdict: Verdict;
  /** What the capabilities file declares about it, in words. */
  declared?: string;
  /** Where that is declared: "capabilities.yml:4". */
  declaredAt?: string;
  /** Replacement wording built from the declared fact. */
  suggestion?: string;
  /** How to fix it, in words, when no rewrite can be built. */
  advice?: string;
  /** The suggestion can replace the claim's words in place (for --fix). */
  fixable?: boolean;
}

/** A finding as the reporters see it. */
export interface Finding {
  ruleId: ClaimClass;
  verdict: Verdict;
  severity: Exclude<Severity, 'off'>;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  actual: string;
  expected: string[];
  declared?: string;
  declaredAt?: string;
  quantity?: Quantity;
}
