// The shape every module in rules/ exports, and the judgement shared by all
// rules when nothing declared speaks to a claim.
import type { Capabilities } from '../capabilities/types.js';
import type { Claim, ClaimClass, Judgement } from '../types.js';
import type { Trigger } from './match.js';
import type { SentenceView } from './sentence.js';

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
   * The triggers detect() starts from: it finds no claim where none of them
   * matches, which lets a file be skipped unparsed (see prefilter.ts).
   */
  patterns(capabilities: Capabilities | undefined): readonly Trigger[];
  /** Find the claims in one sentence; declared facts can widen what is looked for (not_offered items). */
  detect(view: SentenceView, capabilities: Capabilities | undefined): Claim[];
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
