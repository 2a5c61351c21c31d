// Phrase matching over a SentenceView, and the checks every rule shares:
// qualified wording (hedges, negation) is not a promise.
import type { Check, Claim, ClaimClass, ClaimKind, Quantity, Topic } from '../types.js';
import { MASK, type SentenceView } from './sentence.js';

/** A span of a SentenceView's text. */
export interface Hit {
  start: number;
  end: number;
  match: RegExpExecArray;
}

export interface Trigger {
  /** Canonical name, shown in messages and kept on the claim; never what a judge branches on (that is `checks`). */
  name: string;
  /** The declared fact the rule's judge checks this wording against, where it tells wordings apart. */
  checks?: Check;
  /** Matched against SentenceView.text (lower case); must have the g flag. */
  pattern: RegExp;
  kind?: ClaimKind;
  quantity?: (match: RegExpExecArray) => Quantity | undefined;
  /** What the claim is about, where the wording names it ("unlimited storage"). */
  subject?: (match: RegExpExecArray) => string | undefined;
  /** Extra context test for words that are promises only in some uses. */
  accept?: (view: SentenceView, hit: Hit) => boolean;
  /** The trigger carries its own negation ("no hidden fees"), so "no" around it is not a hedge. */
  selfNegating?: boolean;
}

export function findHits(view: SentenceView, pattern: RegExp): Hit[] {
  const hits: Hit[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(view.text); match; match = pattern.exec(view.text)) {
    if (match[0] === '') {
      pattern.lastIndex++;
      continue;
    }
    const hit = trimmed({ start: match.index, end: match.index + match[0].length, match }, view.text);
    if (!view.text.slice(hit.start, hit.end).includes(MASK)) hits.push(hit);
  }
  return hits;
}

function trimmed(hit: Hit, text: string): Hit {
  let { start, end } = hit;
  while (start < end && /[\s.,;:!?]/.test(text[start])) start++;
  while (end > start && /[\s.,;:!?]/.test(text[end - 1])) end--;
  return { ...hit, start, end };
}

/**
 * Clause boundaries: a promise's qualifiers sit in the same clause. Not the ":" of "11:00" or the "," of "1,000". (The
 * text is folded: an em dash is "-" here, a clause's end when spaced. An ellipsis is a pause inside a clause: "we're
 * not… open 24/7".)
 */
const CLAUSE_BREAK = /(?<!\d)[,:]|[,:](?!\d)|[;()\[\]!?"]|\s-\s|\s-$|^-\s|\bbut\b|\bhowever\b|\bwhile\b|\bwhereas\b/g;

/**
 * How far back or on a clause is read. Copy's clauses are short; a run-on
 * "sentence" of 100 KB without a break (generated text, a minified blob)
 * would otherwise be read whole for every hit in it, in time that grows with
 * its square.
 */
const CLAUSE_REACH = 400;

export function clauseBefore(view: SentenceView, index: number): string {
  const before = view.text.slice(Math.max(0, index - CLAUSE_REACH), index);
  let cut = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let match = CLAUSE_BREAK.exec(before); match; match = CLAUSE_BREAK.exec(before)) {
    cut = match.index + match[0].length;
  }
  return before.slice(cut);
}

/** Words a clause opens on when it has a subject of its own. */
const OPENS_ON_A_SUBJECT = /^(?:the|a|an|your|their|its|this|that|these|those|you|they|he|she|it|i|we|our|my|his|her|every|each|all|some|any|no|one|there|here)\b/;
/** Words a clause opens on when it is no bare predicate: a condition, a purpose, a manner ("if …", "to …", "using …"). */
const OPENS_ON_NO_PREDICATE = /^(?:if|when|whether|because|so|as|to|for|with|in|on|at|from|by|of|after|before|while|since|until|unless|although|though|once|using|via)\b/;
/** What joins one predicate of a series to the next: "…, and handle", "…, then deliver". */
const SERIES_JOINER = /^(?:(?:and|or|then|also|&)\s+)+/;

/** The business speaking: "we …", a sole trader's "I …". */
const THE_BUSINESS_SPEAKING = "we|we'll|we're|we've|i|i'll|i'm";
/** The business as a clause's subject: "we …", "our team …", "I …". */
const OPENS_ON_THE_BUSINESS = new RegExp(`^(?:${THE_BUSINESS_SPEAKING}|our)\\b`);

/** Whether a clause opens on the business as its subject. */
export function opensOnTheBusiness(clause: string): boolean {
  return OPENS_ON_THE_BUSINESS.test(clause.trimStart());
}

/**
 * The clause before `index`, with the clauses it continues when it is a bare
 * predicate in a series whose subject is the business: in "We'll review your
 * letters, explain them, and handle all communication" the last clause is
 * "and handle all communication", whose subject is the first clause's "We".
 * Only commas join a series, and only a clause of three words or more that
 * opens on the business starts one: not "Using our API, handle …", "This
 * way, you open our dashboard, …", nor an aside ("Redis, our cache, handles
 * …").
 */
export function clauseWithSubjectBefore(view: SentenceView, index: number): string {
  const clause = clauseBefore(view, index);
  const opening = (text: string) => text.trimStart().replace(SERIES_JOINER, '');
  if (OPENS_ON_A_SUBJECT.test(opening(clause)) || OPENS_ON_NO_PREDICATE.test(opening(clause))) return clause;
  let joined = clause;
  let start = index - clause.length;
  // A few predicates at most: copy's series are short.
  for (let step = 0; step < 4 && view.text[start - 1] === ','; step++) {
    const previous = clauseBefore(view, start - 1);
    if (OPENS_ON_NO_PREDICATE.test(opening(previous))) return clause;
    joined = `${previous},${joined}`;
    if (OPENS_ON_A_SUBJECT.test(opening(previous))) return opensOnTheBusiness(opening(previous)) && wordCount(previous) >= 3 ? joined : clause;
    start -= 1 + previous.length;
  }
  return clause;
}

/** A short line that opens on the hit, a heading or a tagline: "Immediate response.", "No long wait times." */
export function headsAShortLine(view: SentenceView, hit: Pick<Hit, 'start'>, maxWords = 6): boolean {
  return hit.start === 0 && wordCount(view.text) <= maxWords;
}

/** Whether the hit opens its line, or comes one word after the line's start ("Professional Superior Service"). */
export function opensTheLine(view: SentenceView, hit: Hit): boolean {
  return /^\s*(?:[a-z-]+\s+)?$/.test(view.text.slice(0, hit.start));
}

/**
 * A line with no verb, opening on the hit or one word before it: a heading or
 * a bullet ("Fine Workmanship", "Professional Superior Service"). Not "It
 * gives excellent results" or "Great care must be taken", statements.
 */
function opensAHeading(view: SentenceView, hit: Hit): boolean {
  return opensTheLine(view, hit) && !/\b(?:is|are|was|were|be|been|must|should|will|can|has|have|gives?|makes?)\b/.test(view.text);
}

/**
 * Words said by the business of its own ("we have a wonderful selection",
 * "our famous hospitality", "I deliver superior uptime", "the views from
 * our home are simply stunning"), or heading a short line ("Fine
 * Workmanship", "Fast VPN Speeds"). Not a "we" or "our" elsewhere in the
 * sentence ("the old laptop still works fine for our team"), nor what the
 * business saw or had ("we watched a stunning sunset").
 */
export function saidOfItsOwn(view: SentenceView, hit: Hit): boolean {
  const before = view.text.slice(0, hit.start);
  if (/\b(?:our|my)\s+(?:[a-z-]+\s+)?$/.test(before) || /\bour (?:[a-z-]+ ){1,4}(?:is|are) (?:simply |truly |absolutely |just )?(?:an? )?$/.test(before)) return true;
  if (OPENS_ON_THE_BUSINESS_SPEAKING.test(clauseWithSubjectBefore(view, hit.start)) && !/\b(?:had|have had|saw|see|watched|took|was|were)\b/.test(before)) return true;
  return opensAHeading(view, hit) && wordCount(view.text) <= 4;
}

/** The business speaking as a clause's subject: "we …", "I …" (not "our X", which may be its customers' or its software). */
const OPENS_ON_THE_BUSINESS_SPEAKING = new RegExp(`^\\s*(?:${THE_BUSINESS_SPEAKING})\\b`);

export function clauseAfter(view: SentenceView, index: number): string {
  const after = view.text.slice(index, index + CLAUSE_REACH);
  CLAUSE_BREAK.lastIndex = 0;
  const match = CLAUSE_BREAK.exec(after);
  return match ? after.slice(0, match.index) : after;
}

/** The last `count` words of a string. */
export function lastWords(text: string, count: number): string {
  return text.trim().split(/\s+/).slice(-count).join(' ');
}

/**
 * Words of grammar, which cannot be the describing word between a boast and what it is said of ("a fast way for the
 * reader to …", "the great majority of our results"): each rule adds the ones its own phrases need.
 */
export const GRAMMAR_WORDS = 'for|with|of|to|on|by|in|at|the|a|an|and|or|is|are|was|were';

/** How many words a string holds. */
export function wordCount(text: string): number {
  return text.trim().split(/\s+/).length;
}

export function firstWords(text: string, count: number): string {
  return text.trim().split(/\s+/).slice(0, count).join(' ');
}

/** The business keeping a promise to its own judgement: "free at our discretion". */
const AT_OUR_DISCRETION = /at (?:our|my|its|the [a-z]+'s) (?:own |sole |absolute |sole and absolute )?discretion|in (?:our|its) (?:sole |absolute )?discretion|at the discretion of/;

/** Words that make the promise partial or uncertain ("most orders ship same-day", "free at our discretion"). */
const HEDGE_BEFORE =
  new RegExp(String.raw`\b(almost|nearly|most|mostly|usually|typically|generally|often|normally|frequently|sometimes|occasionally|up to(?! (?:speed|date|you|us)\b)|aims? to|aims? for|aiming (?:to|for)|try to|tries to|strives? to|strives? for|striving (?:to|for)|work(?:s|ing)? towards?|work(?:s|ing)? hard to|dedicated to (?:making sure|ensuring)|hopes? to|may|might|could|ideally|in most cases|virtually|practically|average|averages|median|approximately|roughly|as little as|as fast as|as soon as possible|expected|estimated|goal|target|plan to|want to|wants to|should(?! you\b)|wants? (?:[a-z']+ ){1,3}to (?:be|have|feel|get)|please allow|(?:do|doing|try|trying) (?:our|my) (?:very )?(?:best|utmost)|endeavou?rs? to|make every effort|makes every effort|as (?:quickly|fast|soon|promptly) as (?:we can|possible|we're able)|${AT_OUR_DISCRETION.source})\b`);

const HEDGE_AFTER =
  new RegExp(String.raw`^(?:[^\s]+\s+){0,6}?(on request|upon request|in most cases|where possible|when possible|if possible|if available|subject to|depending on|depends on|on average|typically|usually|generally|normally|most of the time|in the majority of (?:cases|situations|instances)|fair[- ]use|conditions apply|terms apply|limits apply|restrictions apply|exclusions apply|t&cs apply|for eligible|on eligible|on selected|on select|in select|in most|for most|on most|with most(?! (?:other )?(?:competitors|companies|retailers|stores|shops|brands|others)\b)|${AT_OUR_DISCRETION.source})\b|^\S*\*`);

const NEGATION = /\b(not|no|never|nothing|none|cannot|without|instead of|rather than|neither|nor|hardly|seldom|rarely|nobody|unable to(?=\s*$| (?:guarantee|offer|provide|promise|accept|ship|deliver|refund|process|honou?r|support|include|extend)\b)|prevents? (?:us|them|me) from)\b|n't\b/;

/** "No method … is 100% secure": a negated subject anywhere earlier in the clause. */
const NEGATED_SUBJECT = /^\s*(no|nothing|none|nobody|no one|neither)\b/;

/**
 * A negation a word or two on ("Overnight shipping isn't offered",
 * "everything that is not Windows-specific"), unless a new subject or a
 * clause of reason or time starts first: in "we guarantee that you won't be
 * disappointed" and "24/7 support so customers never wait" the negation is
 * part of the promise.
 */
const NEGATION_AFTER = /^\s*(?:(?!(?:you|we|they|i|so|because|but|when|while|since)\b)\S+\s+){0,2}?(not|cannot|can't|isn't|aren't|won't|doesn't|don't|never|seldom|rarely)\b/;

/** "Most orders are processed through our warehouse within 24 hours": a hedged subject, however far back in the clause. */
const HEDGED_SUBJECT = /^\s*(?:most|many|some|nearly all|almost all)\b/;

/** Between a hedged subject and the promise, a new clause or reason: "Many customers choose us because we deliver within 24 hours". */
const SUBORDINATE = /\b(?:because|that|and|so|who|which|since|when|as)\b|[—–]/;

/**
 * "Usually, on the night of the wedding, I send sneak peeks straight away":
 * a sentence that opens on a hedge is hedged up to a contrast ("Usually
 * people wait weeks - we arrive within 1 hour" promises after the dash). So
 * is one that opens on an aim: "Our goal is to provide you with the peace
 * that our slogan guarantees", and a mission statement in the infinitive
 * with no "we" to promise it: "To provide exceptional service that exceeds
 * expectations".
 */
const HEDGED_SENTENCE = /^\s*(?:usually|typically|normally|generally|often|in most cases|most of the time|in general|(?:our|my) (?:goal|aim|objective|ambition|mission|vision|purpose)(?:,\s*(?:however|though|then|therefore|of course),)? is(?! [a-z]+[,;:]))\b(?![^]*(?:[;:—–]|\s-\s|\bbut\b|\bhowever\b|\bwhereas\b))/;

/**
 * A mission statement in the infinitive, with no "we" or "us" anywhere to
 * promise it: "To provide exceptional service that exceeds expectations".
 * Not a purpose clause before a promise ("To book, call us 24/7").
 */
const MISSION_STATEMENT = /^\s*to (?:provide|deliver|empower|help|create|offer|bring|serve|build|give|become|be|inspire|enable|ensure|support|make)\b(?![^]*\b(?:we|us)\b)/;

/** "… and in most cases the parts to repair your issue on the spot": a hedge of cases covers its whole clause. */
const HEDGED_CASES = /\bin (?:most|many|some|the majority of) (?:cases|instances|situations)\b/;

/**
 * The part of the clause before a hit from its last new subject on: "we may
 * offer discounts and we always deliver same-day" makes two promises. The
 * subject may open the hit itself ("… and I will refund").
 */
function ownClause(view: SentenceView, hit: Hit, clause = clauseBefore(view, hit.start)): string {
  if (JOIN_AT_END.test(clause) && /^(?:we|i)\b/.test(view.text.slice(hit.start))) return '';
  return clause.split(JOIN_BEFORE_SUBJECT).at(-1)!;
}

/** A conjunction that can start a new subject's clause: at the end of the text read, or before "we" or "I". */
const JOINS = 'and|but|so|then';
const JOIN_AT_END = new RegExp(`\\b(?:${JOINS})\\s+$`);
const JOIN_BEFORE_SUBJECT = new RegExp(`\\b(?:${JOINS})\\s+(?=(?:we|i)\\b)`);
/** The same, and a reason the business gives in a clause of its own ("… because we guarantee"), where a negation before stops. */
const NEW_SUBJECT_FOR_NEGATION = new RegExp(`\\b(?:${JOINS}|because)\\s+(?=(?:we|i)\\b)`);

/**
 * An aim named before the promise, owned and followed by a verb: "a simple
 * mission—to share our love for exceptional food", "we are on a mission to
 * make", "our top priority is to resolve", "we aim to build". Not "night
 * vision to 100 feet", a noun in another sense.
 */
const AIM_BEFORE =
  /\b(?:(?:our|my|a|an|the)(?: [a-z]+)? (?:goal|aim|objective|ambition|mission|vision|purpose)(?: is| was)?\s*(?:[—–:-]\s*)?|(?:our|my)(?: [a-z]+)? priority is |(?:we|i) (?:always )?(?:aim|strive|hope|endeavou?r|try|seek|work hard) )to\b(?! (?:the|you|your|a|an|our|\d))/;
/**
 * What ends an aim's reach: a contrast, or the business promising in its own
 * clause ("with a mission to serve Denver, we offer 24/7 emergency service",
 * "we aim to please and guarantee a reply within 1 hour").
 */
const AIM_ENDS = /;|\s-\s|\b(?:but|however|whereas)\b|\b(?:and|so|then)\s+(?:we|i)\b|,\s*(?:we|i)\b|\band (?:guarantee|promise|pledge|offer|provide|deliver)\b/;

/**
 * Whether an aim before the promise still covers it: its clause may run past
 * ":" or a dash. A guarantee anywhere after the aim is a promise all the same
 * ("our mission: to deliver within 24 hours, guaranteed").
 */
function isAimed(view: SentenceView, hit: Hit): boolean {
  const from = Math.max(0, hit.start - CLAUSE_REACH);
  const aim = AIM_BEFORE.exec(view.text.slice(from, hit.start));
  if (aim === null) return false;
  const afterAim = from + aim.index + aim[0].length;
  return !AIM_ENDS.test(view.text.slice(afterAim, hit.start)) && !/\bguarantee[ds]?\b/.test(view.text.slice(afterAim, hit.end + CLAUSE_REACH));
}

/**
 * A clause of time or contrast after the promise about other businesses: in
 * "we answer within an hour when others normally take days" the hedge is the
 * others', and the promise is whole. Not "when the parts are usually in
 * stock", a condition of the promise itself, nor "when possible".
 */
const OTHER_SUBJECT_AFTER =
  /\b(?:when|while|whereas|unlike|than)\s+(?=(?:others|competitors|rivals|other (?:[a-z]+ )?(?:companies|firms|agencies|providers|businesses|shops|services)|most (?:other )?(?:companies|firms|agencies|providers|businesses|shops|services|[a-z]+ers))\b)/;

/** "We may sometimes upgrade you to next-day delivery free of charge": the business's own "may" covers its clause. */
const BUSINESS_MAY = /\b(?:we|i) (?:may|might)\b/;

/**
 * Whether the promise is hedged. `clause` and `own` are the clause before the
 * hit and the promise's own part of it; isQualified works them out once for
 * its own checks too.
 */
export function isHedged(view: SentenceView, hit: Hit, clause = clauseBefore(view, hit.start), own = ownClause(view, hit, clause)): boolean {
  if (HEDGED_SENTENCE.test(view.text.slice(0, hit.start)) || MISSION_STATEMENT.test(view.text)) return true;
  // "We may offer discounts and we always deliver same-day": a new subject starts a new promise (see ownClause).
  if (HEDGED_CASES.test(clause) || BUSINESS_MAY.test(own) || isAimed(view, hit)) return true;
  if (HEDGE_BEFORE.test(lastWords(own, 6)) || (HEDGED_SUBJECT.test(clause) && !SUBORDINATE.test(clause))) return true;
  return HEDGE_AFTER.test(clauseAfter(view, hit.end).split(OTHER_SUBJECT_AFTER)[0].trim());
}

/** A negated auxiliary negates the whole predicate after it ("does not monitor … in real time"). */
const NEGATED_PREDICATE = /\b(?:do|does|did|is|are|was|were|will|would|can|could|should|has|have)(?: not|n't)\b|\b(?:cannot|won't|can't)\b/;

/**
 * "Not only … but" and "not just" intensify rather than negate, as do "without doubt", "no doubt" and "we spare no
 * effort"; "no-questions-asked" and "no-obligation" describe an offer.
 */
const NOT_NEGATION = /\bnot (?:only|just|merely|simply)\b|\bspar(?:e|es|ed|ing) no (?:effort|expense|time)\b|\b(?:without (?:a )?doubt|no doubt|beyond (?:a |any )?doubt|without question)\b|\bno[- ]questions?[- ]asked\b|\bno[- ](?:obligation|risk|hassle|quibble)\b/g;

/**
 * "Not a recommendation, endorsement, or guarantee": a negation carried down
 * a list to its last item. Not a list of negations before a positive item
 * ("No contracts, no setup fees, and 24/7 support"). Each item is one to
 * three words, so a list has one reading (two readings an item made the
 * regex exponential).
 */
const LIST_ITEM = String.raw`(?!(?:not|no|never|without)\b)[a-z-]+(?:\s+[a-z-]+){0,2}`;
const NEGATED_LIST = new RegExp(String.raw`(?<!,\s*)\b(?:not|no|never|without)\s+(?:any\s+)?${LIST_ITEM}(?:,\s*${LIST_ITEM})*,?\s+(?:or|nor|and)\s+(?:an?\s+)?$`);

/** Whether the hit is the last item of a negated list, read back to the last "but". */
function endsNegatedList(view: SentenceView, hit: Hit): boolean {
  const before = view.text.slice(Math.max(0, hit.start - CLAUSE_REACH), hit.start).replace(NOT_NEGATION, '');
  return NEGATED_LIST.test(before.split(/\bbut\b/).at(-1)!);
}

export function isNegated(view: SentenceView, hit: Hit): boolean {
  // A negation reaches no further back than the business's own clause: "people will not regret choosing us because we
  // guarantee quality", "we don't charge extra and we ship within 24 hours". Not "since", as often "from that time on"
  // ("we haven't had a crash since we released instant reload").
  const clause = clauseBefore(view, hit.start).replace(NOT_NEGATION, '').split(NEW_SUBJECT_FOR_NEGATION).at(-1)!;
  if (NEGATION.test(lastWords(clause, 6)) || endsNegatedList(view, hit)) return true;
  if (NEGATED_SUBJECT.test(clause) || NEGATED_PREDICATE.test(clause)) return true;
  // "Guaranteeing not only a beautiful result but …": "not only" after the hit intensifies too. "We guarantee
  // nothing." promises nothing (not "we guarantee nothing but the best", "… nothing will break").
  return NEGATION_AFTER.test(clauseAfter(view, hit.end).replace(NOT_NEGATION, '')) || /^\s*(?:nothing|none)\s*(?:[.!;]|$)/.test(view.text.slice(hit.end));
}

/**
 * A scope limiter or a disclaimer anywhere in the sentence ("in select areas",
 * "on eligible orders", "where available", "within our service area", "fair
 * use applies", "as long as you stay within our fair usage guidelines",
 * "terms apply", "to the best of our abilities") makes every promise in it
 * partial.
 */
const LIMITED_SCOPE =
  /\bto the best of (?:our|my) (?:abilit(?:y|ies)|knowledge)\b|\b(?:in|to|on|at|for|across|with) (?:select|selected|eligible|participating|qualifying|certain) \w+|\bwhere available\b|\bwhile (?:supplies|stocks) last\b|\bon a (?:broad |wide )?selection of\b|\b(?:fair[- ]use(?: policy)?|terms(?: and conditions)?|conditions|limits|restrictions|exclusions|t&cs?) (?:may )?appl(?:y|ies)\b|\bsubject to (?:a )?(?:fair[- ]us(?:e|age)|availability|terms|conditions)\b|\bwithin (?:our|the) (?:fair[- ]us(?:e|age) |usage |service )(?:policy|policies|guidelines|limits?|areas?|zones?|radius)\b|\b(?:as|so) long as you (?:stay|remain|keep) within\b|\bfor (?:new |existing |registered |select |selected |eligible |premium |paid |pro |established |returning )?(?:members|subscribers|customers|patients|clients|residents|users|students|guests) only\b|\b(?<!not )only (?:for|to) (?:new |existing |registered |premium |paid |pro |established |returning )?(?:members|subscribers|customers|patients|clients|residents|users|students|guests)\b/;

/**
 * Verbs an instruction for software opens on. Not those marketing headings
 * open on before a list ("Get unlimited storage and 24/7 support:", "Use
 * …", "Make …", "Build …", "Launch …", "Monitor …", "Free …").
 */
const INSTRUCTION_VERBS = [
  'add', 'allow', 'analyze', 'append', 'apply', 'archive', 'attach', 'authenticate', 'benchmark', 'calculate', 'cancel',
  'capture', 'change', 'check', 'clean', 'clear', 'clone', 'close', 'commit', 'compare', 'compile', 'compress', 'configure',
  'connect', 'convert', 'copy', 'count', 'create', 'cut', 'decode', 'decompress', 'decrypt', 'delay', 'delete', 'describe',
  'destroy', 'disable', 'disconnect', 'display', 'download', 'dump', 'edit', 'enable', 'encode', 'encrypt', 'enter', 'evaluate',
  'exclude', 'execute', 'exit', 'export', 'extend', 'extract', 'fetch', 'filter', 'find', 'flush', 'force', 'fork',
  'format', 'generate', 'halt', 'hibernate', 'ignore', 'import', 'include', 'increase', 'initialize', 'install',
  'issue', 'kill', 'limit', 'lint', 'list', 'load', 'lock', 'log', 'mark', 'match',
  'merge', 'mount', 'move', 'open', 'output', 'overwrite', 'pass', 'pause', 'perform', 'ping', 'play', 'power',
  'preview', 'print', 'publish', 'pull', 'push', 'put', 'query', 'read', 'reboot', 'record', 'reformat',
  'register', 'reload', 'remove', 'rename', 'render', 'replace', 'report', 'reset', 'resolve', 'restart', 'restore', 'resume',
  'retrieve', 'return', 'rotate', 'run', 'save', 'scan', 'search', 'seek', 'select', 'send', 'set', 'show',
  'shut', 'signal', 'skip', 'sleep', 'sort', 'specify', 'split', 'start', 'step', 'stop', 'store', 'stream',
  'suspend', 'switch', 'sync', 'synchronize', 'test', 'toggle', 'trace', 'transpile', 'turn', 'uninstall', 'unlock', 'unmount',
  'update', 'upgrade', 'upload', 'validate', 'verify', 'view', 'wait', 'watch', 'write',
].join('|');

/**
 * An instruction to the reader that introduces what follows: it opens on a
 * verb of operating software and ends on a colon ("List all devices:",
 * "Stop the service immediately:", "Specify a timeout in seconds:"), as
 * technical docs put one before a command. The reader acts; no one serves.
 */
const INSTRUCTION = new RegExp(`^(?:[a-z]+ly )?(?:${INSTRUCTION_VERBS})\\b[^]*:\\s*$`);

/** "Zero downtime was maintained": a report of the past is a measured fact, not a promise. */
const PAST_FACT = /\b(was|were)\b/;

/** '"Unlimited" does not mean …': a word in quotes that the sentence defines is mentioned, not promised. */
const QUOTE_BEFORE = /["“'‘]$/;
const DEFINED_AFTER = /^["”'’]\s*(?:(?:does not|doesn't|do not|don't|is not|isn't) means?|refers? to|stands? for|is defined)\b/;

/**
 * A state asked about, not asserted: "Track which tasks are completed on
 * time", "see whether your parcel was delivered on time", "we show you how
 * many calls are answered within an hour". The verb of finding out, the
 * question word and the state's own verb all come before the trigger in
 * its clause. "See which plans include 24/7 support" has no such verb: the
 * plans that do are promised.
 */
const ASKED_ABOUT =
  /\b(?:track|see|check|know|find out|monitor|measure|show|tell|ask|wonder|learn|report|verify|view|compare|spot)(?:s|es|ed|ing)?(?: you| us)? (?:which|whether|if|how many|how often|how much)\b(?: [a-z'-]+){0,5}? (?:is|are|was|were|gets?|got|has been|have been)(?: (?!(?:and|but|so|then|or)\b)[a-z'-]+){0,2}\s*$/;

export function isQualified(view: SentenceView, hit: Hit, trigger: Pick<Trigger, 'selfNegating'>): boolean {
  const clause = clauseBefore(view, hit.start);
  const own = ownClause(view, hit, clause);
  if (isHedged(view, hit, clause, own) || LIMITED_SCOPE.test(view.text) || INSTRUCTION.test(view.text)) return true;
  if (QUOTE_BEFORE.test(view.text.slice(0, hit.start)) && DEFINED_AFTER.test(view.text.slice(hit.end))) return true;
  // Of the promise's own clause: "tell us why you were not satisfied and I will refund you" and
  // "let us know if your delivery is late and we will refund you" promise.
  if (ASKED_ABOUT.test(own) || PAST_FACT.test(own) || PAST_FACT.test(firstWords(clauseAfter(view, hit.end), 3))) return true;
  return !trigger.selfNegating && isNegated(view, hit);
}

/** Does any of the words in `pattern` occur in the sentence? */
export function mentions(view: SentenceView, pattern: RegExp): boolean {
  return pattern.test(view.text);
}

/**
 * Which declared fact a promise is about, from the words nearest to it: the
 * topic whose keyword sits closest to the trigger wins.
 */
export function nearestTopic(view: SentenceView, hit: Hit, topics: ReadonlyArray<[Topic, RegExp]>): Topic | undefined {
  let best: { topic: Topic; distance: number } | undefined;
  for (const [topic, pattern] of topics) {
    const global = new RegExp(pattern.source, 'g');
    for (let match = global.exec(view.text); match; match = global.exec(view.text)) {
      const distance =
        match.index >= hit.end ? match.index - hit.end : hit.start >= match.index + match[0].length ? hit.start - (match.index + match[0].length) : 0;
      if (!best || distance < best.distance) best = { topic, distance };
    }
  }
  return best?.topic;
}

export function claimFrom(view: SentenceView, hit: Hit, ruleId: ClaimClass, trigger: Trigger): Claim {
  return {
    ruleId,
    kind: trigger.kind ?? 'objective',
    trigger: trigger.name,
    checks: trigger.checks,
    text: view.original.slice(hit.start, hit.end),
    sentence: view.original,
    start: view.starts[hit.start],
    end: view.ends[hit.end - 1],
    quantity: trigger.quantity?.(hit.match),
    subject: trigger.subject?.(hit.match),
  };
}

/**
 * A claim a trigger found, with the hit it came from and the text it was read
 * in (for rules that look around it): the sentence, or for a very long one
 * the part of it around the hit (see `around`).
 */
export interface Detected {
  claim: Claim;
  hit: Hit;
  view: SentenceView;
}

/**
 * Run a rule's triggers over one sentence. Overlapping hits keep the longest
 * (so "24 hours a day, 7 days a week" is one claim, not three).
 */
export function detectTriggers(view: SentenceView, ruleId: ClaimClass, triggers: readonly Trigger[]): Detected[] {
  if (view.question) return [];
  const found: Array<{ detected: Detected; inSentence: Hit }> = [];
  for (const trigger of triggers) {
    for (const inSentence of findHits(view, trigger.pattern)) {
      const { view: near, hit } = around(view, inSentence);
      if (isQualified(near, hit, trigger)) continue;
      if (trigger.accept && !trigger.accept(near, hit)) continue;
      found.push({ detected: { claim: claimFrom(near, hit, ruleId, trigger), hit, view: near }, inSentence });
    }
  }
  found.sort((a, b) => a.inSentence.start - b.inSentence.start || b.inSentence.end - a.inSentence.end);
  const kept: typeof found = [];
  for (const item of found) {
    const previous = kept.at(-1);
    if (previous && item.inSentence.start < previous.inSentence.end) continue;
    kept.push(item);
  }
  return kept.map(({ detected }) => detected);
}

/**
 * How much of a sentence on either side of a hit its checks read. A run-on
 * "sentence" of 100 KB with no stop (generated text, a list run together)
 * would otherwise be read whole for every hit in it (hedges, scope
 * limiters, the nearest topic), in time that grows with its square. Copy's
 * sentences are far shorter than twice this and are read whole.
 */
const SENTENCE_REACH = 500;

/** The part of `view` within SENTENCE_REACH of `hit`, cut at spaces, and the hit within it. */
export function around(view: SentenceView, hit: Hit): { view: SentenceView; hit: Hit } {
  if (view.text.length <= 2 * SENTENCE_REACH) return { view, hit };
  // Cut at a space within the reach, unless one word runs from the reach to the hit (searched only there: a text with no space would otherwise be read to its end for every hit).
  const reachBefore = Math.max(0, hit.start - SENTENCE_REACH);
  const spaceBefore = view.text.slice(reachBefore, hit.start).indexOf(' ');
  const spaceAfter = view.text.slice(hit.end, hit.end + SENTENCE_REACH).lastIndexOf(' ');
  const from = reachBefore === 0 ? 0 : spaceBefore === -1 ? reachBefore : reachBefore + spaceBefore + 1;
  const to = hit.end + SENTENCE_REACH >= view.text.length ? view.text.length : spaceAfter === -1 ? hit.end + SENTENCE_REACH : hit.end + spaceAfter;
  // A part that starts mid-sentence starts on a MASK, in place of the character before it, so
  // what asks for the sentence's start ("Usually, …", a heading's "^\s*$") does not take the cut for it.
  const cut = from === 0 ? 0 : from - 1;
  const opening = from === 0 ? '' : MASK;
  const near: SentenceView = {
    text: opening + view.text.slice(from, to),
    original: opening + view.original.slice(from, to),
    starts: view.starts.subarray(cut, to),
    ends: view.ends.subarray(cut, to),
    question: view.question,
  };
  return { view: near, hit: { start: hit.start - cut, end: hit.end - cut, match: hit.match } };
}

/**
 * A pattern for literal phrases as SentenceView text holds them: lower case,
 * whitespace collapsed, typographic quotes folded; whole words only.
 */
export function phrasePattern(phrases: readonly string[]): RegExp {
  const alternatives = phrases
    .map((phrase) => phrase.trim().toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"'))
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\w])(?:${alternatives.join('|')})(?![\\w])`, 'g');
}
