// The shape every module in rules/ exports, and the judgement shared by all
// rules when nothing declared speaks to a claim.
import type { Capabilities } from '../capabilities/types.js';
import type { Claim, ClaimClass, Judgement } from '../types.js';
import type { Detected, Trigger } from './match.js';

export interface Rule {
  id: ClaimClass;
  /** One line: what the rule catches. */
  description: string;
  /** Why such a promise matters (for `overclaim explain` and SARIF help). */
  why: string;
  /** Trigger words and phrases, as a reader would recognise them. */
  triggers: string[];
  /** Which capabilities keys the rule checks claims against. */
  checkedAgainst: string[];
  examples: Array<{ bad: string; better: string }>;
  /**
   * The triggers the rule finds claims with, in every sentence; declared
   * facts can add some (not_offered items). Nothing else makes a claim, so
   * a file none of them can match is skipped unparsed (see prefilter.ts).
   */
  patterns(capabilities: Capabilities | undefined): readonly Trigger[];
  /** Shape what the patterns found in one sentence (a topic, a channel), or drop what its context rules out, reading each in the view it was found in; without it, each is a claim as found. */
  refine?(found: Detected[]): Claim[];
  /** Judge a claim; `capabilities` is undefined when no file was found. */
  judge(claim: Claim, capabilities: Capabilities | undefined): Judgement;
}

/** What a claim is worth when nothing declared speaks to it. */
export function undeclared(claim: Claim, advice?: string): Judgement {
  if (claim.kind === 'puffery') {
    return { verdict: 'puffery', advice: advice ?? 'a vague boast; say something specific you can show, or leave it as style' };
  }
  return { verdict: 'unsubstantiated', advice: advice ?? 'say what you can deliver, or declare it in capabilities.yml' };
}

/**
 * `fixable`: the suggestion can replace the claim's words as they stand and
 * still read right ("within the hour" → "within 24 hours"), so --fix may
 * apply it. Rewrites that change what is offered or need the sentence
 * rephrased are suggestions only.
 */
export function contradicted(declared: string, declaredAt: string, suggestion: string | undefined, fixable = false): Judgement {
  return { verdict: 'contradicted', declared, declaredAt, suggestion, fixable: fixable && suggestion !== undefined };
}

export function substantiated(declared: string, declaredAt: string): Judgement {
  return { verdict: 'substantiated', declared, declaredAt };
}
