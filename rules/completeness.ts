// completeness: a complete range is promised ("everything under the sea",
// "everything you need", "every step of the way", "full range").
import type { Capabilities } from '../src/capabilities/types.js';
import { clauseAfter, clauseBefore, clauseWithSubjectBefore, opensOnTheBusiness, opensTheLine, wordCount, type Hit, type Trigger } from '../src/check/match.js';
import { contradicted, substantiated, undeclared, type Rule } from '../src/check/rule.js';
import { BUSINESS_WORDS, SOFTWARE_SUBJECT, spokenByTheBusiness } from '../src/check/topics.js';
import type { SentenceView } from '../src/check/sentence.js';
import type { Claim, Judgement } from '../src/types.js';

/**
 * Units a service is delivered in, one and many: "every move", "all
 * deliveries". "Every" and "each" take the one, "all" the many ("all
 * delivery options" is about options). Not customers ("treat every customer
 * like family", "all patients are different"): that is a manner, not a
 * range. The staff who serve are ("every contractor passes a licensing audit").
 */
const SERVICE_UNITS: ReadonlyArray<[one: string, many: string]> = [
  ['move', 'moves'], ['delivery', 'deliveries'], ['visit', 'visits'], ['repair', 'repairs'], ['surface', 'surfaces'], ['room', 'rooms'],
  ['home', 'homes'], ['scenario', 'scenarios'], ['booking', 'bookings'], ['appointment', 'appointments'], ['vehicle', 'vehicles'],
  ['proposal', 'proposals'], ['installation', 'installations'], ['shipment', 'shipments'], ['parcel', 'parcels'],
  ['make and model', 'makes and models'], ['make or model', 'makes or models'], ['contractor', 'contractors'], ['crew', 'crews'], ['technician', 'technicians'],
];
/** Units that technical prose counts too ("retry every request", "close all issues"): only when the business speaks. */
const AMBIGUOUS_UNITS: ReadonlyArray<[one: string, many: string]> = [
  ['request', 'requests'], ['issue', 'issues'], ['problem', 'problems'], ['service', 'services'], ['order', 'orders'], ['ticket', 'tickets'],
  ['inquiry', 'inquiries'], ['enquiry', 'enquiries'], ['claim', 'claims'], ['age', 'ages'],
];
/**
 * "We answer every ticket within 15 minutes", "every order ships same-day":
 * the units are the scope of a time promise, which speed reports; no range
 * of service is promised besides.
 */
const TIMED = /\b(?:within|same[- ]day|next[- ]day|overnight|immediately|instantly|in (?:under |less than )?(?:\d+|an?|one|two|three|24|48) (?:seconds?|minutes?|hours?|days?))\b/;

/**
 * A line of copy too short to have a subject, a heading or a bullet ("GPS
 * tracking on every delivery"): at most eight words and no verb that would
 * make it a statement ("Each room has a private bathroom" describes).
 */
function isFragment(view: SentenceView): boolean {
  return wordCount(view.text) <= 8 && !/\b(?:is|are|was|were|has|have|had|includes?|lasts?|comes?|takes?|gets?|costs?|differs?)\b/.test(view.text);
}

/** Verbs of serving a place (and "available"), right before where: "we ship worldwide", "serving all areas of". */
const SERVES_AN_AREA = /\b(?:serv(?:e|es|ing)|ship(?:s|ping)?|deliver(?:s|ing)?|travel(?:s|ling|ing)?|cover(?:s|ing)?|operat(?:e|es|ing)|install(?:s|ing)?|visit(?:s|ing)?|available)\b(?: [a-z]+){0,4}\s*$/;

/** "Every project is unique", "every home is different": the units differ, and none is promised anything. */
function unitsDiffer(view: SentenceView, hit: Hit): boolean {
  return /^\s*(?:is|are) (?:unique|different)\b|^\s*(?:varies|vary|differs|differ)\b/.test(view.text.slice(hit.end));
}

/** Units as alternatives of a pattern, each as one (0) or as many (1). */
const unitsAs = (units: ReadonlyArray<[one: string, many: string]>, form: 0 | 1) => units.map((unit) => unit[form]).join('|');

/** What may stand between the quantifier and the unit: "every single move", "all car makes and models". */
const UNIT_DETAIL = '(?: (?:single|possible|one of (?:our|your)|of (?:our|your|the)|local|vehicle|car))?';

/**
 * Not the reader asked for theirs, or thanked for it: "tell us about any of
 * your dietary needs", "let us know of any requirements you may have", "we
 * appreciate all your support".
 */
function notAskedFor(view: SentenceView, hit: Hit): boolean {
  const before = clauseBefore(view, hit.start);
  return !/\b(?:tell|let us know|list|share|inform|ask|about|appreciate|thank|thanks|hear|include|submit|post)\b/.test(before) && !/\bsend(?: us| in)?\s*$/.test(before);
}

/** The business, not software of its own, is the subject before the hit in its clause: "we can fix any issue", not "our CI will fix any issues". */
function theBusinessDoesIt(view: SentenceView, hit: Hit): boolean {
  return spokenByTheBusiness(clauseWithSubjectBefore(view, hit.start));
}

/** Praise given to each unit: "makes every visit special", "every meal is a delight". */
const PRAISED_AFTER = /^\s+(?:(?:is|feels?) )?(?:special|memorable|unforgettable|magical|a delight|a pleasure|a joy|an? (?:experience|adventure|treat))\b/;

/** A service done to everything: "everything is backed up", "everything is managed for you" (not "… by Kubernetes"). */
const DONE_TO_EVERYTHING = "backed up|handled|taken care of|protected|insured|guaranteed|(?:managed|looked after) for you(?! by\\b)";

/** What follows "everything" when a range is offered: "everything you need", "everything your team needs", "everything included". */
const EVERYTHING_OFFERED = new RegExp(
  `^\\s+(?:you(?:'ll| will)? (?:ever )?(?:need|want|require|could (?:need|want))|(?:a|an|the|your) (?:[a-z]+ ){0,2}(?:needs?|wants?|requires?)|for your|(?:is |are )?(?:included|covered|in one place|under one roof)|is (?:${DONE_TO_EVERYTHING}))\\b`,
);
/** A verb of serving or offering right before "everything": "one call takes care of everything", "your membership covers everything", "shop everything". */
const EVERYTHING_SERVED = /\b(?:covers?|covering|takes? care of|taking care of|shop|find|handles?|handling|includes?|including|offers?|provides?|stocks?|sells?|supplies)\s+$/;

/** "Any" of what a program takes: "values can be of any type", "convert from any type", "used in any type of application". */
const ANY_DATA_TYPE = /\b(?:be|is|are) of any\b|\b(?:used|passed|run|called) (?:in|with|from) any\b|\bfrom any type\b|\bthrow any\b/;

/** Troubles a range can be over: "all sorts of errors", "every kind of problem". */
const TROUBLES = /^\s*(?:of )?(?:[a-z]+ )?(?:errors?|problems?|issues?|bugs?|failures?|faults?|risks?|threats?|attacks?|damage|mistakes?|exceptions?|crash(?:es)?|warnings?)\b/;

/** Troubles said to be mended, the business unnamed: "all sorts of problems fixed fast". */
const TROUBLES_MENDED = /^\s*(?:of )?(?:[a-z]+ )?[a-z]+ (?:fixed|solved|repaired|resolved|handled|removed|treated|sorted)\b/;

/** The business as the agent of a passive verb: "planned by us", "handled by our team". */
const BY_THE_BUSINESS = /\b(?:[a-z]+ed|done|taken|seen|overseen|written|given) by (?:us|our (?:[a-z]+ )?(?:team|staff|experts?|specialists?|technicians?|crew|planners?|people|professionals))\b/;

/**
 * "Every" and "all" promise completeness only over what is offered or
 * covered ("every kind", "all your devices"), not over time ("every day"),
 * which availability handles, or over the reader's things in passing.
 */
const TRIGGERS: Trigger[] = [
  // "We'll do everything we can" is effort, not range.
  // "Everything we need" is the business's own kit, and "everything you need
  // to know" a guide's scope. "Everything is" describes
  // ("everything is fine"), unless a service is done to it ("everything is backed up").
  {
    name: 'everything',
    pattern: new RegExp(
      `\\beverything\\b(?! (?:else|is(?! (?:covered|included|${DONE_TO_EVERYTHING})\\b)|was|(?:that )?(?:happens|happened|is going to happen|goes on|is going on)|happen|in (?:this|the) (?:code|example)|(?:we|i) (?:can|could|possibly can|need|needed|needs)\\b|you (?:need|want|ought) to know\\b))|\\banything you (?:need|want|could (?:need|want))\\b`,
      'g',
    ),
    // In technical prose "everything" is what a program reads or deletes ("populate argv with everything after --", "which deletes everything"):
    // a range is promised when the business speaks, what is meant is offered ("everything you need", "everything included"),
    // or a tagline opens on it ("Everything under the sea."; not "Calling clear() deletes everything", as short but a statement).
    accept: (view, hit) =>
      /^anything/i.test(hit.match[0]) ||
      BUSINESS_WORDS.test(view.text) ||
      EVERYTHING_OFFERED.test(view.text.slice(hit.end)) ||
      EVERYTHING_SERVED.test(view.text.slice(0, hit.start)) ||
      (hit.start === 0 && isFragment(view)),
  },
  // Two things named, or "you'd": "we come prepared with all the padding and tools you'd ever need". Only with the
  // business as the clause's subject: "it ships with all the tools and libraries you'd need" is a toolchain's README.
  {
    name: 'whatever you need',
    pattern: /\ball the [a-z]+ and [a-z]+ you(?:'ll|'d| will| would| may| might| could)? (?:ever )?(?:need|want|require)\b|\ball the [a-z]+ you(?:'d| would) (?:ever )?(?:need|want|require)\b/g,
    accept: (view, hit) => theBusinessDoesIt(view, hit) && notAskedFor(view, hit),
  },
  // "Everything you need to know" is a guide's scope, but a course the business sells is what it promises: "Our online
  // course will tell you everything you need to know to run your own boarding business".
  {
    name: 'everything',
    pattern:
      /\b(?:our|my) (?:[a-z][a-z-]* )?(?:courses?|class(?:es)?|training|workshops?|lessons|coaching|bootcamp) (?:will )?(?:(?:tell|teach|show)(?:s|es)? you|covers?) everything you need to know\b/g,
  },
  { name: 'whatever you need', pattern: /\bwhatever you (?:need|want|require|could (?:need|want))\b|\ball the [a-z]+ you(?:'ll| will| may| might| could)? (?:ever )?(?:need|want|require)\b|\ball (?:that )?you(?:'ll)? (?:ever )?need\b(?! to know\b)|\bany (?:other )?(?:[a-z]+ )?(?:requirements?|requests?) (?:that )?you (?:may |might )?have\b/g, accept: notAskedFor },
  // The business's own trade over anything at all: "we carry anything globally", "we move anything".
  // (Not "with git we can move anything between branches": what a tool lets one do.)
  { name: 'everything', pattern: /\b(?:we|i) (?:carry|ship|deliver|move|transport|haul|translate|print|repair|fix|clean|remove|store) anything\b(?! (?:that|which|containing|marked|over|under|larger|heavier|bigger)\b)/g },
  {
    name: 'every kind',
    pattern:
      /\b(?:every|any|all) (?:(?:major|popular|common|leading) )?(?:kinds?|types?|sizes?|styles?|flavou?rs?|occasions?|budgets?|jobs?|projects?|features?|brands?|makes? and models?|models?|devices?|platforms?|industr(?:y|ies))\b|\ball (?:kinds|sorts|manner) of\b|\b(?:all|every) (?:ages|skill levels|experience levels|fitness levels)\b|\bevery step(?: of the way)?\b|\b(?:no matter|whatever) (?:what|which|the) (?:kinds?|types?|sizes?|styles?|occasions?|budgets?|jobs?|projects?|devices?|platforms?|brands?|industr(?:y|ies)|distance(?=\s*(?:[,.;:!—-]|$)))\b/g,
    // "A free trial with full access to all features" says what a plan unlocks, which its page lists: no range of service is promised.
    // "All sorts of errors can occur": a range of troubles is a promise only when the business takes them on ("we fix all kinds of problems").
    accept: (view, hit) =>
      !unitsDiffer(view, hit) &&
      // A distance is a range served only by the business: not "whatever the distance between points, the algorithm converges".
      (!/distance$/.test(hit.match[0]) || BUSINESS_WORDS.test(view.text)) &&
      // Ages and levels are a range served only when offered "for" them: not "physiotherapists help people of all ages".
      (!/(?:ages|levels)$/i.test(hit.match[0]) || /\bfor\s+$/.test(view.text.slice(0, hit.start))) &&
      (!/^all features?/i.test(hit.match[0]) || !/\b(?:access to|unlocks?|includes?|including|with)\s+$/.test(view.text.slice(0, hit.start))) &&
      (!TROUBLES.test(view.text.slice(hit.end)) || BUSINESS_WORDS.test(view.text) || isFragment(view) || TROUBLES_MENDED.test(view.text.slice(hit.end))) &&
      // "Values can be of any type", "used in any type of node application": "any" ranges over what a program accepts,
      // unless the business speaks or a tagline offers it ("Access from any device", "Any kind of event can be catered"),
      // and not through its software ("our linter will fix any style problems").
      (!/^any\b/i.test(hit.match[0]) ||
        (!SOFTWARE_SUBJECT.test(clauseBefore(view, hit.start)) && (BUSINESS_WORDS.test(view.text) || (isFragment(view) && !ANY_DATA_TYPE.test(view.text))))),
  },
  {
    // Every one of a kind of thing a trade works on, by the business: "we install and repair all rolling steel doors",
    // "we service all garage doors". Not what a tutorial's "we" does to code ("we clean all build artifacts"): only a
    // trade's verbs and a trade's things (not "we install all dependencies", "we maintain all supported branches",
    // "we service all requests from one event loop").
    name: 'every kind',
    pattern:
      /\b(?:install|repair|service|maintain|insure|groom)(?: and (?:install|repair|service|maintain|replace))? all (?:(?:major|residential|commercial|rolling|steel|garage|overhead|entry|sliding|kitchen|home|household|roof|window|water|tankless) ){0,3}(?:doors|roofs|windows|appliances|makes|models|brands|vehicles|cars|trucks|breeds|furnaces|boilers|heaters|gutters|fences|floors|pools|locks|fixtures|faucets|toilets)\b/g,
    accept: theBusinessDoesIt,
  },
  {
    // Any trouble at all, taken on by the business: "we can fix any garage issue", "our technicians are equipped to
    // handle any auto body problems", "our team will assist with any questions". Not "run fsck to repair any problems",
    // or "our CI will fix any formatting issues", where a program does.
    name: 'any problem',
    pattern:
      /\b(?:fix(?:es|ing)?|handl(?:e|es|ing)|solv(?:e|es|ing)|repair(?:s|ing)?|resolv(?:e|es|ing)|tackl(?:e|es|ing)|address(?:es|ing)?|take care of|help(?: you)? with|assist(?: you)? with) any(?: [a-z-]+){0,3}? (?:problems?|issues?|repairs?|jobs?|questions?|concerns?|emergenc(?:y|ies)|situations?)\b/g,
    accept: (view, hit) => theBusinessDoesIt(view, hit) && notAskedFor(view, hit),
  },
  {
    name: 'all your',
    // A series may name the needs: "all of your garage door, gate openers, and rolling door needs".
    // "All your data is deleted after cancellation": what happens to it, a procedure, not a range served; nor the reader
    // told to do it ("Delete all your files, then …").
    accept: (view, hit) =>
      notAskedFor(view, hit) &&
      !/^\s+(?:is|are|will be|gets?) (?:permanently |automatically )?(?:deleted|removed|erased|wiped|purged|destroyed|lost)\b/.test(view.text.slice(hit.end)) &&
      !/^\s*(?:first,? |then,? |now,? )?(?:delete|remove|erase|wipe|clear|move|copy|rename|select|list|find|back up|close|stop)\s+$/.test(view.text.slice(0, hit.start)),
    pattern: /\ball (?:of )?your [a-z]+(?: [a-z]+)?(?: [a-z]+)? in one (?:place|app|platform|dashboard|inbox|account)\b|\ball (?:of )?your (?!own\b)(?:(?!(?:which|that|who|it|is|are|was|were|the|we|you|they|and)\b)[a-z-]+,? (?:and |or |& )?){1,8}?needs\b|\ball (?:of )?your (?:[a-z]+ )?(?:devices|data|files|tools|apps|questions|macs)\b|\bany (?:of )?your (?:[a-z]+ )?questions\b/g,
  },
  {
    // Completeness over the reader's needs or problems cannot be measured:
    // "Flexible pricing for every need" is a boast, not a checkable promise.
    name: 'every need',
    kind: 'puffery',
    // So are "whatever your needs" and "we leave no stone unturned".
    // And every detail seen to ("no detail too small", "every detail handled"), "anything you can imagine", and "you
    // name it, we can print it".
    pattern: /\bevery (?:little|last|single) (?:thing|detail)\b|\byou name it(?=,?\s*(?:[-–—]\s*)?(?:we|i|our [a-z]+)\b)|\bwhatever your (?:needs?|requirements?)\b|\bleave no stone unturned\b|\bno detail (?:is )?too small\b|\bevery detail (?:is )?(?:handled|covered|taken care of)\b|\b(?:anything|whatever) you can (?:imagine|think of|dream (?:of|up))\b|\b(?:every|all (?:of )?your|all) (?:needs?|problems?|worr(?:y|ies)|dreams?|goals?|challenges?|wish(?:es)?|desires?|whims?|palates?|tastes?|appetites?|cravings?)\b/g,
  },
  {
    // Every unit of the service: "accountability on every local move", "we
    // reach every surface", "GPS tracking on every delivery", "expert service
    // for all car makes and models". Said by the business, or in a line of
    // copy too short to have a subject (a heading, a bullet); not "retry
    // every request" or "list all events" in technical prose, whose nouns
    // (request, event, client, package) are kept apart and need the business.
    name: 'every job',
    pattern: new RegExp(`\\b(?:(?:every|each|any)${UNIT_DETAIL} (?:${unitsAs(SERVICE_UNITS, 0)}|(?<ambiguous>${unitsAs(AMBIGUOUS_UNITS, 0)}))|(?:all|any)${UNIT_DETAIL} (?:${unitsAs(SERVICE_UNITS, 1)}|(?<ambiguousMany>${unitsAs(AMBIGUOUS_UNITS, 1)})))\\b`, 'g'),
    // "Our warm atmosphere makes every visit special" praises; it promises no range.
    accept: (view, hit) =>
      !TIMED.test(clauseAfter(view, hit.end)) &&
      !PRAISED_AFTER.test(view.text.slice(hit.end)) &&
      !unitsDiffer(view, hit) &&
      (BUSINESS_WORDS.test(view.text) || (!hit.match.groups?.ambiguous && !hit.match.groups?.ambiguousMany && isFragment(view))),
  },
  {
    // The whole of what the reader has, in the business's hands: "we handle
    // your entire IT infrastructure", "we oversee all aspects of your
    // campaign", "we wrap up all your possessions", "we assist through the
    // entire claims process". Not "this deletes your entire history", which
    // no one serves.
    name: 'your entire',
    pattern: /\byour (?:entire|whole) (?!life\b|time\b|family\b)[a-z]+|\ball aspects of your\b|\bevery (?:aspect|element) of\b|\ball (?:of )?your (?!(?:own|support|feedback|patience|trust|business|kindness|help|input|comments|suggestions)\b)[a-z]+|\bthe (?:entire|whole)(?: [a-z]+)? (?:process|journey|project|job|move)\b/g,
    // The business may come before, or after as the agent of a passive ("every element of your trip is planned by us").
    accept: (view, hit) => (BUSINESS_WORDS.test(clauseWithSubjectBefore(view, hit.start)) || BY_THE_BUSINESS.test(clauseAfter(view, hit.end))) && notAskedFor(view, hit),
  },
  // The business keeping the reader with it throughout: "we'll keep you informed at every stage" (not "we check the input at every stage").
  { name: 'your entire', pattern: /\bat every stage\b/g, accept: (view, hit) => BUSINESS_WORDS.test(clauseWithSubjectBefore(view, hit.start)) && /\byou\b/.test(view.text) },
  {
    // The whole of a job, said as an idiom: "we manage your move from start
    // to finish", "from the first inspection through the final walkthrough",
    // "we remove even the toughest stains". Said by the business, or in a
    // line too short to have a subject ("the parser reads the file from
    // start to finish" is neither).
    name: 'start to finish',
    pattern: /\b(?:from )?start[- ]to[- ]finish\b|\bfrom (?:the )?(?:very )?(?:first|initial) (?:call|contact|consultation|inspection|visit|meeting|quote|estimate|greeting|enquiry|inquiry|conversation|phone call|site visit)(?: [a-z]+)?(?: [a-z]+)?(?: [a-z]+)? (?:to|through|until|till) (?:the )?(?:very )?(?:final|last) [a-z]+\b|\beven the (?:toughest|most stubborn|hardest|worst|dirtiest|most difficult|most complex|most complicated|most challenging|deepest|oldest)\b/g,
    // "Even the toughest" only as what the business takes on ("we remove even the toughest stains"; not "we found that even the hardest bugs have simple causes").
    accept: (view, hit) =>
      // Bare "start to finish" or "start-to-finish", without "from", reads as a fragment too easily ("The parser reads the file start to finish"): it needs the business.
      (BUSINESS_WORDS.test(view.text) || (isFragment(view) && !/^start[- ]to[- ]finish/.test(hit.match[0]))) &&
      (!/^even/.test(hit.match[0]) || /\b(?:remov(?:e|es|ing)|handl(?:e|es|ing)|tackl(?:e|es|ing)|fix(?:es|ing)?|clean(?:s|ing)?|solv(?:e|es|ing)|repair(?:s|ing)?|lift(?:s|ing)?|get rid of|take on|takes on|treat(?:s|ing)?|eliminat(?:e|es|ing))\b(?: [a-z]+){0,2}\s*$/.test(view.text.slice(0, hit.start))),
  },
  {
    // Any job at all: "no job too big or small".
    name: 'start to finish',
    // And staying till the end: "we stay until the job is done" (said by the business, or no one says it).
    pattern: /\b(?:we|i) (?:stay|work|keep working|keep going|don't stop|won't stop|don't leave|won't leave) until (?:the|your|every) (?:job|work|project|problem|issue) is (?:done|finished|complete|completed|fixed|solved|resolved)\b|\bno (?:job|task|project|repair|event)s? (?:is )?too (?:big|small|large|complex|complicated|difficult|hard)(?: or (?:too )?(?:big|small|large))?\b/g,
    // No one but a business offering the work says it, so it needs no "we".
    selfNegating: true,
  },
  {
    // Where the business serves, said as everywhere: "we ship worldwide", "we
    // travel anywhere around the world", "we serve shoppers from all over the
    // world", "we cover the whole of London". Only after a verb of serving:
    // "our customers come from all over the world" boasts, it serves no one.
    name: 'anywhere',
    pattern: /\b(?:anywhere|everywhere) (?:in|on|around|across) (?:the )?(?:world|globe|planet|country|nation|uk|us|usa|europe)\b|\ball (?:over|around|across) the (?:world|globe|planet|country|nation)\b|\b(?:all|every) (?:areas?|parts?|corners?|regions?|neighbou?rhoods?) of\b|\bthe whole of\b|\ball of (?!(?:your|our|the|their|its|this|that|these|those|them|it|us|you|my|his|her)\b)|\b(?:worldwide|nationwide|anywhere)\b/g,
    // "All of" and "the whole of" only before a place's name ("all of Greater Manchester"; not "our tests cover all of lodash's API").
    accept: (view, hit) =>
      SERVES_AN_AREA.test(clauseBefore(view, hit.start)) &&
      (BUSINESS_WORDS.test(view.text) || /^\s*(?:serv|ship|deliver|travel|cover|operat|install|visit)/.test(view.text)) &&
      (!/(?:^all|^the whole|areas?|parts?|corners?|regions?|neighbou?rhoods?) of$/.test(hit.match[0].trim()) || /^\s*(?:the )?[A-Z]/.test(view.original.slice(hit.end))),
  },
  {
    name: 'full range',
    // "Line" as a line of goods: "our full line of HVAC equipment", or said by the business ("we carry the complete
    // line"); not "the widest line in a string" or "yank an entire line".
    pattern: /\b(?:full|complete|entire|whole|widest|every) (?:range|selection|line|catalog(?:ue)?|spectrum|suite|menu)\b|\b100% of\b|\bone[- ]stop[- ](?:[a-z]+ )?(?:shop|solutions?|destination|source)\b/g,
    // Said of a document, which lists rather than offers: "This page is a one-stop shop for all configuration options".
    accept: (view, hit) =>
      !DOCUMENT_SUBJECT.test(clauseBefore(view, hit.start)) && (!/line$/.test(hit.match[0]) || /^ of\b/.test(view.text.slice(hit.end)) || BUSINESS_WORDS.test(view.text)),
  },
  // "The only wallet you'll ever need": everything needed, said as one product.
  // One to three words as one repeated group: three optional groups became nested runs in the prefilter's loose form, which hung on long words.
  { name: 'whatever you need', pattern: /\bthe only (?!thing\b)(?:[a-z-]+ ){1,3}you(?:'ll| will)? (?:ever )?need\b/g },
  // "Every field type you'll ever need": the whole range of one. Not a time ("every time you'll ever need it").
  { name: 'whatever you need', pattern: /\bevery (?!(?:thing|time|day|week|month|year|moment|minute|hour)\b)(?:[a-z-]+ ){1,3}you(?:'ll| will)? ever need\b(?! (?:it|them|to)\b)/g },
  // "The last phone system you'll ever need": a hyperbole, no one expects never to buy another.
  { name: 'whatever you need', kind: 'puffery', pattern: /\bthe last (?!thing\b)(?:[a-z-]+ ){1,3}you(?:'ll| will)? ever need\b/g },
  // The rest of a job, taken on by the business: "order your connection and we take care of the rest", "our team takes
  // care of all the details", "we handle the rest", "we handle all the paperwork". Not "the plugin takes care of the
  // rest", where software does, "we use Got to handle all the communication", a tool's purpose, nor a tutorial's "we
  // take care of all the details of authentication in the next chapter" (so no "of" after; and work and
  // communication, which programs coordinate, only with "take care of").
  {
    name: 'full range',
    pattern:
      /\b(?:(?:(?:take|takes|taking|took) care of|handl(?:e|es|ing)|do|does) (?:all (?:of )?)?the rest|(?:take|takes|taking|took) care of all (?:of )?the (?:details|paperwork|logistics|planning|arrangements|work)|(?:handl(?:e|es|ing)|manag(?:e|es|ing)|coordinat(?:e|es|ing)) all (?:of )?(?:the )?(?:[a-z]+ )?(?:paperwork|logistics|arrangements|correspondence|negotiations|permits|filings|heavy lifting))\b(?! of\b)/g,
    accept: (view, hit) => theBusinessDoesIt(view, hit) && !/\bto\s+$/.test(view.text.slice(0, hit.start)),
  },
  // The whole range, said of the business's own work: "we do it all", "we've got it all covered", "we have covered it all".
  { name: 'full range', pattern: /\b(?:we|i)(?:'ve| have)? (?:do|handle|cover|covered|can do) it all\b(?! (?:the time|day|night|the way|in (?:the|this|a|our) (?:[a-z]+ )?(?:chapter|part|section|post|article|series|video|tutorial|lesson))\b)|\b(?:we|i)(?:'ve| have)? got it all covered\b/g },
  // Every threat stopped, of a security service: "protection against all threats", "stops every attack". Said by the
  // business, or opening a line with no subject: not "the sandbox protects against all known attacks", a program's design.
  {
    name: 'nothing missed',
    pattern: /\b(?:against|from|stops?|blocks?|catch(?:es)?|prevents?|defends? against) (?:all|every|any) (?:(?:known|online|cyber|digital|web) )?(?:threats?|attacks?|malware|viruses|intrusions?|breaches|spam|phishing(?: attempts?)?|hackers?)\b/g,
    // Not a need ("we need to protect against all attacks") or a part of a design ("how we defend against every attack in the threat model").
    accept: (view, hit) =>
      (opensOnTheBusiness(clauseWithSubjectBefore(view, hit.start)) && !/\b(?:need|needs|have|has|must|want|wants|how)\b/.test(clauseBefore(view, hit.start))) ||
      opensTheLine(view, hit),
  },
  // Not the reader told to see to it ("make sure nothing is overlooked"), unless the business does ("we make sure …").
  {
    name: 'nothing missed',
    pattern: /\bnothing (?:falls through the cracks|is missed|gets missed|is left out|left to chance|(?:is|gets|will be) overlooked)\b/g,
    selfNegating: true,
    accept: (view, hit) => !/\b(?:make sure|ensure|ensures|ensuring|check that)(?: that)?\s+$/.test(view.text.slice(0, hit.start)) || BUSINESS_WORDS.test(clauseWithSubjectBefore(view, hit.start)),
  },
];

/** A document as the subject: "this page is …", "the guide covers …". */
const DOCUMENT_SUBJECT = /\b(?:this|the) (?:page|document|doc|docs|documentation|guide|readme|repo|repository|file|list|wiki|section|article|post|cheat ?sheet|reference|tutorial|chapter)\b/;

function judge(claim: Claim, capabilities: Capabilities | undefined): Judgement {
  const offerings = capabilities?.offerings;
  // "Flexible pricing for every need" is a boast no declared range can disprove.
  if (!offerings?.complete || claim.kind === 'puffery') return undeclared(claim);
  const { complete, notOffered, items } = offerings;
  if (complete.value) return substantiated('offerings.complete is true', complete.at);
  const missing = notOffered?.value.length ? `; ${notOffered.value.join(', ')} ${notOffered.value.length === 1 ? 'is' : 'are'} declared not offered` : '';
  const suggestion = items?.value.length ? `${items.value.slice(0, 3).join(', ')} and more` : undefined;
  return contradicted(`offerings.complete is false${missing}`, complete.at, suggestion);
}

export const completeness: Rule = {
  id: 'completeness',
  description: 'A complete range is promised: everything, whatever you need, every kind, all your needs, full range.',
  why: '"Everything under the sea" is tested by the first customer who asks for the one thing you do not have. A list of what you do offer promises less and disappoints no one.',
  triggers: ['everything', 'anything you need', 'whatever you need', "every X you'll ever need", "the last X you'll ever need (puffery)", 'we take care of the rest', 'we handle all the paperwork', 'every kind/size/type', 'whatever the distance', 'our course will teach you everything you need to know', 'we install and repair all X', 'every step of the way', 'all your needs', 'all your X in one place', 'full range', '100% of', 'one-stop shop', 'from start to finish', 'no job too small', 'even the toughest', 'we ship worldwide', 'all over the world', 'we carry anything', 'every element of your …', 'at every stage', 'we fix any problem', 'we handle the rest / all the paperwork', 'nothing is overlooked', 'whatever your needs, leave no stone unturned, no detail too small, every detail handled, anything you can imagine (puffery)', 'protection against all threats', 'all ages and skill levels', 'everything is managed for you', 'we stay until the job is done'],
  checkedAgainst: ['offerings.complete', 'offerings.items', 'offerings.not_offered'],
  examples: [
    { bad: 'Everything under the sea, served fresh.', better: 'Salmon, tuna, oysters and lobster, served fresh.' },
    { bad: 'Everything you need to run your shop.', better: 'Inventory, invoicing and shipping labels in one place.' },
  ],
  patterns: () => TRIGGERS,
  judge,
};
