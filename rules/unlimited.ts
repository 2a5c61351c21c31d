// unlimited: no limits, no cost ("unlimited storage", "no hidden fees",
// "free", "forever", "lifetime updates").
import { formatDuration } from '../src/capabilities/format.js';
import type { Amount, Capabilities, Fact } from '../src/capabilities/types.js';
import { clauseBefore, wordCount, type Hit, type Trigger } from '../src/check/match.js';
import { contradicted, substantiated, undeclared, type Rule } from '../src/check/rule.js';
import type { SentenceView } from '../src/check/sentence.js';
import { BUSINESS_WORDS, spokenByTheBusiness } from '../src/check/topics.js';
import type { Claim, Judgement } from '../src/types.js';

/**
 * "Free" is a promise about price only when it stands alone: "gluten-free",
 * "pain free" and "hassle-free" name a quality; "free quote", "free trial",
 * "a free strategy call", "feel free" and a button's "Get started free"
 * are calls to action, not promises of service; and "free shipping on
 * orders over $75" states its condition.
 */
const FREE_COMPOUND =
  /(?:-|\b(?:pain|gluten|sugar|fat|dairy|nut|hassle|stress|worry|risk|hands|tax|duty|toll|cruelty|care|trouble|maintenance|error|bug|interest|fee|rent|royalty|debt|smoke|allergen|lactose|spam|ad|ads|jargon|drama|clutter|fuss|friction|scratch|rust|latency|lag|feel|race|effect|lock|leak|allocation|wait)\s)$/;
const CALL_TO_ACTION =
  /^(?:\s*,\s*no[- ]obligation|[\s-]*(?:no[- ]obligation|trial|trials|quote|quotes|consultation|consult|estimate|estimates|estimations?|evaluations?|appraisals?|demo|demos|account|sign[- ]?up|tier|version|edition|sample|samples|assessment|inspection|download|e-?book|guide|template|templates|checklist|webinar|class|lesson|session|of (?:bugs|errors)|plan|plans|resources|tools?|personalized|initial|30|14|7|online|usage allowances?|allowances?|credits?|quotas?|\d))/;
/** What is offered for a first conversation, after a word or two that say what about ("a free strategy call", "a free website audit", "free roof inspections", "free auto insurance quotes"; not "free international calls", a price). */
const CONVERSATION = /^\s+(?:(?!(?:and|or|lifetime|ongoing|annual|yearly|monthly|regular|unlimited)\b)[a-z-]+\s+){1,3}(?:call|chat|meeting|session|(?:consultation|audit|review|evaluation|analysis|appraisal|proposal|estimate|quote|assessment|inspection)s?)\b/i;
/** A button or heading that starts with a call to action: "Get started free", "Start free", "Try it free", "Sign up free". */
const ACTION_BEFORE = /^\s*(?:get started|start|start now|sign[- ]?up|join|try|try it|try us|register|download|book|claim|create an account)(?: for)?\s+$/i;
/**
 * A condition stated with the offer, a spend ("on orders over $75", "orders above £50", "free delivery over $25") or
 * a region ("shipping within the continental United States is free", "free delivery to mainland UK"): the offer's own
 * limit, stated.
 */
const OFFER_CONDITION =
  /\b(?:orders?|purchases?|subtotals?|baskets?|carts?|spend(?:ing)?)\s+(?:of\s+|over\s+|above\s+|exceeding\s+|from\s+)?(?:[$£€]\s?\d|\d+(?:[.,]\d+)?\s?(?:usd|eur|gbp|dollars|euros|pounds)\b)|\bfree (?:[a-z-]+ ){1,2}(?:over|above|exceeding)\s+[$£€]\s?\d|\b(?:within|in|to|across) (?:the )?(?:continental|contiguous|mainland|lower (?:48|forty-eight))\b/i;

/** The business's visit to price a job, as what it does: "we will send an estimator", "we inspect your roof", "our surveyor will visit". */
const FREE_VISIT = /^\s*(?:we(?:'ll| will)?|our [a-z]+(?: will)?|let us(?: [a-z]+){0,6} and) (?:(?:send|provide|offer|give|do|carry out)\b(?: [a-z-]+){0,3} (?:estimators?|estimates?|quotes?|inspections?|assessments?|consultations?|appraisals?|evaluations?|surveys?|surveyors?|inspectors?)\b|(?:inspect|assess|quote|survey|estimate|appraise|visit)\b)/;

/** What can be offered for good: a plan, access, a licence, storage, the reader's keeping of it. */
const OFFERED_FOR_GOOD = /\b(?:free|pay once|plans?|access|licen[cs]es?|updates|upgrades|support|stor(?:e|es|ed|age)|host(?:s|ed|ing)?|accounts?|yours?|keep|kept|own|lasts?|protect(?:s|ed)?|backups?|warrant(?:y|ies)|guarantee[ds]?|pric(?:e|es|ing)|rates?|discounts?|memberships?|subscriptions?)\b/;
/** "Forever" of a feeling: "for whom we are forever grateful". */
const FOREVER_IDIOM = /^forever (?:grateful|thankful|indebted|changed|young)\b/;

function standaloneFree(view: SentenceView, hit: Hit): boolean {
  if (FREE_COMPOUND.test(view.text.slice(Math.max(0, hit.start - 12), hit.start))) return false;
  const before = view.text.slice(0, hit.start);
  const after = view.text.slice(hit.end);
  if (CALL_TO_ACTION.test(after) || CONVERSATION.test(after) || ACTION_BEFORE.test(before)) return false;
  // "10 GB of free space" is an allowance, a price.
  if ((TECHNICAL_FREE.test(after) && !/\d\s*[kmgt]i?b\s+of\s+$/.test(before)) || (/^\s*$/.test(before) && FREE_AS_VERB.test(after))) return false;
  if ((VERB_SLOT_BEFORE.test(before) && VERB_OBJECT_AFTER.test(after)) || FREE_FUNCTION.after.test(after) || FREE_FUNCTION.before.test(before)) return false;
  // "You are free to cancel anytime": permitted, not at no cost ("ships free to your door" is a price).
  if (/^\s+to\b/.test(after) && /\b(?:are|is|be|feel|'re|remain|stay)(?: [a-z]+ly)?\s+$/.test(before)) return false;
  // "Free from pressure tactics", "free of pesticides": without, not at no cost.
  if (/^\s+(?:from|of)\s+(?!(?:[a-z-]+\s+){0,2}(?:charges?|costs?|fees?)\b)/.test(after)) return false;
  // "We will send an estimator to your home free of charge", "we inspect for free": the free visit to quote is a call to action too.
  // Only when the visit is what the business does ("we send an estimator", "we inspect"), not a repair after one.
  if ((/^free of charge$/i.test(hit.match[0]) || /\bfor\s+$/.test(before)) && FREE_VISIT.test(clauseBefore(view, hit.start))) return false;
  // "In 30 minutes or it's free": the remedy of a speed promise (which speed reports), not a price.
  if (/\bor (?:it's|it is|it'll be|it will be|they're|they are)\s+$/.test(before)) return false;
  // "My consultations are not only free": the call to action is the subject.
  if (/\b(?:consultations?|consults?|quotes?|estimates?|trials?|demos?|inspections?|assessments?)\s+(?:are|is)\s+(?:[a-z]+\s+){0,2}$/.test(before)) return false;
  // "Your first lesson is free": an introductory offer, a trial by another name.
  if (/\b(?:your|the) first (?:[a-z-]+\s+){1,2}(?:is|are)\s+(?:[a-z]+\s+){0,2}$/.test(before)) return false;
  // "Pay yearly and get two months free", "you will get 2 months for free": a promotion's terms, not a price promise.
  if (/\b(?:\d+|one|two|three|four|six|twelve)[- ](?:months?|weeks?|days?|years?)\s+(?:for\s+)?$/i.test(before)) return false;
  // "Permission is hereby granted, free of charge, to any person …": a software licence's grant, boilerplate in every MIT-licensed project.
  if (/\bpermission is hereby granted\W*$/.test(before)) return false;
  return !OFFER_CONDITION.test(view.text);
}

/**
 * "Free" in technical prose: what is unused ("free memory", "free disk
 * space", "free and used inodes", "the next free loop device"), and a
 * licence ("free and open source", "free software"). Not "free shipping"
 * or "a free memory upgrade", which are prices.
 */
const TECHNICAL_FREE = /^(?:\s+up\b|\s+(?:(?:disk|physical|volume|swap|system) )*(?:memory|space|blocks?|inodes?|slots?|ports?|(?:loop |zram )?devices?|disk space|variables?|sockets?|rein)\b(?! upgrades?\b)|\s+and used\b|\s*(?:,|and|&|\/)\s*(?:open[- ]source|libre)\b|\s+software\b)/;
/** A sentence that opens on "free" as a verb: "Free all previously allocated memory", "Free the IP addresses". */
const FREE_AS_VERB = /^\s+(?:all|the|a|an|some|any|your|its|their|this|that|these|those)(?= )(?! (?:first|next|1st|la)\b)/;
/**
 * "Free" as a verb inside a sentence: after "to" or a modal, with its object next ("the caller has to free the
 * object", "the collector will free them", "to free or reuse the buffer"). "Upgrade to free shipping", "access to free
 * all-day parking" and "to free or discounted shipping" have no object, so they stay a price.
 */
const VERB_SLOT_BEFORE = /\b(?:to|can|cannot|can't|must|will|won't|'ll|should|shall|would|could|may|might)\s+$/i;
const VERB_OBJECT_AFTER = new RegExp(String.raw`${FREE_AS_VERB.source}|^\s+(?:it|them|him|her|us|me|you|yourself|itself|themselves|unused|allocated|excessive)\b|^\s+(?:or|and) (?:reuse|release|close|reset|destroy|delete|clear)\b`);
/** The C library's free() beside malloc, and "use after free", a memory bug: "free(3)", "malloc/free", "a double free". */
const FREE_FUNCTION = { after: /^\(/, before: /\b(?:use[- ]after|double)[- ]$|\b(?:m?alloc|allocate|new)\/$/i };

/** Things customers buy or earn, whose lasting is a promise. */
const PAID_FOR = /\b(?:gift ?cards?|credits?|points|vouchers?|coupons?|plans?|memberships?|licen[cs]es?|subscriptions?|passes|pass|tickets?|miles|rewards?|balances?|purchases?|classes|sessions|packs?|bundles?|tokens?)\b/;

/** What a course or a service is sold by: "as many courses as you like", "attend a lesson as often as you like". */
const COURSE_OR_VISIT = /\b(?:courses?|lessons?|visits?|revisions?|consultations?|membership|classes you)\b/;

/** What the business sells, in sight: the business speaking (not of its software), or a course or visit named. */
const soldByTheBusiness = (view: SentenceView) => spokenByTheBusiness(view.text) || COURSE_OR_VISIT.test(view.text);

const TRIGGERS: Trigger[] = [
  // Not a fault that never ends ("prevents infinite loops", "an infinite retry loop", "infinite re-renders"): a bug, not an allowance.
  { name: 'unlimited', checks: 'limits', pattern: /\b(?:unlimited(?:ly)?|limitless(?:ly)?|infinite(?:ly)?(?![- ](?:[a-z]+ )?(?:loops?|looping|recursion|recursive|cycles?|redirects?|regress|re-?renders?)\b)|unmetered(?= (?:bandwidth|traffic|data|transfer|sub ?domains|domains|storage|disk|ssd|e-?mail|accounts|websites|sites|databases)\b))\b(?: ([a-z]+))?/g, subject: (match) => match[1] },
  { name: 'no limits', checks: 'limits', pattern: /\b(?:no|without) (?:usage |data |storage |bandwidth |download |upload |hard )?(?:limits|caps)\b|\bno limit (?:on|to)\b|\bsky's the limit\b/g, selfNegating: true },
  // "No throttling" of a connection the business sells ("the full power of our network with no throttling"); not a
  // program's events ("without throttling, the handler fires on every scroll", "by default there is no throttling").
  {
    name: 'no limits',
    checks: 'limits',
    pattern: /\b(?:no|without(?: any)?) (?:bandwidth |speed |data )?throttling\b/g,
    selfNegating: true,
    accept: (view) => BUSINESS_WORDS.test(view.text) || /\b(?:bandwidth|speeds?|data|plans?|network|connection|internet|broadband|isp|fibre|fiber|unlimited)\b/.test(view.text),
  },
  // As many as the reader likes, of what the business sells: "take as many courses as you like", "attend a course as
  // many times as you like", "re-watch as much as you like". Not what a program lets its user make ("create as many
  // instances as you want"): only with a course, class or lesson named, something paid for, or the business speaking.
  {
    name: 'no limits',
    checks: 'limits',
    pattern: /\bas (?:many|much)(?: [a-z][a-z-]*){0,2}? as you(?:'d| would)? (?:like|want|wish|please)\b/g,
    accept: soldByTheBusiness,
  },
  // No time limit on what the business sells ("There's no expiry date or time limit" on a course), or on a short line
  // of its own ("There are no time limits."). Not a job's or a setting's ("runs with no time limits by default").
  {
    name: 'no limits',
    checks: 'limits',
    pattern: /\bno time limits?\b/g,
    selfNegating: true,
    accept: (view) => soldByTheBusiness(view) || wordCount(view.text) <= 5,
  },
  // "There is no limit." at the start of its sentence; not "(0, meaning there is no limit)", which explains a setting.
  { name: 'no limits', checks: 'limits', pattern: /^there(?:'s| is) no limit\b/g, selfNegating: true },
  {
    name: 'no hidden fees',
    checks: 'extra fees',
    // Said another way: "you won't be charged any extra fees", "the price you see is the price you pay".
    pattern:
      /\b(?:no|zero|without(?: any)?|never any|(?:does|do|will)(?: not|n't) (?:include|have|add|involve) any)(?: [a-z]+ (?:surprises|fees|charges|costs),? (?:or|and|nor))? (?:hidden|extra|additional|surprise|setup|set-up) (?:fees?|charges?|costs?)\b|\bno surprises on (?:your|the) (?:bill|invoice)\b|\b(?:never|don't|do not|won't|will not) charges? (?:you )?extra\b|\b(?:won't|will not|never) (?:be )?charged? (?:you )?(?:any )?(?:hidden|extra|additional|surprise) (?:fees?|charges?|costs?)\b|\bthe (?:price|number|figure|total|amount|rate) (?:you see|we quote|you(?:'re| are) quoted|on (?:the|your) quote) is the (?:price|number|figure|total|amount|rate|one) you(?:'ll| will)? pay\b|\b(?:won't|will not|never) pay (?:a (?:penny|cent|dime|pound|dollar)|anything|a single (?:penny|cent)) more than (?:(?:the|your|our) (?:quote|quoted price|estimate)|we quote(?:d)?)\b|\bno call-?out (?:fees?|charges?)\b|\bno extras\b(?! (?:are|is|were|was)\b)|\bno (?:hidden |extra |surprise )?(?:upcharges?|surcharges?)\b|\ball[- ]inclusive (?:price|pricing|prices|rates?|quotes?|fees?)\b/g,
    selfNegating: true,
  },
  // Fees ruled out by name: "zero fees on swaps", "no transaction fees", "we don't charge any extra fees for shipping", "no after hours extra fees".
  {
    name: 'no hidden fees',
    checks: 'extra fees',
    pattern: /\b(?:no|zero) (?:transaction |maintenance |monthly |annual |account |booking |service |commission |withdrawal |transfer )?fees\b(?! (?:will|are|is|shall) (?:be )?(?:refunded|returned|paid back)\b)|\bwe (?:don't|do not|never|won't|will not) charge (?:you )?(?:any )?(?:[a-z]+ )?fees\b|\bno (?:(?:extra|additional) )?(?:after[- ]hours?|out[- ]of[- ]hours|weekend|holiday|evening|night|onsite|on-site|call[- ]out|travel|trip|emergency) (?:extra |additional )?(?:fees|charges|surcharges?)\b/g,
    selfNegating: true,
  },
  // No minimum to meet, and one price for all of it: "there are no minimum food and beverage charges", "all for one
  // price", "one flat price for everything". Not "no minimum version" nor "no minimum length", which are settings.
  {
    name: 'no hidden fees',
    checks: 'extra fees',
    pattern: /\bno minimum (?:(?!(?:version|length|size|value|width|height)\b)[a-z&-]+ ){0,5}?(?:charges|fees|spend|purchase)\b|\ball for one (?:low |flat |fixed |simple )?price\b|\bone (?:low |flat |fixed |simple )?price for (?:everything|it all|all of it)\b/g,
    selfNegating: true,
  },
  // "Your price stays the same — no surprises": of a price, the same promise.
  {
    name: 'no hidden fees',
    checks: 'extra fees',
    pattern: /\bno (?:billing |pricing |price )?surprises\b(?! on (?:your|the) (?:bill|invoice)\b)/g,
    selfNegating: true,
    accept: (view) => /\b(?:price|prices|pricing|priced|bill|billing|cost|costs|fees?|charges?|invoices?|rates?|quotes?)\b/.test(view.text),
  },
  // "Complimentary delivery" says "free" in a hotel's word.
  { name: 'free', checks: 'free plan', pattern: /\b(?:free|complimentary(?! (?:about|of|to|towards)\b))(?: of charge)?\b/g, accept: standaloneFree },
  // "Free" said without the word: "we'll upgrade your plan at no extra charge", "no fee for the first reschedule".
  // Read like "free": a negation before it negates it, a threshold or a region conditions it, and "at no cost to the main thread" or "at no charge to all third parties" (a licence) is no price.
  {
    name: 'at no cost',
    pattern: /\bat no (?:extra |additional )?(?:cost|charge)\b|\bno (?:charge|fee) for\b|\bwithout (?:any )?(?:charge|cost)\b|\bfree of cost\b/g,
    accept: (view, hit) => !OFFER_CONDITION.test(view.text) && !/^\s+(?:to (?!you\b)|in\b)/.test(view.text.slice(hit.end)),
  },
  {
    name: 'forever',
    checks: 'free plan',
    // Access for good, said of the reader: "you'll always have access to the course".
    pattern: /\b(?:free )?forever\b|\bfor life\b|\blifetime (?:[a-z]+ )?(?:updates|access|support|license|licence|membership|upgrades|deal|plan)\b|\balways[- ]free\b|\byou(?:'ll| will) always have access\b/g,
    // Not a process that runs or waits forever ("run a file forever", "delay forever", "0 means forever"): a setting, not a term.
    // Nor a change for good ("to change the landscape of dentistry forever"): an impact, not a term.
    // Bare "forever" is a term only of something offered ("your photos are stored forever", "support forever"), not
    // "we are forever grateful", "stop the search forever" or "the one that npm has used forever".
    accept: (view, hit) => {
      const before = view.text.slice(0, hit.start);
      if (/^forever$/i.test(hit.match[0]) && (FOREVER_IDIOM.test(view.text.slice(hit.start)) || !(OFFERED_FOR_GOOD.test(view.text) || BUSINESS_WORDS.test(view.text)))) return false;
      return (
        !/\b(?:run|runs|running|loop|loops|looping|wait|waits|waiting|delay|delays|block|blocks|blocking|hang|hangs|sleep|sleeps|retry|retries|repeat|repeats|execute|executes|means?)(?: [a-z]+){0,2}\s+$/.test(before) &&
        !/\b(?:chang(?:e|es|ed|ing)|transform(?:s|ed|ing)?|revolutioni[sz](?:e|es|ed|ing)) the(?: [a-z]+){0,4}\s+$/.test(before)
      );
    },
  },
  // What is made to last, named apart from "forever" (which is judged against a free plan): "our roofs last a lifetime"; not "a lifetime of the process".
  { name: 'lasts a lifetime', pattern: /\blasts? a lifetime\b(?! of\b)/g },
  // Of something bought or earned: "items never expire" in a cache's docs is a setting.
  { name: 'forever', checks: 'free plan', pattern: /\bno (?:expiration|expiry)(?: date)?\b|\bnever expires?\b/g, selfNegating: true, accept: (view) => PAID_FOR.test(view.text) },
];

function judge(claim: Claim, capabilities: Capabilities | undefined): Judgement {
  if (!capabilities) return undeclared(claim);
  const { pricing } = capabilities;
  if (claim.checks === 'extra fees' && pricing.extraFees) {
    const fees = pricing.extraFees;
    return fees.value ? contradicted('pricing.extra_fees is true', fees.at, 'fees listed on our pricing page') : substantiated('pricing.extra_fees is false', fees.at);
  }
  if (claim.checks === 'free plan' && pricing.freePlan) {
    const plan = pricing.freePlan;
    if (plan.value) return substantiated('pricing.free_plan is true', plan.at);
    const trial = pricing.freeTrial;
    return contradicted('pricing.free_plan is false', plan.at, trial ? `free for ${formatDuration(trial.value)}` : 'paid');
  }
  if (claim.checks === 'limits') {
    const limit = matchingLimit(claim, capabilities.limits);
    if (limit?.fact.value.value === Number.POSITIVE_INFINITY) return substantiated(`limits.${limit.key} is unlimited`, limit.fact.at);
    if (limit) return contradicted(`limits.${limit.key} is ${limit.fact.text}`, limit.fact.at, limitWording(limit.fact, claim.subject), claim.subject !== undefined);
  }
  return undeclared(claim);
}

/** "2TB of storage", "up to 50 users", "up to 5 sites"; the bare limit when the claim names no thing. */
function limitWording(fact: Fact<Amount>, subject: string | undefined): string {
  if (!subject) return fact.text;
  const { unit } = fact.value;
  if (unit === '') return `up to ${fact.text} ${subject}`;
  if (unit.toLowerCase().replace(/s$/, '') === subject.replace(/s$/, '')) return `up to ${fact.text}`;
  return `${fact.text} of ${subject}`;
}

/**
 * The declared limit a claim is about: "unlimited storage" is limited by
 * limits.storage_per_user; a bare "no limits" by any limit at all.
 */
function matchingLimit(claim: Claim, limits: Record<string, Fact<Amount>>): { key: string; fact: Fact<Amount> } | undefined {
  const entries = Object.entries(limits);
  const subject = claim.subject?.replace(/s$/, '');
  const found = subject ? entries.find(([key]) => key.split(/[_\s-]+/).some((word) => word.replace(/s$/, '') === subject)) : entries[0];
  return found ? { key: found[0], fact: found[1] } : undefined;
}

export const unlimited: Rule = {
  id: 'unlimited',
  description: 'No limits, no cost: unlimited, no limits, free, no hidden fees, forever, lifetime updates.',
  why: 'Under the UK advertising code "unlimited" is true only when heavy legitimate use meets no charge or cut-off, and "free" only when nothing beyond unavoidable cost is charged. A fair-use cap turns either into a misleading claim.',
  triggers: ['unlimited <thing>', 'no limits', 'no time limits', 'as many courses as you like', 'no throttling', 'no hidden fees', 'no minimum charges, all for one price', 'no upcharges', 'free (not free trial/quote)', 'at no extra charge', 'no fee for', 'forever', 'lifetime updates', 'no call-out fee', 'all-inclusive pricing', 'lasts a lifetime', 'the price we quote is the price you pay', "won't pay a penny more than the quote"],
  checkedAgainst: ['limits', 'pricing.extra_fees', 'pricing.free_plan', 'pricing.free_trial'],
  examples: [
    { bad: 'Unlimited storage for every team.', better: '2 TB of storage per user.' },
    { bad: 'Free forever.', better: 'Free for 14 days, then from $8 per user per month.' },
  ],
  patterns: () => TRIGGERS,
  judge,
};
