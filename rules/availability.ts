// availability: always-on service ("24/7", "around the clock", "call us anytime").
import { formatHours, longestOpenRun } from '../src/capabilities/format.js';
import type { Capabilities } from '../src/capabilities/types.js';
import { clauseAfter, clauseBefore, nearestTopic, type Trigger } from '../src/check/match.js';
import { contradicted, substantiated, undeclared, type Rule } from '../src/check/rule.js';
import type { SentenceView } from '../src/check/sentence.js';
import { AVAILABILITY_TOPICS, BUSINESS_WORDS } from '../src/check/topics.js';
import type { Claim, Judgement } from '../src/types.js';

/**
 * "Anytime" promises someone is there only for live contact (a call, a chat,
 * a visit); "reach out anytime" or "cancel anytime" invites or permits, and
 * promises no one.
 */
const LIVE_CONTACT =
  /\b(call|calls|phone|ring|talk|speak|chat|visit|drop in|drop by|stop by|come in|come by|walk in|available|open|here for you|there for you|on call|reachable|answer|answers|respond|pick up|reach a (?:real |live )?(?:human|person))\b/;

/**
 * What "24/5" must stand right beside to be hours, not a date ("open on
 * 24/5", "call us before 24/5", "line 24/5") or a size ("24x5 pixels"): a
 * service after it ("24/6 Support", "24/5 customer service"), or a verb of
 * being there before it ("available 24/5", "trade 24/5", "call us 24/5").
 */
const SERVICE_AFTER = /^\s+(?:[a-z]+ )?(?:support|service|help ?desk|helpline|hotline|help|assistance|care|cover(?:age)?|monitoring|trading|availability|access|desk)\b/;
const THERE_BEFORE = /\b(?:available|open|staffed|manned|answered|reachable|monitored|on call|trade|trading|support|(?:call|reach|contact|phone|ring|chat with) us|here|there)\s+$/;

function liveContactNearby(view: SentenceView, hit: { start: number; end: number }): boolean {
  return LIVE_CONTACT.test(clauseBefore(view, hit.start) + ' ' + clauseAfter(view, hit.end));
}

/** "Call us anytime during business hours" promises office hours, not every hour. */
const WITHIN_OFFICE_HOURS = /\b(?:during|in|within) (?:our |normal |regular |usual )?(?:business|office|opening|working|trading|support) hours\b/;

function limitedToOfficeHours(view: SentenceView, hit: { start: number; end: number }): boolean {
  return WITHIN_OFFICE_HOURS.test(clauseBefore(view, hit.start) + ' ' + clauseAfter(view, hit.end));
}

const TRIGGERS: Trigger[] = [
  // "24*7" apart and without "/365": the prefilter reads "*" as markup that may run on, and
  // an optional run of it beside another would make its loose pattern backtrack on long punctuation.
  // "/365" only written solid: with room for spaces around its "/", the loose pattern split a long
  // run of " /" after "24/7" every way (quadratic: 2 s at 40 KB). "24 / 7 / 365" is found as "24 / 7".
  // Not a date ("updated 24/7/2023", "2023/24/7"): no number joined on by a slash or dot on either side.
  { name: '24/7', pattern: /(?<![\d/.])\b(?:24|twenty-four)\s*(?:\/|x|×|-)\s*(?:7|seven)(?:(?:\/|x|×)365)?\b(?![/.]\d)|\b24\*7\b/g },
  {
    name: '24 hours a day',
    pattern: /\b(?:24|twenty-four) hours a day(?:(?:,|,? and)? (?:7|seven|6|six|5|five) days a week)?(?:(?:,|,? and)? 365 days a year)?/g,
  },
  {
    // Round the clock on some days only: "24/6 Support", "24/5 customer service", "trade 24/5". Not a date ("closed on
    // 24/5", "24/5/2025") or a size ("24x5 pixels"): see SERVICE_AFTER.
    name: '24/5',
    pattern: /(?<![\d/.])\b24\s*(?:\/|x|×)\s*[56]\b(?![/.]\d)/g,
    accept: (view, hit) => SERVICE_AFTER.test(view.text.slice(hit.end)) || THERE_BEFORE.test(view.text.slice(0, hit.start)),
  },
  {
    // "24-hour emergency plumber", "open 24 hours": a service never closed, said without "a day".
    // Not "24-hour response" or "24-hour delivery" (a speed), nor "available 24 hours after release".
    name: '24 hours a day',
    pattern:
      /\b(?:24|twenty-four)[- ]?(?:hour|hr)s?(?= (?:emergency|call-?outs?|services?|support|helplines?|hotlines?|help ?desk|help|assistance|care|cover(?:age)?|locksmiths?|plumb(?:ers?|ing)|electricians?|towing|breakdown|recovery|security|monitoring|reception|concierge|customer (?:service|care|support)|phone|line|on-call|nurses?|pharmacy|vets?|veterinary|gym|staff(?:ed|ing)?|availability)\b)|\b(?:open|available|staffed|manned|on call|answered|reachable) (?:24|twenty-four) ?(?:hours|hrs)\b(?! (?:a day|after|before|later|from|of|in advance|notice|prior|ahead|each|per))/g,
    // Someone else's: "contact details for local 24-hour emergency clinics" ("your local 24-hour locksmith" is the business).
    // "Open 24 hours" of a thing, not a service ("keep the port open 24 hours"): only with the business or a service named, or opening its sentence.
    accept: (view, hit) => {
      const before = view.text.slice(0, hit.start);
      if (/\b(?:nearby|nearest|other|another|area|several|many|numerous|some|two|three)\s+$|(?<!\b(?:your|our|the)\s)\blocal\s+$/.test(before)) return false;
      // One the reader is sent to find, when the business says nothing of itself: "in a burst pipe, call a 24-hour emergency plumber" (not "Need a 24-hour plumber? Call us").
      if (/\b(?:call|find|contact|look for|search for|hire|get|choose|ring|phone)\s+an?\s+$/.test(before) && !BUSINESS_WORDS.test(view.text)) return false;
      if (!/^(?:open|available|staffed|manned|on call|answered|reachable) /.test(hit.match[0])) return true;
      return BUSINESS_WORDS.test(view.text) || /^\s*$/.test(before) || /\b(?:support|help|service|team|staff|emergency|office|shop|store|clinic|line|phone|hotline|reception)\b/.test(before);
    },
  },
  // Every day is covered, but not every hour.
  { name: '7 days a week', checks: 'support days', pattern: /\b(?:7|seven) days (?:a|per|every|each) week\b|\b(?:open|available) every day\b(?! (?:except|but|apart from)\b)|\b(?:open|available) everyday(?=\s*(?:$|[.!,;]))/g },
  { name: '365 days a year', checks: 'support days', pattern: /\b365 days (?:a|per|every|each) year\b|\bevery day of the year\b/g },
  { name: 'around the clock', pattern: /\b(?:a?round)[- ]the[- ]clock\b/g },
  // In every season, though not said to be every day: "we are here for you year round", "open year-round". Of the
  // business being there; not "the sensor runs year-round" or "year-round sunshine". Checked against no declared
  // days, since a business closed on Sundays is still open year-round.
  {
    name: 'year-round',
    checks: 'open seasons',
    pattern: /\b(?:(?:here|there) for you|open|available|on call|serving (?:you|[a-z]+ county|the [a-z]+ area))(?: [a-z]+)? (?:all )?year[- ]round\b|^\s*open year[- ]round\b/g,
    accept: (view, hit) => BUSINESS_WORDS.test(view.text) || hit.start === 0,
  },
  {
    name: 'always available',
    pattern:
      /\balways(?: be)?(?: (?:readily|immediately|easily|fully|equipped and))? (?:available|open|on|online|here|there for you|ready|reachable|on call|on hand|by your side|(?:just |only )?a (?:phone )?call away|staffed|awake)\b|\b(?:available|here|there)(?: for you)? (?:whenever|when) you need (?:us|help|(?:assistance|support)(?=\s*(?:[.,;!]|$)))\b|\b(?:we're|we are|i'm|i am) (?:your|the|a|an|here|there|always|on) (?:(?!(?:that|which|who)\b)[a-z-]+ ){0,4}?whenever you need (?:us|help|assistance|support|a hand)(?=\s*(?:[.,;!]|$))|\b(?:just|only) a (?:phone )?call away\b(?<=\b(?:we|we're|we are|help|support|assistance|someone|us|team|experts?|technicians?|[a-z]+ers?) (?:is |are |'re )?(?:always )?(?:just|only) a (?:phone )?call away)|\b(?<!-)(?:help|support|assistance) (?:whenever|when) you need (?:it|us)\b/g,
    // "always open to feedback" is about attitude, not opening hours. "Available
    // when you need us" is the same promise said from the reader's side.
    // "Always ready to help" still promises someone there.
    // "We're your go-to tech resource whenever you need assistance": the business, there whenever the reader needs it.
    // "Help whenever you need it" from the business, or as a heading ("Expert help whenever you need it"): not "ask the forum for help whenever you need it".
    accept: (view, hit) =>
      !/^\s*to\b(?! (?:help|assist|serve|answer|respond|support|take (?:your |any )?calls?)\b)/.test(view.text.slice(hit.end)) &&
      (!/^(?:help|support|assistance) /.test(hit.match[0]) || BUSINESS_WORDS.test(view.text) || /^\s*(?:[a-z-]+ ){0,2}$/.test(view.text.slice(0, hit.start))),
  },
  { name: 'always-on', pattern: /\balways-on\b/g },
  {
    name: 'at any time',
    pattern: /\b(?:at all times|at any hour|at all hours|any time of (?:the )?(?:day|night)|day or night|day and night|night and day|no matter the hour|whatever the hour)\b/g,
    // "We'll be honest with you at all times" promises a manner, not opening hours.
    accept: (view, hit) => !/\b(?:honest|courteous|polite|respectful|professional|transparent|friendly|kind|fair|truthful)\b/.test(clauseBefore(view, hit.start)),
  },
  { name: 'anytime', pattern: /\b(?:anytime|any time)\b/g, accept: liveContactNearby },
  // "Your building is never unattended": someone is always there.
  { name: 'never closed', pattern: /\bnever (?:close|closes|closed|sleeps?|unattended|unmonitored|unstaffed)\b|\bwe never sleep\b/g, selfNegating: true },
];

/** Clock times, as a schedule gives them: "from 8am to 8pm", "9:00–17:00". */
const CLOCK_HOURS = /\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}[:.]\d{2}\s*(?:-|–|to)\s*\d{1,2}[:.]\d{2}\b/;

/**
 * With no capabilities file, days stated with their hours ("7 days a week
 * from 8am to 8pm") are a schedule the copy gives in full, measured rather
 * than absolute, as "open Mon–Fri, 9–5" is. With a file, they are still
 * checked against the declared hours.
 */
const TRIGGERS_WITHOUT_FILE: Trigger[] = TRIGGERS.map((trigger) =>
  trigger.checks === 'support days' ? { ...trigger, accept: (view, hit) => !CLOCK_HOURS.test(view.text) && (trigger.accept?.(view, hit) ?? true) } : trigger,
);

function judge(claim: Claim, capabilities: Capabilities | undefined): Judgement {
  if (!capabilities) return undeclared(claim);
  if (claim.topic === 'uptime') return judgeUptime(claim, capabilities);
  const hours = capabilities.support.hours;
  // Open in every season: any weekly schedule declared keeps it, however short its days.
  if (claim.checks === 'open seasons') return hours ? substantiated(`support.hours is ${hours.text}`, hours.at) : undeclared(claim);
  if (!hours) return capabilities.uptime && !claim.topic ? judgeUptime(claim, capabilities) : undeclared(claim);

  const channels = capabilities.support.channels;
  const channel = claim.subject;
  if (channels && channel && !channels.value.includes(channel)) {
    return contradicted(`${channel} is not a declared support channel (${channels.text})`, channels.at, `${channels.value.join(' or ')}`);
  }
  if (hours.value.always) return substantiated(`support.hours is ${hours.text}`, hours.at);
  // "24/5" or "24 hours a day, 6 days a week" is kept by that many days' hours without a break ("Mon-Fri 00:00-24:00").
  const days = roundTheClockDays(claim.text);
  if (days < 7 && longestOpenRun(hours.value.spans) >= days * 24 * 60) return substantiated(`support.hours is ${hours.text}`, hours.at);
  if (claim.checks === 'support days') {
    const openDays = new Set(hours.value.spans.map((span) => span.day));
    if (openDays.size === 7) return substantiated(`support.hours is ${hours.text}`, hours.at);
  }
  return contradicted(`support.hours is ${hours.text}`, hours.at, formatHours(hours.value), true);
}

/** How many days a week a round-the-clock promise covers: 5 for "24/5" or "24 hours a day, five days a week", else 7 (and always with "365 days a year"). */
function roundTheClockDays(text: string): number {
  if (/\b365\b/.test(text)) return 7;
  const days = /^24\s*(?:\/|x|×)\s*([56])\b|\b(5|five|6|six) days a week\b/i.exec(text);
  if (!days) return 7;
  return /^(?:5|five)$/i.test(days[1] ?? days[2]) ? 5 : 6;
}

function judgeUptime(claim: Claim, capabilities: Capabilities): Judgement {
  const uptime = capabilities.uptime;
  if (!uptime) return undeclared(claim);
  if (uptime.value >= 100) return substantiated(`uptime is ${uptime.text}`, uptime.at);
  // Reads right in place of "always available", "always online", "here when you need us"; not of "24/7", "always-on" or "we never sleep".
  return contradicted(`uptime is ${uptime.text}, not 100%`, uptime.at, `available ${uptime.value}% of the time`, /^(?:always |(?:available|here|there)\b)/i.test(claim.text));
}

/** Which contact channel a claim names, in the words of capabilities' channels list. */
const CHANNELS: Array<[string, RegExp]> = [
  ['phone', /\b(call|calls|phone|ring|hotline|talk|speak)\b/],
  ['chat', /\b(chat|live chat|messenger)\b/],
  ['email', /\b(email|e-mail|mail)\b/],
];

export const availability: Rule = {
  id: 'availability',
  description: 'Always-on service: 24/7, around the clock, always available, call us anytime, 365 days a year.',
  why: 'A customer who reads "24/7" and calls at 3 a.m. on a Sunday expects someone to answer. If nobody does, the promise, not the closed office, is what they remember.',
  triggers: ['24/7', '24/5, 24/6', '24 hours a day', '24-hour service', 'open 24 hours', '7 days a week', '365 days a year', 'year-round', 'around the clock', 'always available', 'always open', 'anytime (with a call, chat or visit)', 'at all times', 'day or night', 'never closed', 'a phone call away'],
  checkedAgainst: ['support.hours', 'support.channels', 'uptime'],
  examples: [
    { bad: 'Our friendly team is here for you 24/7.', better: 'Our friendly team is here for you Tue–Sun, 11:00–22:00.' },
    { bad: 'Call us anytime.', better: 'Call us Mon–Fri, 9:00–17:00; email us any time and we reply within a day.' },
    { bad: 'Your files, always available.', better: 'Your files, available 99.9% of the time (see our status page).' },
  ],
  patterns: (capabilities) => (capabilities ? TRIGGERS : TRIGGERS_WITHOUT_FILE),
  refine(found) {
    return found
      // "Open 7 days a week during business hours" still promises every day.
      .filter(({ claim, hit, view }) => claim.checks === 'support days' || !limitedToOfficeHours(view, hit))
      .map(({ claim, hit, view }) => {
        const topic = nearestTopic(view, hit, AVAILABILITY_TOPICS);
        const near = clauseBefore(view, hit.start) + ' ' + clauseAfter(view, hit.end);
        const channel = CHANNELS.find(([, pattern]) => pattern.test(near))?.[0];
        return { ...claim, topic, subject: channel };
      });
  },
  judge,
};
