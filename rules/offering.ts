// offering: a named thing is promised that may not be offered ("fresh caviar
// daily"). Without capabilities it finds availability-of-goods promises;
// with them, every mention of an item declared not offered.
import type { Capabilities } from '../src/capabilities/types.js';
import type { Trigger } from '../src/check/match.js';
import { contradicted, substantiated, undeclared, type Rule } from '../src/check/rule.js';
import type { Claim, Judgement } from '../src/types.js';

const GOODS_TRIGGERS: Trigger[] = [
  {
    name: 'fresh daily',
    // The item sits between "fresh" and the schedule: "fresh caviar on Fridays";
    // not "a fresh install every day", which is no goods. The item's one or
    // two words are a repeat of "word and space" rather than a word and an
    // optional second one: the prefilter reads a repeat holding a space as
    // "anything", where "[a-z]+" then "[a-z]+" split a long word every way.
    pattern: /\bfresh (?!(?:start|install|installation|copy|clone|checkout|build|look|eyes|air|approach|perspective)\b)(?:(?!every\b|each\b|daily\b|on\b)[a-z]+ ){1,2}(?:daily|every day|each day|every morning|on (?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b/g,
  },
  {
    // Or the item is what the sentence is about: "Bread baked fresh daily", "Baked fresh every morning".
    name: 'fresh daily',
    pattern: /\b(?:baked|made|prepared|cooked|caught|picked|roasted|brewed|squeezed|ground|delivered) fresh (?:daily|every day|each day|every morning)\b/g,
  },
  {
    // Or the schedule is elsewhere in the sentence: "we bake freshly in-house
    // every day", "the bread is baked fresh that day". Only after a verb of
    // making: "served fresh every day" says how, not what is made daily.
    name: 'fresh daily',
    pattern: /\b(?:bak(?:e|es|ed|ing)|mak(?:e|es|ing)|made|cook(?:s|ed|ing)?|prepar(?:e|es|ed|ing)|roast(?:s|ed|ing)?|brew(?:s|ed|ing)?) fresh(?:ly)?\b/g,
    accept: (view) => /\b(?:daily|every ?day|each day|every morning|each morning|that day|all day long)\b/.test(view.text),
  },
  // "Not always in stock" is negated; only "never run out" carries its own "never".
  { name: 'always in stock', pattern: /\b(?:always|guaranteed) in stock\b|\bwe always have\b/g },
  { name: 'always in stock', pattern: /\bnever (?:runs?|run) out\b/g, selfNegating: true },
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compiled once per capabilities file, not once per sentence. */
const triggersByCapabilities = new WeakMap<Capabilities, Trigger[]>();

/** The goods triggers, and one for each item the business declared it does not offer. */
function offeringTriggers(capabilities: Capabilities | undefined): Trigger[] {
  if (!capabilities) return GOODS_TRIGGERS;
  let triggers = triggersByCapabilities.get(capabilities);
  if (!triggers) {
    triggers = [
      ...GOODS_TRIGGERS,
      ...(capabilities.offerings.notOffered?.value ?? []).map((item) => ({
        name: 'not offered',
        pattern: new RegExp(`\\b${escape(item)}(?:s|es)?\\b`, 'g'),
      })),
    ];
    triggersByCapabilities.set(capabilities, triggers);
  }
  return triggers;
}

/** Which declared item a claim names: the first declared word found in its text. */
function itemNamed(text: string, items: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  return items.find((item) => new RegExp(`\\b${escape(item)}(?:s|es)?\\b`).test(lower));
}

function judge(claim: Claim, capabilities: Capabilities | undefined): Judgement {
  const offerings = capabilities?.offerings;
  const notOffered = offerings?.notOffered;
  const missing = notOffered && itemNamed(claim.text, notOffered.value);
  if (notOffered && missing) {
    const alternative = offerings?.items?.value[0];
    const suggestion = alternative ? claim.text.replace(new RegExp(`\\b${escape(missing)}`, 'i'), alternative) : undefined;
    return contradicted(`${missing} is in offerings.not_offered`, notOffered.at, suggestion);
  }
  const offered = offerings?.items && itemNamed(claim.text, offerings.items.value);
  if (offerings?.items && offered) return substantiated(`${offered} is in offerings.items`, offerings.items.at);
  return undeclared(claim);
}

export const offering: Rule = {
  id: 'offering',
  description: 'A named thing is promised that is not, or not always, offered: "fresh caviar daily", "always in stock", any item in offerings.not_offered.',
  why: 'A dish, product or service named in an ad is a promise that it can be had. When it is declared not offered, the ad sends customers for something they cannot get.',
  triggers: ['fresh <item> daily / on <day>s', 'baked fresh … every day', 'always in stock', 'never run out', 'any item in offerings.not_offered'],
  checkedAgainst: ['offerings.not_offered', 'offerings.items'],
  examples: [
    { bad: 'Try our fresh caviar on Fridays.', better: 'Try our fresh oysters on Fridays.' },
    { bad: 'Always in stock.', better: 'Usually ships from stock within 2 days.' },
  ],
  patterns: offeringTriggers,
  judge,
};
