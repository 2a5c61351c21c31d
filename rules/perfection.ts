// perfection: never fails, no errors ("100% uptime", "zero downtime",
// "flawless", "never lets you down").
import type { Capabilities } from '../src/capabilities/types.js';
import { clauseAfter, clauseBefore, clauseWithSubjectBefore, type Hit, type Trigger } from '../src/check/match.js';
import { percent } from '../src/check/quantity.js';
import type { SentenceView } from '../src/check/sentence.js';
import { BUSINESS_WORDS, SOFTWARE_SUBJECT, spokenByTheBusiness } from '../src/check/topics.js';
import { contradicted, substantiated, undeclared, type Rule } from '../src/check/rule.js';
import type { Claim, Judgement } from '../src/types.js';

/** Qualities that "100%" turns into a promise of perfection (not "100% teak" or "0 to 100%"). */
const PERFECT_QUALITIES =
  'uptime|availability|available|online|secure|security|safe|safety|organic|natural|pure|genuine|authentic|recyclable|biodegradable|reliable|reliability|accurate|accuracy|pain[- ]free|painless|error[- ]free|bug[- ]free|effective|success|successful|on[- ]time|compliant|protected|private|uptime guarantee|working';

/**
 * "Our network ensures your orders arrive", "our technicians make sure your
 * system runs": the business answers for an outcome of the reader's, which
 * is a promise of perfection whatever words follow. Only a finite verb whose
 * subject is the business counts: "make sure you …" at the start instructs
 * the reader, "… to ensure quality" gives a purpose and "helps ensure"
 * hopes. And the outcome must be the reader's: "we ensure that SIGPIPE is
 * ignored" and "our build script ensures the directory exists" document
 * software.
 */
const ASSURES = /\b(?:ensures|makes sure|(?:we|we'll|will|we can|our [a-z]+)(?: always)? (?:ensure|make sure))\b(?! to\b)/g;

/** "We make sure you receive the best care" assures a boast: the superlative is reported, as puffery, on its own. */
const ASSURED_BOAST = /\b(?:best|finest|safest|highest|greatest|ultimate)\b/;

/**
 * What is assured is the reader's: "… ensures your orders arrive", "… make sure that you are satisfied", "… makes sure
 * that no matter what happens to the machine, your memories are safe".
 */
const THE_READERS = /^(?:\s*that)?\s*(?:you|your|you're)\b/;

function answersForOutcome(view: SentenceView, hit: Hit): boolean {
  let assured = clauseAfter(view, hit.end);
  // "No matter what happens" comes before what is assured: read on after it.
  if (/^(?:\s*that)?\s*no matter\b/.test(assured)) assured = clauseAfter(view, hit.end + assured.length + 1);
  // "With this flag we can ensure that your tests run in isolation": what a means allows, in a tutorial, not a promise.
  if (/\bcan (?:ensure|make sure)$/.test(hit.match[0]) && /\b(?:with|by|using|now|here|then|this|these)\b/.test(clauseBefore(view, hit.start))) return false;
  return BUSINESS_WORDS.test(clauseBefore(view, hit.end)) && THE_READERS.test(assured) && !ASSURED_BOAST.test(assured);
}

/**
 * What "perfect" praises as a fit rather than promises as a standard: "the
 * perfect balance", "the perfect solution", "the perfect setting for your
 * wedding", "the perfect itinerary to suit your needs". A boast of fit, which
 * no one could hold the business to: puffery. "Perfect results" promises.
 */
const PRAISED_FITS = 'balance|blend|combination|mix|harmony|solutions?|path|settings?|venues?|spots?|locations?|spaces?|backdrops?|itinerar(?:y|ies)|destinations?|getaways?|partners?|options?|additions?|companions?';

/** After "perfect": a recommendation ("perfect for small teams", "the perfect gift"), what suits the reader, a praised fit, a size ("perfect-sized equipment"), or a term of cryptography or computing ("perfect forward secrecy", "a perfect hash"). */
// Up to two describing words may come before a praised fit: "the perfect barn wedding venue".
const PERFECT_FIT = new RegExp(`^(?:-|\\s+)?(?:sized|fitting)\\b|^\\s+(?:forward secrecy|hash(?:es|ing)?)\\b|^\\s*(?:for|fit|match|gift|choice|place|way|time to|(?:[a-z][a-z-]* ){0,2}?(?:${PRAISED_FITS}))\\b`);

/** No condition in the clause after the hit: what a program leaves out "until you accept", "if --quiet is set" or "by default" is a setting, not a promise. */
const noConditionAfter = (view: SentenceView, hit: Hit) => !/\b(?:unless|until|if|when|whenever|once|by default)\b/.test(clauseAfter(view, hit.end));

const uptimeTrigger = (name: string, pattern: RegExp): Trigger => ({ name, pattern, selfNegating: true, checks: 'uptime' });

const TRIGGERS: Trigger[] = [
  {
    name: '100%',
    pattern: new RegExp(`\\b(100(?:\\.0+)?)\\s?%\\s?(${PERFECT_QUALITIES})\\b`, 'g'),
    quantity: (match) => percent(match[1], match[0]),
  },
  // Downtime may be the last of a pair ruled out: "no Internet lag or downtime".
  uptimeTrigger('zero downtime', /\b(?:zero|no|without(?: any)?)(?: [a-z]+){0,2} (?:or|and) (?:downtime|outages?)\b|\b(?:zero|no|without(?: any)?) (?:downtime|outages?)\b|\bnever (?:goes|go|went) (?:down|offline)\b|\b(?:cannot|can't|never|won't) (?:take|bring|knock) [a-z]+ (?:down|offline)\b/g),
  {
    name: 'never fails',
    pattern:
      /\bnever (?:fails?|lets? you down|breaks?|crash(?:es)?|miss(?:es)?(?: a beat)?|late|loses?|stops?|disappoints?)\b|\b(?:can|will) never fail\b|\bcannot fail\b|\bwithout fail\b|\bwithout exception\b/g,
    selfNegating: true,
    // "Payments are due on the 1st without exception" is a rule the customer keeps.
    accept: (view, hit) => !/^without exception/.test(hit.match[0]) || !/\b(?:must|due|required|have to|no)\b/.test(clauseBefore(view, hit.start)),
  },
  // "Right first time", "to your exact specifications", said by the business: not "getting the schema right first time is hard" or "configure the build to your exact requirements".
  {
    name: 'right the first time',
    pattern: /\bright first time\b|\bto your exact (?:specifications?|requirements|standards)\b/g,
    accept: (view) => BUSINESS_WORDS.test(view.text) || /^\s*right first time\b/.test(view.text),
  },
  // "Every roof done right", "your yard will get done right", "we get your project completed the right way": done well every time, said without "every time".
  // Not a duty ("this must be done right"), which the reader or the work needs, nor a
  // tagline with no one serving ("Terminal string styling done right"), which boasts of a design.
  {
    name: 'right the first time',
    pattern: /\b(?:done|get done|gets done|completed|finished) (?:right|the right way)\b(?! (?:the )?first time\b)/g,
    accept: (view, hit) => {
      const before = clauseBefore(view, hit.start);
      if (/\b(?:must|should|needs? to|has to|have to|want(?:s|ed)? (?:it|them|things)?)(?: [a-z]+){0,2}\s+$|\bhow to\b/.test(before)) return false;
      return BUSINESS_WORDS.test(view.text) || /\b(?:every|each|all)\b/.test(view.text.slice(0, hit.start));
    },
  },
  // Nothing left behind: "we leave your property the way we found it", "cleaner than we found it".
  // The business is the one who leaves: not "please leave the room as clean as you found it", the guest's duty.
  // Put back as it first was, a state anyone can inspect: "left as clean as the day they were installed", "your roof is as good as new".
  // "As good as new" only of the reader's things or by the business: not "after fsck the filesystem is as good as new".
  {
    name: 'as good as new',
    pattern: /\bas (?:clean|good|fresh|bright|clear) as (?:the day|when) (?:it was|they were) (?:installed|new|built|fitted|laid|made)\b|\bas good as new\b/g,
    accept: (view, hit) => !/^as good as new$/.test(hit.match[0]) || BUSINESS_WORDS.test(view.text) || /\byour\b/.test(view.text),
  },
  { name: 'the way we found it', pattern: /\b(?:we(?:'ll| will| always)?|our [a-z]+(?: will| always)?) leave (?:your|the|every) (?:[a-z]+ )?(?:[a-z]+ )?(?:the way|just the way|exactly as|as clean as|cleaner than|better than) (?:we|you) found (?:it|them)\b/g },
  // Like new, said of a thing restored: "restores your vehicle to showroom condition", "we'll make your car look brand new". A boast of a look, not a standard.
  // So is a finish no one could measure, of the things a service cleans: "crystal clear windows", "a pristine property"
  // (not "a pristine checkout" or "make it crystal clear which version").
  // Solid as a rock: "bulletproof security", "rock-solid reliability", a boast of strength no one measures.
  { name: 'like new', kind: 'puffery', pattern: /\bbullet-?proof (?:security|protection|reliability|backups?|hosting|infrastructure)\b|\brock[- ]solid (?:reliability|uptime|security|performance|service|support|hosting|infrastructure|protection)\b(?!-)|\bshowroom (?:condition|finish|shine|quality)\b|\blook(?:s|ing)? (?:brand[- ])?new again\b|\blook(?:s|ing)? (?:like )?brand[- ]new\b|\bcrystal[- ]clear(?= (?:windows?|glass|water|pools?|views?|results?|finish)\b)|\bpristine(?= (?:property|condition|home|lawn|yard|car|vehicle|finish|pool|carpets?|floors?|windows?|results?|shape)\b)/g },
  // And mastery or peak form, of the business's work: "we've perfected the art of clean", "… to ensure your systems
  // operate at peak performance". Not "the CPU runs at peak performance", which no business says.
  {
    name: 'peak form',
    kind: 'puffery',
    pattern: /\bperfected the (?:art|craft)\b|\b(?:operate|operates|operating|run|runs|running|perform|performs|performing|work|works|working) at (?:its |their |your )?peak(?: performance| efficiency)?\b/g,
    accept: (view) => spokenByTheBusiness(view.text),
  },
  // A trouble the reader is promised an end to: "never worry about leaks again".
  // Said by the business, or opening its sentence: not "with this flag you never have to worry about stale caches again".
  {
    name: 'never worry again',
    // "You won't have to worry about another clog" says the same with "another" for "again".
    pattern: /\bnever (?:have to )?worry about (?:[a-z]+ ){1,3}again\b|\bnever (?:get|be) stuck again\b|\b(?:won't|will not|never)(?: ever)? (?:have to |need to )?worry about another\b/g,
    selfNegating: true,
    // Or with the reader as the subject of its own clause, after work done on their things ("once the jetter has cleared
    // your drain, you won't have to worry about another clog"; not "once the hook is installed, you won't have to worry …").
    accept: (view, hit) =>
      BUSINESS_WORDS.test(view.text) || /^\s*(?:you(?:'ll| will)? )?$/.test(view.text.slice(0, hit.start)) || (/^\s*you\s*$/.test(clauseBefore(view, hit.start)) && /\byour\b/.test(view.text)),
  },
  // "We never compromise on quality", "we never compromise on the quality of our work", "we are uncompromising about
  // quality": a boast of standards no one could check.
  {
    name: 'never compromise',
    kind: 'puffery',
    pattern: /\bnever compromises? on (?:the )?(?:quality|safety|service|standards)\b|\buncompromising (?:about|on|in) (?:the )?(?:quality|safety|service|standards)\b/g,
    selfNegating: true,
    // "Uncompromising" only of the business: "Rust is uncompromising on safety" describes a language.
    accept: (view, hit) => /^never/.test(hit.match[0]) || BUSINESS_WORDS.test(clauseWithSubjectBefore(view, hit.start)),
  },
  // So is "we never cut corners"; not the advice "never cut corners when validating input".
  { name: 'never compromise', kind: 'puffery', pattern: /\bnever cuts? corners\b/g, selfNegating: true, accept: (view, hit) => BUSINESS_WORDS.test(clauseWithSubjectBefore(view, hit.start)) },
  // And "built to last", which names no length ("built to last a lifetime" does: see unlimited; "built to last for the
  // lifetime of the process" is a design).
  { name: 'never compromise', kind: 'puffery', pattern: /\bbuilt to last\b(?! (?:a lifetime|for|until|as long|through|across|beyond)\b)/g },
  // Kept in tip-top shape, by the business or of the reader's things: not "the app stays in tip-top shape thanks to Dependabot".
  // And "a like-new appearance", "your car will look and feel like new", of the business's work or the reader's things
  // (not "the bike is in like-new condition", a listing, or "after the upgrade your laptop will run like new").
  {
    name: 'like new',
    kind: 'puffery',
    pattern: /\blike[- ]new (?:appearance|look|condition|finish|shine)\b|\b(?:look|feel|drive)s?(?: and (?:look|feel|drive)s?)? like new\b/g,
    // The verb form only with the business: "clearing the cache makes your browser feel like new" is advice.
    accept: (view, hit) => BUSINESS_WORDS.test(view.text) || (/^like/.test(hit.match[0]) && /\byour\b/.test(clauseBefore(view, hit.start))),
  },
  { name: 'like new', kind: 'puffery', pattern: /\btip[- ]top (?:shape|condition|form|order)\b/g, accept: (view, hit) => BUSINESS_WORDS.test(view.text) || /\byour\b/.test(clauseBefore(view, hit.start)) },
  // The business that never errs: "we never make mistakes". Not "you never make mistakes with our checker", the reader's.
  { name: 'never fails', pattern: /\bnever makes? (?:a )?(?:single )?mistakes?\b/g, selfNegating: true, accept: (view, hit) => /\b(?:we|i)\b/.test(clauseBefore(view, hit.start)) },
  { name: 'flawless', pattern: /\b(?:flawless(?:ly)?|faultless(?:ly)?|unbreakable|unhackable|error[- ]free|bug[- ]free|streak[- ]free|smudge[- ]free|fault[- ]free|defect[- ]free|zero (?:errors|defects|bugs|mistakes|dropped balls|missed (?:calls|deadlines|appointments|orders)|leaks)|fail[- ]?safe|foolproof|spotless|impeccabl[ey])\b/g },
  // The business's work done "to perfection": "our team will trim your hedges to perfection". Only with the business
  // as the clause's subject: "tuned to perfection" of a library is its author's word on code.
  { name: 'perfect', pattern: /\bto perfection\b/g, accept: (view, hit) => BUSINESS_WORDS.test(clauseWithSubjectBefore(view, hit.start)) && !SOFTWARE_SUBJECT.test(view.text) },
  {
    name: 'perfect',
    pattern: /\b(?:perfect|perfectly)\b/g,
    // "Perfect for small teams" recommends, and "find the perfect vehicle" is
    // the one that suits you, what a search ends with; "perfect results" promises.
    accept: (view, hit) => {
      const before = view.text.slice(0, hit.start);
      return (
        !PERFECT_FIT.test(view.text.slice(hit.end)) &&
        // "Worked tirelessly to perfect the menu": the verb, what the business worked at.
        !/\bto $/.test(before) &&
        !/\b(?:find|finding|finds|choose|choosing|pick|picking|discover|discovering|select|selecting|shop for|search for|looking for|look for)(?: (?:the|your|a|an|that))? $/.test(before)
      );
    },
  },
  // "The perfect balance of elegance and comfort", "the perfect solution for you" praise; no one could hold them to a standard.
  { name: 'perfect balance', kind: 'puffery', pattern: new RegExp(`\\bperfect (?:[a-z][a-z-]* ){0,2}?(?:${PRAISED_FITS})\\b|\\b(?:cooked|done|grilled|baked|roasted|prepared) to perfection\\b`, 'g') },
  { name: 'we make sure', pattern: ASSURES, accept: answersForOutcome },
  {
    // "We will always communicate with you in advance", "we always make time
    // for you": a habit of serving the customer, promised without exception.
    // Only such habits: "we always use parentheses" documents code, "we'll
    // always do our best" is effort.
    name: 'we will always',
    pattern:
      /\bwe(?:'ll| will)? always (?:communicate|respond|reply|answer|call (?:you|back)|pick up|tell you|keep you|inform you|notify you|show up|arrive|be there|make time|deliver|honou?r|stand by|put you|treat you|get back to you|return your)\b/g,
  },
  // A privacy promise: "we never log or track your network data", "we will never sell your email".
  // Not "we will never spam you": a sign-up form's standard reassurance, like "no spam".
  // Of the reader's data: not "we never read from the cache", which documents code.
  // The same promise as a policy's name: "a zero log promise", "our strict no-logs policy".
  { name: 'we never log', pattern: /\b(?:zero|no)[- ]logs?[- ](?:policy|promise|guarantee)\b|\b(?:zero|no) (?:personal |user )?data (?:collection|tracking|logging|sharing|selling)\b/g, selfNegating: true },
  // And as a sentence of its own: "no personal data is being collected". Not "no data is stored in the cache", of
  // code, nor under a condition ("… by default", "… unless you opt in").
  {
    name: 'we never log',
    pattern: /\bno (?:personal|identifying|private) (?:data|information) (?:is|are|will be|gets?)(?: ever| being)? (?:collected|stored|logged|tracked|shared|sold|kept|recorded)\b/g,
    selfNegating: true,
    accept: noConditionAfter,
  },
  // No one but the reader can see their things: "nobody can access your data but you", "no one else can read your messages".
  { name: 'we never log', pattern: /\b(?:no one|nobody|no-one)(?: else| but you)? (?:can|will|could) (?:ever )?(?:access|read|see|view|decrypt)(?= (?:your|the (?:data|files|passwords|notes|messages) you)\b)/g, selfNegating: true },
  { name: 'we never log', pattern: /\bwe(?: will|'ll)? never (?:log|track|sell|share|store|keep|record|monitor|rent|read)\b(?=(?: or [a-z]+)? (?:you|your|any|personal|customer|user|client)\b)/g, selfNegating: true },
  // "We won't log your traffic under any condition" is the same promise. Not a session ("we won't log you in"), nor
  // what a program leaves out under a condition ("we won't store any cookies until you accept", "… if --quiet is set").
  {
    name: 'we never log',
    pattern: /\bwe (?:won't|won’t|will not)(?: ever)? (?:log|track|sell|share|store|keep|record|monitor|rent|read)\b(?=(?: or [a-z]+)? (?:you(?! (?:in|out|on|off)\b)|your|any|personal|customer|user|client)\b)/g,
    selfNegating: true,
    accept: noConditionAfter,
  },
  // And in the passive, of the reader's things: "your data is not shared or sold to third parties", "your details will
  // never be disclosed to any third party", "this data is not being shared with or sold to any third parties". Not "logs are shared with third parties for analysis", no promise at all.
  {
    name: 'we never log',
    pattern: /\b(?:(?:is|are|will|won't)(?: not| never)|won't|won’t)(?: be| being)?(?: (?:shared|sold|rented|disclosed|passed on|given))(?: (?:to|with))?(?: or (?:shared|sold|rented|disclosed|passed on|given))?(?: to| with) (?:any )?third[- ]part(?:y|ies)\b(?![- ](?:modules?|plugins?|librar(?:y|ies)|packages?|code|dependenc(?:y|ies)|scripts?|extensions?|crates?|gems?)\b)/g,
    selfNegating: true,
    // Not with an exception after ("… unless required by law", "except as described in Section 4"), which the policy
    // then keeps.
    accept: (view, hit) => /\b(?:your|personal|customer|client|user|(?:this|such) (?:data|information))\b/.test(view.text.slice(0, hit.start)) && !/\b(?:unless|except|exceptions?)\b/.test(view.text.slice(hit.end)),
  },
  // And of the product: "doesn't track users with unique identifiers", "never sells your data". Only of people or
  // their data: "git doesn't track empty directories" documents code, and "never logs you out" is a session.
  {
    name: 'we never log',
    pattern: /\b(?:doesn't|doesn’t|does not|never) (?:track|log|sell|collect|share|fingerprint)s? (?:users|visitors|customers|people|you(?! (?:out|in|off)\b)|your (?:visitors|users|customers|personal (?:data|information)|data|browsing|activity|location))\b/g,
    selfNegating: true,
    // Users as a program's records ("git does not track users, only authors") only where privacy is the subject.
    accept: (view, hit) => /\byou/.test(hit.match[0]) || /\b(?:privacy|private|anonymous|gdpr|cookies?)\b|privacy-/.test(view.text),
  },
  // A heading with no logs kept: "Private & No Logs", "No Logs", "Strictly NO logs". Only a short line ending on it.
  { name: 'we never log', pattern: /(?<=^\s*(?:[a-z]+ (?:&|and) )?(?:(?:strictly|absolutely|truly) )?)no[- ]logs?(?=[.!]?\s*$)/g, selfNegating: true },
  // The product's speed left alone: "it runs quietly in the background and doesn't slow you down".
  { name: 'never fails', pattern: /\b(?:doesn't|doesn’t|does not|won't|will not|never) slows? (?:you|your (?:computer|mac|pc|site|website|device|phone|system))(?: down)?\b/g, selfNegating: true },
  // A heading that promises a state without exception: "Always Up to Date", "Always Secure". Only a short line of its
  // own: "always up to date with main" in a sentence describes a branch. ("Always available" is availability's.)
  { name: 'always works', pattern: /^\s*always (?:up[- ]to[- ]date|secure|on time|accurate|reliable)(?=[.!]?\s*$)/g },
  // The same as a standing policy, in the present: "we don't track or log anything when you connect". Only of
  // the reader's data, or of anything at all while they use the service: "we don't store state between requests",
  // "we don't log anything below the WARN level", "we don't log traffic to the health endpoint" and "we don't track
  // your changes in git" document code. One other verb may come first: "we don't serve ads or secretly sell your …".
  {
    name: 'we never log',
    // Not what a tutorial's example leaves out: "in this tutorial we don't store any sensitive data".
    accept: (view) => !/\b(?:tutorial|example|demo|sample|walkthrough)\b/.test(view.text),
    pattern: /\bwe(?: even)? (?:do not|don't|don’t)(?: even)?(?: [a-z]+ [a-z]+ (?:or|and)(?: secretly| ever)?)? (?:log|track|sell|share|store|keep|record|monitor|rent|collect|have access to)\b(?=(?: or [a-z]+)? (?:traffic\b(?! (?:to|on|for|at|in|below|above|under|over)\b)|dns queries|ip addresses|anything(?=\s*(?:$|[.!]|when you|while you|you do))|your (?:personal |browsing |online |sensitive |financial |private )?(?:data|information|activity|history|traffic|location|ip|identity)|any (?:of your |personal |customer |user |browsing |sensitive |credit card |card |payment )?(?:data|information|logs?|details|activity|history|traffic)|(?:personal|sensitive|private) (?:data|information|details))\b)/g,
    selfNegating: true,
  },
  {
    // An outcome of a service the reader is told they will always have:
    // "you'll always be assisted by a specialist", "your data is always
    // backed up". Not "you can always book a drop-in class", which permits,
    // nor "you'll always find the latest version on our releases page" or
    // "your feedback is always welcome", which no service delivers.
    name: 'you will always',
    pattern:
      /\byou(?:'ll| will) always (?:be (?:assisted|helped|served|greeted|looked after|taken care of|in good hands|covered|protected)|speak|talk|reach|return home|come home)\b|(?<=\b(?:your|our) [a-z]+(?: [a-z]+)? (?:is|are|will be|stays?|remains?) )always (?:backed up|current|up[- ]to[- ]date|protected|accurate|clean|ready|covered|monitored|encrypted|insured|answered|on time|safe|secure)\b/g,
  },
  {
    // The same of how the reader is dealt with, without exception: "you'll
    // always know exactly where you stand", "you will always meet the
    // owner", "you'll never feel alone in the process", "you'll never be
    // left guessing". Only being kept informed, met and not left alone:
    // "you'll always need to run migrations", "you will never see this
    // warning" and "you'll always be prompted for a password" document
    // software, and "you'll always be welcome" or "you'll never walk alone"
    // are warmth no one could hold the business to.
    name: 'you will always',
    pattern:
      /\byou(?:'ll| will) (?:always (?:know (?:exactly )?(?:where|what|how|who|when)|meet|deal (?:directly )?with|be (?:kept (?:informed|up to date|in the loop)|informed|treated|greeted|dealt with))|never (?:be (?:left|kept waiting|kept in the dark|rushed|pressured|ignored)|feel (?:alone|lost|rushed|pressured|ignored)|(?:have to )?wait))\b/g,
    selfNegating: true,
  },
  // Kept informed without "always": "you'll know exactly what's happening", "so you know exactly what you're paying".
  // Told to the client ("you'll know") with the business in the sentence; "so you know" only of a price ("we print
  // each step so you know exactly what's happening" and "we pin every dependency so you know exactly what you're
  // getting" document a tool).
  {
    name: 'you will always',
    pattern: /\b(?:you(?:'ll| will)|so you) (?:always )?know exactly (?:what you(?:'re| are|'ll| will)? (?:be )?(?:paying|getting|pay|get|buying)(?: for)?|how much you(?:'ll| will)? pay|what(?:'s| is) (?:happening|going on)|where (?:you|things) stand|what to expect)\b/g,
    accept: (view, hit) => BUSINESS_WORDS.test(view.text) && (/^(?:you|so you always)\b/.test(hit.match[0]) || /\b(?:pay|paying|price|prices|pricing|quote|quotes|costs?|bill|invoice|fees?)\b/.test(view.text)),
  },
  // "Done right the first time", "we show up when we say", "when we say we'll be there, we're there": reliability promised as an idiom.
  { name: 'right the first time', pattern: /\b(?:done|do it|does it|get it|gets it|got it|fixed|made|do the job|does the job) right (?:the )?first time\b|\b(?:right|correct) the first time,? every ?time\b|\b(?:show up|shows up|arrive|arrives|are there|be there) when we say\b|\bwhen we say (?:we(?:'ll| will) (?:be there|show up|arrive)|it will (?:be there|arrive))\b/g },
  // Work kept to time, or goods kept from harm, said as a fact of every job: "projects completed on schedule", "nothing gets damaged along the way".
  { name: 'always works', pattern: /\b(?:completed|delivered|finished|done) on (?:time|schedule)\b/g },
  // And the business arriving on time, as a fact of every visit: "our technicians show up on time". Not "the packets
  // arrive on time", nor "our builds finish on time", software's.
  {
    name: 'always works',
    pattern: /\b(?:show|shows|showing) up on time\b|\b(?:arrive|arrives|arriving) on time\b|\b(?:we|we'll|we're|i|i'll) (?:always |will )?(?:be|are|am) on time\b/g,
    accept: (view, hit) => BUSINESS_WORDS.test(clauseWithSubjectBefore(view, hit.start)) || /^\s*(?:we|i)\b/.test(view.text.slice(hit.start)),
  },
  { name: 'never fails', pattern: /\bnothing (?:gets|is|will be|will get|ever gets) (?:damaged|broken|lost|scratched|misplaced|left behind)\b/g, selfNegating: true },
  // The same said of the reader's things, by the business: "your garments will not be damaged during any stage of our process".
  // Not "the original file will not be damaged if we abort the copy": nothing of the reader's.
  {
    name: 'never fails',
    pattern: /\b(?:will|shall) (?:not|never) (?:be|get) (?:damaged|broken|scratched|misplaced|harmed)\b/g,
    selfNegating: true,
    accept: (view, hit) => BUSINESS_WORDS.test(view.text) && /\byour\b/.test(clauseBefore(view, hit.start)),
  },
  // "No data will be lost", "you'll never lose a file": loss ruled out.
  { name: 'never fails', pattern: /\bno (?:data|files?|emails?|messages?|orders?|photos?|work) (?:is|are|will be|will ever be|gets?|ever gets?) lost\b|\b(?:never|won't ever|will never) (?:(?:have to )?risk )?los(?:e|ing) (?:a |any |your )?(?:data|files?|emails?|messages?|orders?|photos?|work)\b/g, selfNegating: true },
  // "It always works"; not "we will always work with you", which collaborates.
  { name: 'always works', pattern: /\balways (?:works?(?! (?:with (?:you|your|each|one|clients|customers|us)|alongside|closely|together)\b)|on time|delivers|right)\b|\bon time,? every time\b|\bevery (?:single )?time\b(?! (?:a|an|the|it|they|this|that|someone|somebody)\b| \u00a7)/g },
];

function judge(claim: Claim, capabilities: Capabilities | undefined): Judgement {
  const uptime = capabilities?.uptime;
  const aboutUptime = claim.checks === 'uptime' || /uptime|availab|online/i.test(claim.text);
  if (!capabilities || !uptime || !aboutUptime) return undeclared(claim);
  if (uptime.value >= 100) return substantiated(`uptime is ${uptime.text}`, uptime.at);
  return contradicted(`uptime is ${uptime.text}`, uptime.at, `${uptime.value}% uptime`, /uptime|downtime/i.test(claim.text));
}

export const perfection: Rule = {
  id: 'perfection',
  description: 'Never fails, no errors: 100% uptime, zero downtime, flawless, never fails, error-free, on time every time.',
  why: 'Everything fails sometimes. "Zero downtime" is disproved by the first outage, and every customer who saw it counts the outage as a broken promise rather than bad luck.',
  triggers: ['100% <quality>', 'zero downtime', 'never fails', 'never lets you down', 'flawless', 'error-free', 'perfect', 'always works', 'on time, every time', 'we make sure', 'ensures your', "you'll always", "you'll never", 'we will always', 'we never log', "we won't log your traffic", 'no personal data is collected', 'done right, completed the right way', 'right first time', 'done right', 'the way we found it', 'showroom condition, like-new appearance, crystal clear, pristine, tip-top shape, at peak performance (puffery)', 'to your exact specifications', 'never worry about X again', 'streak-free', 'no data collection', "we don't track or log", 'as good as new', '… will not be damaged', "you won't have to worry about another", 'never cut corners, uncompromising about quality, tip-top shape, built to last (puffery)', 'completed the right way', 'we never make mistakes', 'bulletproof security, rock-solid reliability (puffery)', 'nobody can access your data, no one can see the data you saved', 'to perfection', 'is not shared or sold to third parties', "we don't collect your data, we don't have access to your data", "doesn't track users", 'No Logs, Strictly No Logs (heading)', "doesn't slow you down", 'Always Up to Date (heading)', 'we show up on time'],
  checkedAgainst: ['uptime', 'evidence'],
  examples: [
    { bad: '100% uptime for every team.', better: '99.9% uptime, backed by our SLA.' },
    { bad: 'Flawless execution for your special day.', better: 'A dedicated coordinator for your special day.' },
  ],
  patterns: () => TRIGGERS,
  judge,
};
