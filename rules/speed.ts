// speed: a response, resolution, delivery or setup time ("instant",
// "within 15 minutes", "same-day").
import { formatDuration } from '../src/capabilities/format.js';
import type { Capabilities, Fact } from '../src/capabilities/types.js';
import { clauseBefore, clauseWithSubjectBefore, GRAMMAR_WORDS, headsAShortLine, mentions, nearestTopic, saidOfItsOwn, wordCount, type Hit, type Trigger } from '../src/check/match.js';
import { duration, NUMBER, TIME_UNIT } from '../src/check/quantity.js';
import { contradicted, substantiated, undeclared, type Rule } from '../src/check/rule.js';
import type { SentenceView } from '../src/check/sentence.js';
import { BUSINESS_WORDS, DELIVERY_WORDS, SETUP_WORDS, SPEED_TOPICS, SUPPORT_WORDS } from '../src/check/topics.js';
import type { Claim, Judgement, Topic } from '../src/types.js';

const fixed = (minutes: number) => (match: RegExpExecArray) => ({ kind: 'duration' as const, minutes, text: match[0] });

/** Words of no delay at all, which can say when something happens rather than how fast. */
const NO_DELAY = /^(?:instant|instantly|immediate|immediately|right away|straight away|on the spot|without delay|real[- ]time)$/;

/**
 * "Immediately after a procedure" or "invoked immediately after resolving"
 * describes timing, not a promise; "you can start immediately" is a
 * self-service fact. Only a word of no delay reads so: after a span of
 * time, "when" or "if" sets a condition on the promise and it stands ("we
 * answer within an hour when you call", "same-day on orders before noon").
 */
function promisesSpeed(view: SentenceView, hit: { start: number; end: number }): boolean {
  const timesAMoment = NO_DELAY.test(view.text.slice(hit.start, hit.end)) && /^\s*(after|before|upon|on|when|once|following|if|afterwards)\b/.test(view.text.slice(hit.end));
  return !timesAMoment && servesFast(view, hit);
}

/**
 * The business speaks, a service or what is served is named, or a short
 * tagline opens on the hit ("Immediate response."). Of the words of
 * resolving, not "resolve" itself: "the promise will resolve immediately"
 * is software.
 */
function someoneServes(view: SentenceView, hit: { start: number; end: number }): boolean {
  if (BUSINESS_WORDS.test(view.text) || SERVICE_IN_SIGHT.test(view.text)) return true;
  // "Immediately close the session.": a line opening on an instruction, as API docs describe a method; not a tagline.
  return headsAShortLine(view, hit) && !/^\s+[a-z]+ (?:the|a|an|all|this|that|its|any)\b/.test(view.text.slice(hit.end));
}

/** A service, or what one hands over, named in the sentence: "leaks fixed right away", "get a quote right away", "funds available immediately". */
const SERVICE_IN_SIGHT = new RegExp(
  `${SUPPORT_WORDS.source}|${DELIVERY_WORDS.source}|${SETUP_WORDS.source}|\\b(?:fix(?:es|ed)?|solve[sd]?|repair(?:s|ed)?|quotes?|estimates?|approvals?|approved|results|relief|funds|payouts?|refunds?|your)\\b`,
);

/** The auxiliary of a passive ("is fixed", "get sent"), and a participle; the adverb may stand after either. */
const AUXILIARY = String.raw`\b(?:is|are|be|been|get|gets)`;
const PARTICIPLE = String.raw`[a-z]+(?:ed|en|wn)`;
const PASSIVE_BEFORE = new RegExp(String.raw`${AUXILIARY} ${PARTICIPLE}\s*$`);
const AUXILIARY_BEFORE = new RegExp(String.raw`${AUXILIARY}\s*$`);
const PARTICIPLE_AFTER = new RegExp(String.raw`^\s+${PARTICIPLE}\b`);

/** What promisesSpeed asks besides the words right after the hit. */
function servesFast(view: SentenceView, hit: { start: number; end: number }): boolean {
  const before = clauseBefore(view, hit.start);
  // "Other errors are thrown immediately" documents how software behaves;
  // a passive verb with no service in sight is description, not a promise.
  // So is the adverb inside the passive: "the new subtest is immediately marked as failed".
  const passive = PASSIVE_BEFORE.test(before) || (AUXILIARY_BEFORE.test(before) && PARTICIPLE_AFTER.test(view.text.slice(hit.end)));
  if (passive && !SPEED_TOPICS.some(([, words]) => words.test(view.text))) return false;
  // "Changes take effect immediately" says when a setting applies, not how fast anyone serves.
  // Nor do "access ends immediately" and "the link expires right away" ("leaks stop immediately" is a result, and stays).
  if (/\b(?:tak(?:e|es|ing|en) effect|end(?:s|ed)?|expire[sd]?|terminate[sd]?|cease[sd]?|(?:is|are) (?:revoked|cancell?ed|deleted|removed|disabled))\s*$/.test(before)) return false;
  // "Requires immediate medical attention": how urgent a need is, not how fast anyone serves ("we meet your needs immediately" still promises).
  if (/^immediate$/.test(view.text.slice(hit.start, hit.end)) && /\b(?:requires?|required|requiring|needs?|needed|needing|seeks?|seeking|demands?|demanding)\s*$/.test(before)) return false;
  // "The entire balance shall become due and payable immediately": the customer pays, no one serves.
  if (/\b(?:due|payable)\s*$/.test(before)) return false;
  // "Contact us within 24 hours", "your alert must be made within 24 hours": a time the customer acts in.
  // Not "every ticket must be answered within 1 hour" or "our drivers must deliver within 30 minutes": the business's own duty.
  if (CUSTOMER_CONTACTS.test(before) || (CUSTOMER_DUTY.test(before) && !BUSINESS_WORDS.test(before) && !BUSINESS_ACTS.test(before))) return false;
  return !/\b(you can|you may|you'll be able to|feel free)\b/.test(before);
}

/**
 * The customer told to get in touch, right before the time: "contact us", "let us know", "please call our office
 * immediately", "seek medical attention right away". Not "we call the customer immediately": only the business's own
 * places are named after "the".
 */
const CUSTOMER_CONTACTS =
  /\b(?:(?:contact|call|phone|ring|email|e-mail|notify|tell|inform|text|message|visit)(?: us| (?:our|the) (?:office|clinic|practice|shop|store|team|hotline|helpline|emergency line|front desk|dentist|doctor|vet))|let us know|seek (?:[a-z]+ )?(?:care|attention|help|treatment|advice))\s*$/;
/** A duty right before the time ("must be done", "need to call"), the customer's unless the business or its service is named. */
const CUSTOMER_DUTY = /\b(?:must|have to|need to)(?: [a-z-]+){0,3}\s*$/;

/**
 * "A timeout in seconds", "the duration (in seconds)", "expressed in
 * minutes": the unit a value is given in, not how soon anything happens.
 * Also further back in the clause ("the duration of the benchmark in
 * seconds"), or after a comma at the end of a sentence that names the quantity
 * ("time used by the process, in seconds."; not "Get your site live, in
 * minutes.").
 */
function namesAUnit(view: SentenceView, hit: { start: number; end: number }): boolean {
  if (!/^in [a-z]+$/.test(view.text.slice(hit.start, hit.end))) return false;
  const before = view.text.slice(0, hit.start);
  if (/(?:\(|\b(?:timeout|period|duration|time|interval|delay|age|value|limit|length|ttl|expiry|expiration|lifetime|wait time|frequency|offset|number|amount|given|expressed|measured|specified|counted|shown|displayed))\s*$/.test(before)) return true;
  if (/\b(?:time|value|size|amount|length|age)\b[^.;]*,\s*$/.test(before) && /^[\s.)]*$/.test(view.text.slice(hit.end))) return true;
  return /\b(?:timeout|duration|interval|ttl|elapsed|expiry|expiration)\b/.test(clauseBefore(view, hit.start));
}

/**
 * "Real-time" before a noun names a feature of software: "real-time sync",
 * "real-time information about running processes", "a real-time media
 * server". Only people serving in real time promise a speed ("real-time
 * support", "real-time answers").
 */
function namesAFeature(after: string): boolean {
  const next = /^[- ]([a-z]+)/.exec(after)?.[1];
  return next !== undefined && !FUNCTION_WORDS.has(next);
}

/** What people give in real time. */
const REAL_TIME_SERVICE = /^(?:(?:customer|expert|human|live|personal|technical|tech) )?(?:support|help|assistance|advice|responses?|replies|answers|service|care|chat|quotes?|confirmations?)\b/;
/** Words that end the phrase "real time" rather than name what it describes. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(['with', 'and', 'or', 'for', 'to', 'by', 'from', 'via', 'as', 'on', 'in', 'at', 'so', 'while', 'across', 'of', 'through', 'using', 'when', 'whenever', 'wherever', 'without', 'around', 'every', 'all', 'day', 'anywhere', 'too', 'also', 'is', 'are', 'was', 'were', 'will', 'we', 'you', 'they', 'it']);

/** "In seconds" that is no unit, promising speed. */
function promisesSpeedNotAUnit(view: SentenceView, hit: { start: number; end: number }): boolean {
  return !namesAUnit(view, hit) && promisesSpeed(view, hit);
}

/** Bare durations ("in 5 minutes") are promises only when they time a service. */
function timesAService(view: SentenceView, hit: { start: number; end: number }): boolean {
  return promisesSpeed(view, hit) && (mentions(view, SUPPORT_WORDS) || mentions(view, DELIVERY_WORDS) || mentions(view, SETUP_WORDS));
}

/**
 * "Within 30 days of purchase" is a window for the customer to act in, not
 * a speed; "we will confirm within 24 hours of booking" and "shipped within
 * 1-3 days after your order is processed" time the business, and are.
 */
function notAWindow(view: SentenceView, hit: { start: number; end: number }): boolean {
  // "Easy returns within 7 days": what the customer may do, and for how long.
  if (/\b(?:returns?|exchanges?|cancell?ations?)(?: (?:are |is )?(?:accepted|allowed|possible|welcome))?\s+$/.test(clauseBefore(view, hit.start))) return false;
  if (!/^\s*(of|after|from|before|prior)\b/.test(view.text.slice(hit.end))) return promisesSpeed(view, hit);
  const before = clauseBefore(view, hit.start);
  // The business must be named, or its service: "the server sends a frame within 10 s of connecting" documents software.
  const ofTheBusiness = BUSINESS_WORDS.test(before) || mentions(view, SUPPORT_WORDS) || mentions(view, DELIVERY_WORDS);
  return BUSINESS_ACTS.test(before) && !CUSTOMER_ACTS.test(before) && ofTheBusiness && servesFast(view, hit);
}

/** A time given as an upper bound: "within", "in under", "in 30 minutes or less". */
const BOUNDED_TIME = /^(?:within|in under|in less than|in no more than)\b| or (?:less|under|sooner|it's free|it is free)$/;

/** Verbs of the business serving: confirming, replying, shipping. */
const BUSINESS_ACTS = /\b(?:confirm(?:s|ed)?|repl(?:y|ies)|respond(?:s|ed)?|answer(?:s|ed)?|ship(?:s|ped)?|deliver(?:s|ed)?|dispatch(?:es|ed)?|process(?:es|ed)?|sen[dt]s?|contact(?:s|ed)?|call(?:s|ed)? you|get back to you|schedul(?:e|es|ed)|install(?:s|ed)?)\b/i;
/** Verbs of the customer acting within a window: returning, claiming, reporting. */
const CUSTOMER_ACTS = /\b(?:return(?:s|ed)?|refund(?:s|ed)?|exchang(?:e|es|ed)|cancel(?:s|led|ed)?|claim(?:s|ed)?|report(?:s|ed)?|notify|request(?:s|ed)?|submit(?:s|ted)?|must|please|you (?:may|can|must|have))\b/i;

/** Verbs of the business coming to the customer's aid. */
const SERVING_VERBS =
  "respond|responds|responding|reply|replies|replying|answer|answers|answering|get back to|gets back to|arrive|arrives|arriving|resolve|resolves|resolving|fix|fixes|fixing|repair|repairs|deliver|delivers|ship|ships|dispatch|dispatches|attend to|address|addresses|handle|handles|react|reacts|assist|assists|diagnose|assess|assesses|come out|be there";
/** Speed said with no time. */
const VAGUE_SPEED = '(?:quickly|promptly|swiftly|speedily|rapidly|in a timely (?:manner|fashion))';

/**
 * What a business offers that can be fast, which vague speed makes a boast (see the trigger). Not setup or
 * installation: "Quick installation" and "Quick setup" head the first steps of documentation; not connections,
 * results, support or pages ("Fast Connection Pooling", "Quick Results", "quick support for Windows paths", "our
 * quick tour pages"), nor "swift" (the language) or "prompt" (the noun: "prompt caching support").
 */
const WHAT_CAN_BE_FAST = 'services?|solutions?|speeds?|websites?|sites?|servers?|hosting|sales?|turnaround|way|care|team';
/** No describing word between speed and what is offered ("a fast way for the reader to …" is still one, "faster than that way" is not). */
const NOT_DESCRIBING_SPEED = `${GRAMMAR_WORDS}|than|that|which|as`;

/** What copy pairs speed with: "fast and affordable", "simple, fast". */
const VIRTUES = 'simple|easy|affordable|reliable|friendly|efficient|professional|hassle-free|convenient|cheap|painless|accurate|secure|safe';

const TRIGGERS: Trigger[] = [
  {
    // A range ("within 1-2 business days") promises its upper end; "takes 2 days" states a time like "in 2 days".
    // "In 30 minutes or less" bounds the time as "within" does, and so does "… or it's free".
    name: 'within',
    pattern: new RegExp(`\\b(?:within|in under|in less than|in no more than|under|in|takes?|taking)(?: just| only)? (?:(${NUMBER}) ?(?:-|–|to) ?)?(${NUMBER}) (${TIME_UNIT})\\b(?: or (?:less|under|sooner|it's free|it is free)\\b)?`, 'g'),
    quantity: (match) => duration(match[2], match[3], match[0]),
    // "In 10 minutes or less" still times a service only where one is named ("the test suite runs in 10 minutes or less" does not).
    accept: (view, hit) => (/^(?:within|in under|in less than|in no more than)\b/.test(hit.match[0]) ? notAWindow(view, hit) : timesAService(view, hit)),
  },
  {
    name: 'within',
    // What is turned round may come between: "24 hour revisions turnaround", "48-hour repair turnaround".
    pattern: new RegExp(`\\b(${NUMBER})[- ](${TIME_UNIT})(?: or less)?(?: [a-z]+(?= turnaround\\b))? (?:response|reply|replies|turnaround|delivery|shipping|dispatch|resolution|setup|set-up|support response)\\b`, 'g'),
    quantity: (match) => duration(match[1], match[2], match[0]),
    accept: promisesSpeed,
  },
  // A repair or a visit timed the same way: "30-Min Repairs", "1-hour installation". Not 24 hours, which is as often
  // round-the-clock service ("24-hour repairs"), nor "a second callback", an ordinal.
  {
    name: 'within',
    pattern: new RegExp(`\\b(?!24[- ]h|(?:a|an|the)[- ])(${NUMBER})[- ](${TIME_UNIT}) (?:repairs?|fix(?:es)?|installs?|installations?|pick-?ups?|collections?|call-?backs?|screen replacements?)\\b(?! (?:videos?|guides?|tutorials?|manuals?|kits?|courses?|class(?:es)?|lessons?|windows?|slots?|tests?|events?|requests?|handlers?|functions?)\\b)`, 'g'),
    quantity: (match) => duration(match[1], match[2], match[0]),
    accept: promisesSpeed,
  },
  // "We'll get back to you within a few hours": a few is three at most.
  { name: 'in minutes', pattern: /\b(?:in|within) (?:just )?(?:a few|a couple of) hours\b/g, quantity: fixed(180), accept: promisesSpeedNotAUnit },
  { name: 'in seconds', pattern: /\b(?:in|within) (?:just |mere )?(?:a few )?seconds\b/g, quantity: fixed(1), accept: promisesSpeedNotAUnit },
  { name: 'in minutes', pattern: /\b(?:in|within) (?:just |mere )?(?:a few )?minutes\b|\bin a minute\b/g, quantity: fixed(59), accept: promisesSpeedNotAUnit },
  {
    name: 'instant',
    // "Instant coffee" and "instant gratification" are kinds of things.
    pattern:
      /\b(?:instant(?! (?:gratification|coffee|noodles|oatmeal|messag(?:e|es|ing)|messenger|pot|karma|classic|replay|camera|film)\b)|instantly|immediate(?! (?:risk|danger|threat|hazard|effect|effects|vicinity|family|future|surroundings|area|aftermath|neighbou?rs?)\b)|immediately|right away|straight away|on the spot|without delay)\b/g,
    quantity: fixed(0),
    // "Start your trial immediately", "begin right away": the reader is the one who starts, at once.
    // (A time to be up and running is a promise: "start automating in minutes".)
    // "Get instant access" alone is a button, like "Get started free".
    // "Immediately", "right away" and the like need someone to serve: the business, or a service named ("orders ship
    // immediately"), or a tagline that opens on it ("Immediate response."). Software doing something at once ("the promise
    // resolves immediately", "data is instantly flushed to disk") documents how it behaves. The adjective "instant" stays a
    // product's claim on its own ("Instant hot-reloading when content changes").
    accept: (view, hit) =>
      !/^\s*(?:start|begin|get started)\b(?! with\b)/.test(clauseBefore(view, hit.start)) &&
      !/^\s*(?:get|gain|unlock) instant (?:access|download)\s*[.!]?\s*$/.test(view.text) &&
      (/^instant$/i.test(hit.match[0]) || someoneServes(view, hit)) &&
      // Not what the reader is looking for: "if you're looking for an immediate repair service, call us".
      !/\b(?:looking for|searching for|in need of)(?: an?| the)?\s+$/.test(view.text.slice(0, hit.start)) &&
      promisesSpeed(view, hit),
  },
  {
    name: 'instant',
    pattern: /\breal[- ]time\b/g,
    quantity: fixed(0),
    // Said of how something happens, it is a promise only where the business speaks:
    // "we track your order in real time", not "monitor I/O latency in real time" or "see orders flow in real-time".
    accept: (view, hit) => {
      const after = view.text.slice(hit.end);
      if (REAL_TIME_SERVICE.test(after.slice(1))) return promisesSpeed(view, hit);
      return !namesAFeature(after) && BUSINESS_WORDS.test(view.text) && promisesSpeed(view, hit);
    },
  },
  {
    // "answers calls the moment they arrive", "on the first ring": no wait at all, said as an idiom.
    name: 'instant',
    // Not "from the moment you arrive", which means "since".
    pattern: /\b(?<!from )the (?:moment|instant|second|minute) (?:they|it|you|your [a-z]+|[a-z]+s) (?:arrive|arrives|come in|comes in|call|calls|land|lands|ask|asks|reach out|reaches out|get in touch|gets in touch)\b|\b(?:on|by) the (?:first|second) ring\b/g,
    quantity: fixed(0),
    accept: promisesSpeed,
  },
  { name: 'same-day', pattern: /\bsame[- ]day\b/g, quantity: fixed(720), accept: promisesSpeed },
  // "Orders placed by 2pm ship the same business day."
  // Or "your order ships today" (not "the release ships today": an order is the customer's), or "we'll fix it today".
  { name: 'same-day', pattern: /\b(?:ships?|shipped|dispatch(?:es|ed)?|deliver(?:s|ed)?|process(?:es|ed)?) (?:on )?the same (?:business |working )?day\b|\b(?:your|all|every|each|the|most) orders? (?:ships?|goes out|go out|dispatch(?:es)?|(?:is|are) (?:shipped|dispatched)) today\b|\b(?:we|i)(?:'ll| will| can)? (?:fix|repair|deliver|install|replace|service|unlock) (?:it|them|your [a-z]+) today\b/g, quantity: fixed(720), accept: promisesSpeed },
  { name: 'next-day', pattern: /\b(?:next[- ](?:business[- ]|working[- ])?day|overnight)\b/g, quantity: fixed(1440), accept: promisesSpeed },
  // Served while the customer is still there: "keys cut while you wait", "we diagnose problems while you wait".
  // Of a service done then, not "enjoy a free coffee while you wait".
  {
    name: 'while you wait',
    pattern: /\bwhile you wait\b/g,
    accept: (view, hit) => promisesSpeed(view, hit) && /\b(?:cut|copied|repair(?:s|ed)?|fix(?:es|ed)?|done|made|ready|replac(?:e|ed|ement)|print(?:s|ed|ing)?|install(?:s|ed)?|diagnos(?:e|ed|is)|test(?:s|ed)?|serviced?|fitted|changed|cleaned|developed)\b/.test(clauseBefore(view, hit.start)),
  },
  {
    // Speed with no time, said of the business serving: "we'll get back to
    // you quickly", "our locksmith will arrive promptly", "we will swiftly
    // address it". No clock could hold it: puffery. The verb of serving is
    // next to the adverb in the pattern, so that the prefilter passes over
    // files that say "quickly find files", where the reader is the one quick.
    name: 'promptly',
    kind: 'puffery',
    pattern: new RegExp(`\\b(?:${SERVING_VERBS})(?: (?:it|them|you|to you|to it|your [a-z]+|the [a-z]+))? ${VAGUE_SPEED}\\b|\\b${VAGUE_SPEED} (?:${SERVING_VERBS})\\b`, 'g'),
    // "As quickly as we can" is effort; "quickly, though not always" is qualified.
    // "We need to respond quickly", "customers expect us to respond quickly": a need, not a boast.
    accept: (view, hit) => {
      const before = clauseWithSubjectBefore(view, hit.start);
      return BUSINESS_WORDS.test(before) && !/\b(?:needs? to|expects? us to|lets? us|allows? us to|helps? us)\b/.test(before) && !/\bas \S+$/.test(view.text.slice(hit.start, hit.end)) && !/\bnot always\b/.test(view.text);
    },
  },
  // No waiting, heading a line or said by the business: "No long wait times.", "we have no waiting lists" (not "no
  // waiting for the build to finish" in a changelog).
  {
    name: 'blazing fast',
    kind: 'puffery',
    pattern: /\bno (?:long )?(?:wait(?:ing)? times|waiting lists?|wait lists?|long waits)\b/g,
    selfNegating: true,
    // Not a program's: "our scheduler has no long wait times because jobs are preempted".
    accept: (view, hit) => (BUSINESS_WORDS.test(view.text) && !/\b(?:scheduler|queue|lock|thread|jobs?|requests?|server|cluster)\b/.test(view.text)) || headsAShortLine(view, hit),
  },
  { name: 'blazing fast', kind: 'puffery', pattern: /\b(?:blazing(?:ly)?[- ]fast|lightning[- ](?:fast|speed|quick)|super[- ]fast|feels? instant|feels? instantaneous|in no time(?: at all)?|before you know it)\b/g },
  {
    // Speed named without a time, of a service: "fast response", "quick turnaround", "speedy delivery".
    // Said by the business, or opening its sentence ("Fast response."): not "the fast response time of
    // SSDs", a need ("we need a fast response from the server"), an aim a promise then serves ("To ensure
    // fast delivery, we ship within 24 hours") or a kind of something else ("fast repair flow", "quick response codes").
    name: 'blazing fast',
    kind: 'puffery',
    // "Fast, friendly service", "quick and reliable delivery": the same with a virtue or two between (not "rapid,
    // iterative delivery of features").
    pattern: new RegExp(
      `\\b(?:rapid|fast|quick|speedy|swift|prompt)(?:[- ]|(?:,| and| &) (?:${VIRTUES})(?:,? (?:and |& )?(?:${VIRTUES}))? )(?:(?:emergency|on-site|mobile|repair) )?(?:response|responses|turnarounds?|repairs?|delivery|shipping|dispatch|call-?outs?|services?)\\b(?! (?:flow|mode|path|option|setting|loop|handler|code|codes|function|api|workers?|discovery|mesh)\\b)|\\b(?:fast|quick|speedy|rapid) (?:pizza|food|meal|grocery|groceries|flower|courier|takeaway|takeout|catering|printing|cake) (?:delivery|service|shipping|turnarounds?)\\b`,
      'g',
    ),
    accept: saidOfTheService,
  },
  {
    // Speed as one of the service's virtues, or as its manner: "fast and
    // affordable", "quick and easy", "simple, fast, and without
    // complications", "at a fast pace", "quick to respond", "get you back
    // on the road as soon as possible", "see you as quickly as possible"
    // (an emergency dentist). Of the business: "a fast and
    // simple parser" describes software.
    name: 'blazing fast',
    kind: 'puffery',
    pattern: new RegExp(
      `\\b(?:fast|quick|speedy|swift)(?:,| and| &) (?:${VIRTUES})\\b|\\b(?:${VIRTUES})(?:,| and| &) (?:fast|quick|speedy|swift)\\b|\\bat a (?:fast|quick|rapid|swift) pace\\b|\\b(?:quick|fast|swift|prompt) to (?:respond|reply|answer|help|arrive|act|react)\\b|\\b(?:get|gets|getting) (?:you |your [a-z]+ )?(?:back|up and running)(?: [a-z]+){0,3} as soon as possible\\b|\\b(?:see|seat|treat|serve|reach|fix|repair|restore) (?:you|your [a-z]+)(?: [a-z]+){0,2}? as (?:soon|quickly|fast|promptly) as (?:possible|we can)\\b`,
      'g',
    ),
    // Only where the business speaks: a line opening on "Fast and simple" is as often a parser's tagline.
    accept: (view, hit) => BUSINESS_WORDS.test(view.text) && !neededOrAimedAt(view, hit),
  },
  {
    // Vague speed of anything the business offers, said of its own or heading a short line: "Fast VPN Speeds", "we
    // design a fast, SEO-ready website", "our mailing services are a faster and more economical way". Technical prose
    // says the same of code ("a fast parser for YAML", "a faster way to build"), so only the business saying it of its
    // own makes it a boast.
    name: 'blazing fast',
    kind: 'puffery',
    pattern: new RegExp(
      `\\b(?:fast|faster|quick|quicker|speedy|rapid)(?:(?:,| and|, and| &) (?!(?:${NOT_DESCRIBING_SPEED})\\b)[a-z][a-z-]*)? (?:(?!(?:${NOT_DESCRIBING_SPEED})\\b)[a-z][a-z-]* )?(?:${WHAT_CAN_BE_FAST})\\b`,
      'g',
    ),
    // Not what a changelog added ("we added a faster way to iterate over rows").
    accept: (view, hit) => saidOfItsOwn(view, hit) && !neededOrAimedAt(view, hit) && !/\b(?:added|found|wrote|implemented|introduced|built)(?: an?| the)?\s+$/.test(view.text.slice(0, hit.start)),
  },
  {
    // And as the manner of the business's work: "we work efficiently to complete projects promptly". Not what runs or
    // loads ("our tests run fast", "we noticed the site loads quickly"), which is software's, nor another subject's
    // work in the business's sentence ("we hired a firm and they work quickly").
    name: 'promptly',
    kind: 'puffery',
    pattern: /\b(?:work|works|working|complete|completes|completing|finish|finishes|finishing|turn around|turns around)(?: (?:the |your |our |all |every |each )?(?!(?:as|so|too|not)\b)[a-z][a-z-]*)? (?:fast|quickly|promptly|efficiently|swiftly|speedily)\b/g,
    // And the reader's job in sight: "we work efficiently with large arrays" and "we complete the handshake quickly" are
    // a program's authors describing it.
    accept: (view, hit) =>
      saidOfItsOwn(view, hit) &&
      !neededOrAimedAt(view, hit) &&
      !/\b(?:it|they|he|she|this|that)\b/.test(clauseWithSubjectBefore(view, hit.start)) &&
      /\b(?:you|your|jobs?|projects?|repairs?|orders?|moves?|installations?|renovations?|remodels?)\b/.test(view.text),
  },
];

/**
 * Speed said of the business's service: the business speaks, or the line
 * opens on it ("Fast response."). Not a need ("we need a fast response from
 * the server") nor an aim a promise then serves ("To ensure fast delivery,
 * we ship within 24 hours").
 */
function saidOfTheService(view: SentenceView, hit: Hit): boolean {
  if (neededOrAimedAt(view, hit)) return false;
  return BUSINESS_WORDS.test(view.text) || /^\s*(?:(?:you(?:'ll| will| can)? )?(?:get|enjoy|expect) )?$/.test(view.text.slice(0, hit.start)) || aShortListOfVirtues(view);
}

/** Praise of the work, staff or prices, as a list of a service's virtues holds it: "quality work", "honest prices". */
const SERVICE_VIRTUE = /\b(?:quality|honest|friendly|affordable|reliable|professional|expert|fair|courteous|trusted|skilled|careful)\s+(?:work|workmanship|craftsmanship|staff|prices?|pricing|service|team|people|rates|technicians|crews?)\b/;

/**
 * A line of a few words with no verb listing the service's virtues, another of them praise of its work, staff or
 * prices: "Quality work, quick turnarounds", "Honest prices, fast service, friendly staff". Not a feature list of
 * software ("Durable storage, fast delivery", "Low latency, fast response").
 */
function aShortListOfVirtues(view: SentenceView): boolean {
  return (
    wordCount(view.text) <= 7 &&
    /[,&]|\band\b/.test(view.text) &&
    !/\b(?:is|are|was|were|be|been|has|have|had|will|can|should|must|does|do|did)\b/.test(view.text) &&
    SERVICE_VIRTUE.test(view.text)
  );
}

/** Speed someone needs or aims at, right before it: "we need a fast response", "to ensure fast delivery". */
function neededOrAimedAt(view: SentenceView, hit: Hit): boolean {
  return /\b(?:needs?|needed|requires?|required|wants?|wanted)(?: an?| the)?\s+$|^\s*(?:in order )?to [a-z]+\s+$/.test(view.text.slice(0, hit.start));
}

/** The declared fact a topic is compared with. */
function declaredFor(topic: Topic | undefined, capabilities: Capabilities): { fact: Fact<number>; key: string } | undefined {
  const pick = (fact: Fact<number> | undefined, key: string) => (fact ? { fact, key } : undefined);
  switch (topic) {
    case 'support':
      return pick(capabilities.support.firstResponse, 'support.first_response');
    case 'resolution':
      return pick(capabilities.support.resolution, 'support.resolution');
    case 'delivery':
      return pick(capabilities.delivery.fastest, 'delivery.fastest');
    case 'setup':
      return pick(capabilities.setup, 'setup');
    default:
      return undefined;
  }
}

function judge(claim: Claim, capabilities: Capabilities | undefined): Judgement {
  if (!capabilities || claim.kind === 'puffery' || claim.quantity?.kind !== 'duration') return undeclared(claim);
  const declared = declaredFor(claim.topic, capabilities);
  if (!declared) return undeclared(claim);
  const { fact, key } = declared;
  if (fact.value <= claim.quantity.minutes) return substantiated(`${key} is ${fact.text}`, fact.at);
  return contradicted(`${key} is ${fact.text}`, fact.at, `within ${formatDuration(fact.value)}`, BOUNDED_TIME.test(claim.text.toLowerCase()));
}

export const speed: Rule = {
  id: 'speed',
  description: 'A response, resolution, delivery or setup time: instant, immediately, within 5 minutes, same-day, overnight, in seconds.',
  why: 'A stated time is the promise customers time you against. "Replies within the hour" read on Friday night and answered on Monday is a broken promise, even if Monday is your usual speed.',
  triggers: ['instant', 'immediately', 'real-time', 'within <n> <unit>', 'in <n> <unit> or less', 'in under <n> <unit>', '<n>-hour response', 'in seconds', 'in minutes', 'same-day', 'next-day', 'overnight', 'the moment they arrive', 'on the first ring', 'while you wait', 'promptly (puffery)', 'blazing fast (puffery)', 'fast and affordable (puffery)', 'quick to respond (puffery)', 'see you as quickly as possible (puffery)', 'no long wait times (puffery)', 'fast, friendly service (puffery)', 'Fast VPN Speeds, we design a fast website (puffery)', 'we work efficiently, finish your kitchen quickly (puffery)', 'your order ships today'],
  checkedAgainst: ['support.first_response', 'support.resolution', 'delivery.fastest', 'setup'],
  examples: [
    { bad: 'We reply within the hour.', better: 'We reply within 24 hours.' },
    { bad: 'Same-day delivery on every order.', better: 'Delivery in 2 days to the US and Canada.' },
    { bad: 'Setup is instant.', better: 'Most teams are set up in under an hour.' },
  ],
  patterns: () => TRIGGERS,
  refine(found) {
    return found.map(({ claim, hit, view }) => ({ ...claim, topic: nearestTopic(view, hit, SPEED_TOPICS) }));
  },
  judge,
};
