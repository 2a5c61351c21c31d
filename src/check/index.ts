// Run the rules over one document, judge each claim against the declared
// capabilities, and record the findings as vfile messages.
import type { Root as NlcstRoot } from 'nlcst';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { location } from 'vfile-location';
import { rules } from '../../rules/index.js';
import type { Capabilities } from '../capabilities/types.js';
import { CLAIM_CLASSES, type Claim, type ClaimClass, type Judgement, type Severity, type Verdict } from '../types.js';
import { closest } from '../util/closest.js';
import type { Directive } from '../parse/directives.js';
import { isSilenced } from './directives.js';
import { matchEvidence } from './evidence.js';
import { detectTriggers, findHits, phrasePattern, type Trigger } from './match.js';
import { sentenceViews } from './sentence.js';

export type RuleSeverities = Partial<Record<ClaimClass, Severity>>;

export interface CheckOptions {
  capabilities?: Capabilities;
  /** Phrases never reported: brand names ("Always Pan"), approved taglines. */
  allow?: readonly string[];
  /** More phrases per rule, from the config file; each is an objective promise of that rule. */
  extraTriggers?: Partial<Record<ClaimClass, readonly string[]>>;
  /** Inline control comments of the document. */
  directives?: readonly Directive[];
  /** Per-rule severity: 'off' drops the rule; any other value replaces the verdict's default. */
  severities?: RuleSeverities;
  /** Also report substantiated claims (as info). */
  verbose?: boolean;
  /** The source may write characters as references ("&amp;"), as Markdown and HTML do and plain text does not: a word is never inside one. */
  references?: boolean;
  /** The source is plain text: a tag in it ("</p>") is text, not markup between words, and joins no two claims. */
  plainText?: boolean;
}

export const DEFAULT_SEVERITY: Record<Verdict, Severity> = {
  contradicted: 'error',
  unsubstantiated: 'warning',
  puffery: 'info',
  substantiated: 'off',
};

/** Worst first: when claims merge, the worst verdict speaks for them. */
const VERDICT_RANK: Verdict[] = ['contradicted', 'unsubstantiated', 'puffery', 'substantiated'];

export interface JudgedClaim {
  claim: Claim;
  judgement: Judgement;
}

/** Detect and judge every claim in a tree, in document order. */
export function judgeTree(tree: NlcstRoot, source: string, options: CheckOptions = {}): JudgedClaim[] {
  const { capabilities, severities = {} } = options;
  const active = rules.filter((rule) => severities[rule.id] !== 'off');
  const extra = compiledExtraTriggers(options.extraTriggers);
  const allowed = compiledAllowList(options.allow);
  const triggers = new Map(active.map((rule) => [rule, rule.patterns(capabilities)]));
  const judged: JudgedClaim[] = [];
  for (const view of sentenceViews(tree, source, options.references)) {
    const inSentence: JudgedClaim[] = [];
    const allowedSpans = allowed ? findHits(view, allowed).map((hit) => [view.starts[hit.start], view.ends[hit.end - 1]]) : [];
    for (const rule of active) {
      const found = detectTriggers(view, rule.id, triggers.get(rule)!);
      const claims = [...(rule.refine ? rule.refine(found) : found.map(({ claim }) => claim)), ...detectTriggers(view, rule.id, extra.get(rule.id) ?? []).map(({ claim }) => claim)];
      for (const claim of claims) {
        if (allowedSpans.some(([start, end]) => claim.start < end && claim.end > start)) continue;
        const evidence = capabilities && matchEvidence(claim, capabilities.evidence);
        const judgement: Judgement = evidence
          ? { verdict: 'substantiated', declared: `evidence: ${evidence.source}`, declaredAt: evidence.at }
          : rule.judge(claim, capabilities);
        inSentence.push({ claim, judgement });
      }
    }
    judged.push(...mergeAdjacent(inSentence, source, !options.plainText));
  }
  return judged.sort((a, b) => a.claim.start - b.claim.start);
}

/**
 * Only punctuation, inline markup or a conjunction between two claims of one
 * class: they are one promise.
 */
const JOINS_ONE_PROMISE = /^[\s,;:&+/*_-]*(?:(?:and|or|plus|with)[\s,*_]*)?$/i;

function joinsOnePromise(source: string, a: Claim, b: Claim, markup: boolean): boolean {
  const between = source.slice(a.end, b.start);
  return b.start >= a.end && JOINS_ONE_PROMISE.test(markup ? between.replace(/<[^>]*>/g, ' ') : between);
}

/**
 * The words between two joined claims as a reader reads them: without tags
 * in markup (a line break is a space) or emphasis markers, one space for any
 * run of spaces and line breaks. In plain text a tag is text, and joins nothing.
 */
const readJoiner = (between: string, markup: boolean) =>
  (markup ? between.replace(/<br\b[^>]*>/gi, ' ').replace(/<[^>]*>/g, '') : between)
    .replace(/[*_]+/g, '')
    .replace(/\s+/g, ' ')
    .replace(/ (?=[,;:])/g, '');

/**
 * "Your money back, guaranteed, no questions asked" is one promise said
 * three ways: adjacent claims of the same class merge, and the worst verdict
 * among them is the one reported.
 */
function mergeAdjacent(items: JudgedClaim[], source: string, markup: boolean): JudgedClaim[] {
  const sorted = [...items].sort((a, b) => a.claim.start - b.claim.start);
  const merged: JudgedClaim[] = [];
  for (const item of sorted) {
    const previous = merged.at(-1);
    if (previous && previous.claim.ruleId === item.claim.ruleId && joinsOnePromise(source, previous.claim, item.claim, markup)) {
      const worse = VERDICT_RANK.indexOf(item.judgement.verdict) < VERDICT_RANK.indexOf(previous.judgement.verdict) ? item : previous;
      // The text quotes the promise as read: "24/7, 365 days a year" from "**24/7**, 365 days a year".
      const joiner = readJoiner(source.slice(previous.claim.end, item.claim.start), markup);
      merged[merged.length - 1] = {
        claim: { ...worse.claim, start: previous.claim.start, end: item.claim.end, text: previous.claim.text + joiner + item.claim.text },
        judgement: worse.judgement,
      };
      continue;
    }
    merged.push(item);
  }
  return merged;
}

/** The severity a judged claim is reported with, or 'off'. */
export function severityOf(judged: JudgedClaim, options: CheckOptions): Severity {
  const { verdict } = judged.judgement;
  if (verdict === 'substantiated') return options.verbose ? 'info' : 'off';
  return options.severities?.[judged.claim.ruleId] ?? DEFAULT_SEVERITY[verdict];
}

/** Add one vfile message per reported claim. */
export function checkTree(tree: NlcstRoot, file: VFile, options: CheckOptions = {}): void {
  const source = String(file);
  const place = location(source);
  const pointAt = (offset: number) => place.toPoint(offset) ?? { line: 1, column: 1, offset };
  const directives = options.directives ?? [];
  reportUnknownDirectiveRules(file, directives, pointAt);
  for (const judged of judgeTree(tree, source, options)) {
    const severity = severityOf(judged, options);
    if (severity === 'off') continue;
    const start = pointAt(judged.claim.start);
    if (isSilenced({ ruleId: judged.claim.ruleId, start: judged.claim.start, line: start.line }, directives, (offset) => pointAt(offset).line)) continue;
    report(file, judged, severity, pointAt);
  }
}

/** A misspelt rule in a control comment would silently silence nothing: say so. */
function reportUnknownDirectiveRules(file: VFile, directives: readonly Directive[], pointAt: (offset: number) => Point): void {
  for (const directive of directives) {
    for (const name of directive.rules) {
      if ((CLAIM_CLASSES as readonly string[]).includes(name)) continue;
      const suggestion = closest(name, CLAIM_CLASSES);
      const message = file.message(`unknown rule "${name}" in overclaim-${directive.kind} comment${suggestion ? `; did you mean "${suggestion}"?` : ''}`, {
        place: { start: pointAt(directive.start), end: pointAt(directive.end) },
        ruleId: 'unknown-rule',
        source: 'overclaim',
      });
      message.fatal = true;
    }
  }
}

/** Literal phrases → triggers; compiled once per settings object. */
const extraCache = new WeakMap<object, Map<ClaimClass, Trigger[]>>();

export function compiledExtraTriggers(extra: CheckOptions['extraTriggers']): Map<ClaimClass, Trigger[]> {
  if (!extra) return new Map();
  let compiled = extraCache.get(extra);
  if (!compiled) {
    compiled = new Map(
      Object.entries(extra).map(([ruleId, phrases]) => [
        ruleId as ClaimClass,
        (phrases ?? []).map((phrase) => ({ name: phrase, pattern: phrasePattern([phrase]) })),
      ]),
    );
    extraCache.set(extra, compiled);
  }
  return compiled;
}

const allowCache = new WeakMap<object, RegExp>();

function compiledAllowList(allow: CheckOptions['allow']): RegExp | undefined {
  if (!allow || allow.length === 0) return undefined;
  let pattern = allowCache.get(allow);
  if (!pattern) {
    pattern = phrasePattern(allow);
    allowCache.set(allow, pattern);
  }
  return pattern;
}

function report(file: VFile, { claim, judgement }: JudgedClaim, severity: Exclude<Severity, 'off'>, pointAt: (offset: number) => Point): void {
  // A message is an Error, and V8 captures a stack for each one that nobody
  // will read (vfile-message blanks it): on a file with 100,000 findings
  // that took longer than finding them.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let message: VFileMessage;
  try {
    message = file.message(messageText(claim, judgement), {
      place: { start: pointAt(claim.start), end: pointAt(claim.end) },
      ruleId: claim.ruleId,
      source: 'overclaim',
    });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
  // A rewrite replaces the claim's span of the source. Where that span holds
  // more than the words quoted (markup: "**24/7, 365** days", "<b>365 days</b>
  // a year"; a line break; a character reference), the rewrite would take it
  // out with them and could leave "**" or "<b>" unclosed: a suggestion only.
  const rewritable = String(file.value).slice(claim.start, claim.end) === claim.text;
  message.actual = claim.text;
  message.expected = judgement.suggestion ? [judgement.suggestion] : [];
  message.url = `https://github.com/overclaim/overclaim/blob/main/docs/rules.md#${claim.ruleId}`;
  Object.assign(message, {
    verdict: judgement.verdict,
    declared: judgement.declared,
    declaredAt: judgement.declaredAt,
    quantity: claim.quantity,
    fixable: judgement.fixable === true && rewritable,
  });
}

/** The words of a message: what was promised, what is declared and where, and a fix. */
export function messageText(claim: Claim, judgement: Judgement): string {
  const promised = `"${claim.text}"`;
  switch (judgement.verdict) {
    case 'contradicted': {
      const fix = judgement.suggestion ? `; say "${judgement.suggestion}" instead` : '';
      return `${promised} is contradicted: ${judgement.declared} (${judgement.declaredAt})${fix}`;
    }
    case 'substantiated':
      return `${promised} is backed: ${judgement.declared} (${judgement.declaredAt})`;
    case 'puffery':
      return `${promised} is puffery: ${judgement.advice}`;
    default:
      return `${promised} is an unsubstantiated ${claim.ruleId} promise: ${judgement.advice}`;
  }
}
