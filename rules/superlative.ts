// superlative: an unprovable ranking ("the best", "#1", "fastest",
// "world-class"). Measurable superlatives are objective claims; vague ones
// are puffery, as advertising regulators draw the line.
import type { Capabilities } from '../src/capabilities/types.js';
import { clauseWithSubjectBefore, GRAMMAR_WORDS, headsAShortLine, saidOfItsOwn, wordCount, type Hit, type Trigger } from '../src/check/match.js';
import { BUSINESS_WORDS } from '../src/check/topics.js';
import { undeclared, type Rule } from '../src/check/rule.js';
import type { SentenceView } from '../src/check/sentence.js';
import type { Claim, Judgement } from '../src/types.js';

/**
 * "We'll do our best.", "try our best", "hope for the best" and the sign-off
 * "All the best," end a clause on "best" after a verb of effort or hope; "We
 * are the best." and "Simply the best." are boasts.
 */
function notAnIdiom(view: SentenceView, hit: Hit): boolean {
  const before = view.text.slice(0, hit.start);
  const endsClause = /^\s*(?:[,.!?;:)"]|$)/.test(view.text.slice(hit.end));
  return !(endsClause && /\b(?:do|does|did|doing|done|try|tries|tried|trying|for|all)\s+$/.test(before)) && !readersChoice(view, hit) && !isOwnBest(before, hit);
}

/** "Look and feel your best", "your lawn will look its best", "at their best": one's own best, not a ranking of the business. */
function isOwnBest(before: string, hit: Hit): boolean {
  return /^(?:your|its|their)\b/.test(hit.match[0]) && /\b(?:look|looks|looking|feel|feels|feeling|be|at|perform|performing)\s+$/.test(before);
}

/**
 * "We help you make the best decisions", "find the best possible tutor for
 * you", "determine the best solution": the best the reader picks, not a
 * ranking of the business ("we are the best choice" still is one).
 */
function readersChoice(view: SentenceView, hit: Hit): boolean {
  const before = view.text.slice(0, hit.start);
  // "We choose the best snacks each month": the business picks, and boasts of it.
  if (/\b(?:we|i)(?: [a-z]+ly)? (?:choose|pick|select|hand-?pick)(?: (?:only|just))? (?:(?:the|a) )?$/.test(before)) return false;
  return /\b(?:make|making|find|finding|choose|choosing|pick|picking|determine|determining|select|selecting|identify|identifying)(?: (?:the|your|a))? $/.test(before);
}

/**
 * "One of your greatest investments", "your finest moments": the reader's
 * own best, not a boast of the business. Only those superlatives: "your
 * premier roofing contractor" and "your unforgettable stay" are slogans,
 * and "their" is often the business in the third person ("known for their
 * exceptional service").
 */
function isTheReaders(view: SentenceView, hit: Hit): boolean {
  return /^(?:greatest|finest)\b/.test(view.text.slice(hit.start, hit.end)) && /\byour\s+$/.test(view.text.slice(0, hit.start));
}

/** The business in the sentence, or a line of up to eight words with no closing stop: a heading ("Services You Can Rely On"). */
function saidByTheBusinessOrAsAHeading(view: SentenceView): boolean {
  return BUSINESS_WORDS.test(view.text) || (!/[.!?]\s*$/.test(view.text) && wordCount(view.text) <= 8);
}

/** No describing word between praise and what is offered ("a great deal of", "the great majority of our results"). */
const NOT_DESCRIBING_PRAISE = `${GRAMMAR_WORDS}|our|deal|majority|many|number`;

/** Praise in everyday words, a boast only before what the business offers (see the trigger). */
const EVERYDAY_PRAISE = 'fine(?= (?:workmanship|craftsmanship|dining|cuisine))|expert(?= (?:workmanship|craftsmanship|care|team|staff|technicians))|wonderful|great|excellent|superior|famous|delicious|renowned|legendary|remarkable|extraordinary|awesome|first[- ]rate|top[- ]class|fabulous|terrific|marvell?ous';
/** What a business offers, which everyday praise makes a boast. */
const WHAT_IS_OFFERED =
  'service|services|care|workmanship|craftsmanship|dining|selection|experiences?|hospitality|setting|cuisine|food|meals|results|team|staff|teachers|instructors|technicians|value|prices|rates|quality|customer service|atmosphere|ambiance|uptime|products';

/** What a business is or sells, said to be the only one of its kind ("the only CRM that …"). */
const ONE_OF_A_KIND =
  'compan(?:y|ies)|providers?|firms?|agenc(?:y|ies)|business|platforms?|services?|apps?|crm|solutions?|software|managers?|brands?|stores?|shops?|contractors?|studios?|clinics?|practices?|salons?|restaurants?|baker(?:y|ies)|schools?|academ(?:y|ies)|hosts?|vpns?|banks?|marketplaces?|plumbers?|electricians?|dentists?|locksmiths?|movers?|cleaners?|roofers?|installers?|dealers?|dealerships?|retailers?|suppliers?|manufacturers?|distributors?|builders?|insurers?';

/** Idioms of standing that technical prose also uses ("with the utmost care", "the go-to statement", "sets the standard for HTML"): only with the business. */
const STANDING_IN_TECHNICAL_PROSE = /^(?:(?:with )?the utmost|the go-to|sets? the standard|set(?:s|ting)? (?:a |the )?new standards?|outstanding|superior)\b/;

const TRIGGERS: Trigger[] = [
  {
    name: '#1',
    // Not inside a word, an issue number or a reference ("issue#1", "&#1;", "/#1"); after "!" it is
    // still a rank ("Wow!#1 in town"), which the sentence splitter may start a sentence with.
    pattern: /(?<![\w#&/])(?:#\s?1|no\.\s?1|number one|number 1)\b(?! (?:reason|thing|tip|rule|question|mistake|priority|step|goal|concern|focus))/g,
  },
  {
    // A comparison with everyone else is a ranking too, and a measurable one:
    // "4x more providers than competitors", "90% less expensive than
    // alternatives", "faster than any other pizza place". Not a comparison
    // with one named thing ("2x faster than v1"), which a reader can check.
    // Up to three words may come between, as one repeat of letters after
    // spaces or hyphens. Its loose form is "anything at all", which is
    // linear; three optional slots of "[a-z-]+" each split a run of dashes
    // (a Markdown heading's underline) or a long word every possible way,
    // and the prefilter took 12 s on 56 dashes. "Unlike" below does the same.
    name: 'than competitors',
    pattern:
      /\b(?:\d+(?:\.\d+)?\s?(?:x|×|%|times)\s+)?(?:more|less|fewer|faster|quicker|cheaper|better|stronger|safer|easier|simpler|smarter|bigger|larger|greater|higher|lower|longer|fresher|friendlier|tastier)\b(?:[\s-]+[a-z]+){0,3}[\s-]+than\s+(?:(?:(?:any|all|every|most)\s+(?:other\s+)?|other\s+)(?:[a-z]+(?:-[a-z]+)*\s+)?(?:[a-z]+(?:-[a-z]+)*\s+)?(?:competitors?|alternatives?|providers?|companies|company|firms?|agenc(?:y|ies)|places?|brands?|services?|shops?|stores?|options?|rivals?|one)|(?:the\s+)?other\s+guys|(?:our|the|its|their)\s+(?:competitors|competition|rivals|alternatives)|competitors|alternatives|the competition|the rest|anyone(?: else)?|anybody(?: else)?|others)\b/g,
  },
  {
    // The big firms stand for everyone else, when the business compares itself: "we have a much lower operational cost
    // than big companies and franchises", "our prices are lower than the big-box stores" (not "small teams move faster
    // than big companies", a saying).
    name: 'than competitors',
    pattern:
      /\b(?:more|less|fewer|faster|quicker|cheaper|better|lower|higher|friendlier)\b(?:[\s-]+[a-z]+){0,3}[\s-]+than\s+(?:the\s+)?(?:big|bigger|large|larger|national|chain|corporate|big-box)\s+(?:[a-z]+\s+)?(?:companies|firms|chains|franchises|agencies|brands|stores|retailers|competitors)\b/g,
    accept: (view, hit) => BUSINESS_WORDS.test(clauseWithSubjectBefore(view, hit.start)),
  },
  {
    // And prices set below theirs: "services at prices far below those of franchised handyman services".
    name: 'than competitors',
    pattern:
      /\b(?:prices?|rates|costs?) (?:(?:are|is) )?(?:far |well |much |way )?(?:below|under) (?:those|that) of (?:the )?(?:big|bigger|large|larger|national|chain|corporate|big-box|franchised?)(?: [a-z-]+)? (?:services|companies|firms|chains|stores|retailers|competitors|handym[ae]n|contractors|brands|agencies|franchises)\b/g,
  },
  {
    // The same comparison made by contrast: "Unlike other moving companies, we offer affordable rates", "we are
    // different from other special event venues because …".
    name: 'than competitors',
    pattern: /\b(?:unlike|different (?:from|than)) (?:(?:any |most |the |all |many )?other|most|many|(?:most|many) of our)(?:[ -][a-z]+){0,5} (?:compan(?:y|ies)|providers?|firms?|agenc(?:y|ies)|businesses|services?|shops?|stores?|brands?|movers|contractors|competitors|cleaners|plumbers|practices|clinics|hosts|options|venues|salons|studios|restaurants)\b|\bunlike (?:other|the other|our) (?:guys|competitors|competition|rivals)\b/g,
    accept: (view) => BUSINESS_WORDS.test(view.text),
  },
  {
    // One of a kind is a comparison with everyone else: "dotenv-vault is the only secrets manager that works with .env
    // files", "the only CRM built for agencies", "the only licensed mold remediation company in the county". Only of a
    // business or what it sells, named by the noun before "that", "built for" or "in the county": technical prose
    // says "the only tool that currently has …", "the only restriction is that …", "the only runtime that exposes …".
    name: 'than competitors',
    pattern: new RegExp(
      `\\bthe only (?:[a-z-]+ ){0,3}?(?:${ONE_OF_A_KIND})(?= (?:that|which|who|built|designed|made|to offer|to give|to provide|to combine|in (?:the |our |this )?(?:area|county|city|town|state|region|country|world|market|industry))\\b)`,
      'g',
    ),
    accept: (view, hit) => /\b(?:is|are|'s|’s|we're|we are)\s+$/.test(view.text.slice(0, hit.start)) || hit.start === 0,
  },
  // Being the first of a kind in a place is the same comparison: "The first vegan Mexican home bakery in the UK!",
  // "we are the first licensed plumber in the state to …". Only of the business, named as a trade (ONE_OF_A_KIND), and
  // where the place ends the phrase: "the first line in the file", "the first time in the world" and "the first
  // provider in the country list" are no business.
  {
    name: 'than competitors',
    pattern: new RegExp(
      `\\bthe first (?:[a-z-]+ ){0,4}?(?:${ONE_OF_A_KIND})(?= (?:in|of) (?:the )?(?:uk|us|usa|u\\.s\\.|world|country|nation|city|town|state|region|county|area|europe|america|canada|australia)(?=\\s*(?:[.!,;]|$)|\\s+(?:to|that|with|for)\\b))`,
      'g',
    ),
    accept: (view, hit) => /\b(?:is|are|'s|’s|we're|we are|i am)\s+$/.test(view.text.slice(0, hit.start)) || hit.start === 0,
  },
  // The same said of prices and deals: "nobody beats our prices", "our prices can't be beat".
  {
    name: 'than competitors',
    pattern:
      /\b(?:no one|nobody|no-one|no other [a-z]+) (?:beats|can beat|will beat|matches|can match|offers better)(?= (?:our|us)\b)|\b(?:prices?|rates|deals?) (?:that )?(?:can't|cannot|can not|won't) be (?:beat|beaten|matched)\b/g,
    selfNegating: true,
  },
  {
    // What the business gives that no one else does, or that others give less of: "No web design or hosting company
    // offers hosting for free", "Few Dallas moving companies can make the same claims", "Other companies will only
    // offer you a limited number of email addresses", "other groomers cut corners".
    name: 'than competitors',
    pattern:
      /\b(?:no|few) (?:other )?(?:[a-z][a-z-]* ){0,4}?(?:compan(?:y|ies)|firms?|providers?|agenc(?:y|ies)|hosts?) (?:else )?(?:offers?|provides?|gives?|(?:can|could) (?:offer|match|beat|compete|make the same claims?|say the same))\b|\bno (?:other|one else)(?: [a-z][a-z-]*){1,9}? as [a-z]+ as (?:we|us)(?: do| can)?\b|\bother (?:[a-z][a-z-]* ){0,2}?(?:compan(?:y|ies)|firms|providers|agencies|hosts|shops|stores|movers|contractors|plumbers|cleaners) (?:will |may |often |usually |typically )?(?:only (?:offer|give|provide|include|allow)|charge (?:you )?(?:extra|more|for))\b|\bother (?:[a-z][a-z-]* ){0,2}?(?:groomers|cleaners|movers|plumbers|electricians|contractors|roofers|painters|landscapers|mechanics|builders|installers|companies|firms|shops|salons|studios) (?:often |may |will |usually |typically |sometimes )?(?:cut corners|skimp on)\b/g,
    // Others compared only with the business or the reader in sight ("other companies will only offer you …"), or
    // with "the same claims": "other cloud providers charge extra for egress" and "few companies can compete with
    // Google's scale" state facts of a trade.
    accept: (view, hit) =>
      /\bsame\b/.test(hit.match[0]) ||
      BUSINESS_WORDS.test(view.text) ||
      /\byou\b/.test(view.text) ||
      (/^no\b/.test(hit.match[0]) && /\b(?:free|cheaper|lower|better|more|as (?:much|many|good|low))\b/.test(view.text.slice(hit.end))),
    selfNegating: true,
  },
  {
    name: 'fastest',
    pattern:
      /\b(?:fastest|quickest|cheapest|lowest[- ]priced?|lowest prices?|(?:largest|biggest)(?! (?:role|part|share|factor|portion|proportion|contributor|impact|effect|cause|source|difference|challenge|risk|mistake|size|amount|bits?|elements?|values?|integers?|index|keys?|files?|chunks?|blocks?|buffers?|packets?|allowed|possible|supported|existing|weight|alignment|common|"))|best[- ]selling|best[- ]rated|highest[- ]rated|most (?:secure|reliable|affordable|popular|accurate|trusted|advanced|powerful|complete|experienced|comprehensive))\b/g,
    // A setting or an option picked by speed or size is no ranking of the
    // business: "1=fastest, 9=slowest", "compress with the fastest
    // compression level", "connect to the fastest server", "find the largest files",
    // "determine the fastest wal_sync_method on your system" (the reader's choice, as with "best"; with the business
    // speaking, "find the cheapest flights with us" still ranks it).
    // Nor are others ranked in passing: "we found the issue in some of the most popular npm packages" (not "our plugins
    // are some of the most popular CSS tools", which ranks).
    accept: (view, hit) =>
      !(readersChoice(view, hit) && !BUSINESS_WORDS.test(view.text)) &&
      !/\b(?:in|from|among|across|into|to|for|with|on|by) (?:some|many|several|all|any) of the\s+$/.test(view.text.slice(0, hit.start)) &&
      !/(?:=|\b\d+\s*(?:=|is))\s*(?:the\s+)?$/.test(view.text.slice(Math.max(0, hit.start - 40), hit.start)) &&
      !/^\s+(?:compression|speed|level|mode|setting|preset|algorithm|method|value)\b/.test(view.text.slice(hit.end)) &&
      !(/^(?:largest|biggest)$/.test(hit.match[0]) && /^\s+(?:files?|director(?:y|ies)|folders?|partitions?|packages?|objects?|processes|tables?|values?)\b/.test(view.text.slice(hit.end))),
  },
  {
    name: 'best',
    kind: 'puffery',
    // "it's best to call", "do our best", "best practices" are advice and
    // idiom, not rankings. Headlines and hurried copy drop the article
    // ("Best pool cleaning service in town", "we offer best relocation
    // services"): bare "best" ranks too when a business or its offer follows
    // within five words, but not as a predicate or advice ("is best for
    // small teams", "for best results", "how best to split your services").
    pattern:
      /\b(?:the|our|its|their|your|world's|america's|industry's)(?: very)? best\b(?![- ](?:selling|rated)\b| (?:to|of luck|we can|[a-z]+ (?:we|i) can\b|way|ways|practices?|efforts?|regards|wishes|part|bet|interests?|of (?:our|my|their|its) (?:abilit(?:y|ies)|knowledge))\b)|\bbest[- ]in[- ](?:class|town|the business|the world)\b|\bbest possible\b|(?<!\b(?:the|our|its|their|your|world's|america's|very|for|is|are|was|were|be|been|it's|that's|what's|works?|worked|looks?|feels?|at|what|which|do|does|did|try|all|second|next|how|by|of)\s)\bbest(?! (?:of|and worst)\b)(?=(?: [a-z&-]+){0,5}? (?:services?|compan(?:y|ies)|providers?|shops?|stores?|agenc(?:y|ies)|firms?|contractors?|prices?|rates|deals?)\b)|^\s*best value(?=[.!]?\s*$)/g,
    accept: notAnIdiom,
  },
  {
    name: 'leading',
    kind: 'puffery',
    // Before a character of text ("a leading slash", "a leading byte-order-mark"), code, a short quoted token or a
    // lone digit ("a leading `v`", 'a leading "="', "a leading 0"), "leading" is a position in text; not before
    // "3D printing" or "5-star", or a quoted word ('the leading "green" cleaning company').
    pattern:
      /\b(?:industry|market|world|global|globally|sector)[- ]leading\b|\b(?:a|the|our) leading\b(?! (?:slash|slashes|zero|zeros|zeroes|whitespace|space|spaces|edge|character|characters|dash|underscore|digit|digits|tab|tabs|and trailing|cause|causes|role|question|questions|byte|bytes|bom|byte-order-mark|segments?|letters?|newlines?|hyphens?|dots?|periods?|signs?|prefix|separator|brackets?|comment|comments)\b| \u00a7| ["'“‘`][^"'”’`\s]{1,3}["'”’`]| \d(?![\d.]*(?:[- ]?[a-z]|%)))/g,
  },
  {
    // Praise of quality or manner no one could measure: "exceptional service",
    // "the ultimate pizza shop", "goes above and beyond". Not "exceptional
    // circumstances" or "the ultimate goal", which describe, not praise.
    name: 'world-class',
    kind: 'puffery',
    pattern:
      /\b(?:world[- ]class|premier|unbeatable|unmatched|unrivall?ed|unparall?eled|second to none|top[- ]notch|top[- ]tier|top[- ]rated|top[- ]quality|(?<!usps |royal mail |by )first[- ]class(?! (?:mail|package|parcel|post|postage|stamps?|tickets?|seats?|cabins?|flights?|lounges?|citizens?|functions?|objects?|values?|types?|support for))|state[- ]of[- ]the[- ]art|cutting[- ]edge|finest|greatest(?! (?:need|needs|extent|number|amount|common))|like no other|unforgettable|top choice|(?:bank|military)[- ]level(?= (?:security|encryption|protection|safety)\b)|(?:bank|military|enterprise)[- ]grade|(?:exceed|exceeds|exceeding) (?:your|all|every)(?: [a-z]+)? expectations|\btreat(?:s|ed|ing)? (?:you|them|every [a-z]+|each [a-z]+|your [a-z]+|our (?:customers|clients|patients|guests|residents|students))(?: [a-z]+)? like (?:family|royalty|our own)|\btreated like (?:family|royalty|our own)|exceptional (?:services?|results|care|experiences?|value)|excellent (?:customer )?(?:services?|care|workmanship|craftsmanship)(?! (?:discovery|workers?|mesh|providers?|layer|accounts?|names?|calls?)\b)|endless (?:possibilities|choices|options)|(?:possibilities|choices|options) are endless|(?:best|great|excellent|superior|exceptional|outstanding|unrivall?ed) quality|(?<!something )amazing(?! (?:how|that|to)\b)|(?<!something )incredible(?! (?:impact|amount|number|effect)\b)|fantastic|superb|(?:amazingly|incredibly|exceptionally|remarkably) (?:well|fast|quick|quickly|short|low|easy|simple|reliable|friendly|good)|exceptional(?! (?:cases?|circumstances|conditions|situations|events?|handling|return|values?|logic|errors?|exits?)\b)|household name|award[- ]winning|(?:5|five)[- ]star (?:rated|service|experience|care|quality)|at the forefront of|the highest (?:level|degree)s? of(?! (?:access|privileges?|permissions?|nesting|detail)\b)|above and beyond|unprecedented|the (?:highest|utmost)(?: [a-z]+)? standards?|the (?:highest|finest) quality (?:materials|ingredients|products|parts|supplies|equipment|workmanship|care|service)|(?:far )?surpass(?:es|ing)?(?= (?:any|all|every|the) (?:of the )?(?:competition|competitors?|others|rest|expectations)\b| (?:your|all) expectations\b)|(?:for )?ultimate (?:performance|comfort|convenience|protection|luxury|relaxation|flexibility|reliability|peace of mind)|(?:the|an|your) ultimate(?! (?:goal|aim|purpose|source|cause|responsibility|decision|result|outcome|reference|ancestor|parent|status|authority|truth|test)\b)|(?:heirloom|museum|gallery|restaurant)[- ]quality)\b/g,
    accept: (view, hit) => !isTheReaders(view, hit),
  },
  {
    // "Premium" heading a short line of copy, a label of quality no one could measure: "Premium Coffee", "Premium Window
    // Tinting Service", "Premium quality automotive glass products". Not a plan or tier ("Premium plan", "Premium
    // Sponsors", "Premium: $9/mo", "Premium-only features"), "Premium" alone (a pricing column), a sentence ("Premium
    // costs $5 a month."), nor in one, where it is as often a product's name ("a 7-day free trial of Premium").
    name: 'world-class',
    kind: 'puffery',
    pattern:
      /^premium(?= (?!(?:plans?|tiers?|subscriptions?|accounts?|members?|membership|users?|customers?|versions?|editions?|features?|support|licen[cs]es?|only|access|content|sponsors?|partners?|api|ssd|storage|costs?|is|are|includes?|gives?|adds?|unlocks?|offers?|comes?|has|have|was|will)\b)[a-z])/g,
    accept: (view) => wordCount(view.text) <= 6 && !/[.!?:;]\s*$/.test(view.text),
  },
  {
    // Standing and care said as idioms: "the go-to experts", "look no
    // further", "your search ends here", "you'll be amazed", "what we do best", "the trusted choice", "with the utmost
    // respect" (not "of the utmost importance"), "we set new standards",
    // and a place's own leader ("the Outer Banks' leading construction
    // company"; not "it's leading to", "that's leading companies to" or
    // "the file's leading whitespace").
    name: 'world-class',
    kind: 'puffery',
    pattern:
      /\b(?:(?:with )?the utmost(?! importance\b)|the go-to(?= (?:[a-z]+(?:-[a-z]+)* )?(?:experts?|team|company|place|shop|choice|provider|source|destination|spot|name|partner|agency|people|specialists?|service|for)\b)|look no further|your search (?:ends here|is over)|what sets us apart|(?:you'll|you will|you shall|you're going to) be (?:amazed|blown away|astonished)|(?:outstanding|superior) (?:service|results|care|craftsmanship|workmanship|value|customer service|experiences?)(?! (?:requests?|tickets?|items?|orders?|balances?|issues?)\b)|top[- ]of[- ]the[- ]line|like never before|what we do best|set(?:s|ting)? (?:a |the )?new standards?|sets? the standard|(?:the|your) (?:trusted|smart) choice|(?<=[a-z](?:'s?|’s?) )leading(?= (?:[a-z]+(?:-[a-z]+)* )?(?:[a-z]+(?:-[a-z]+)* )?(?:compan(?:y|ies)|providers?|suppliers?|firms?|agenc(?:y|ies)|brands?|manufacturers?|specialists?|experts?|choice|contractors?|builders?|retailers?|dealers?|destinations?|services?)\b))\b/g,
    // Not "that's leading companies to rethink": a contraction, not a place's possessive.
    accept: (view, hit) => {
      const before = view.text.slice(0, hit.start);
      if (/\b(?:that|it|what|there|here|who|he|she)'s\s+$/.test(before)) return false;
      return !STANDING_IN_TECHNICAL_PROSE.test(view.text.slice(hit.start, hit.end)) || BUSINESS_WORDS.test(view.text) || /^\s*$/.test(before);
    },
  },
  {
    // Standing and care as idioms technical prose also uses ("the kernel goes the extra mile to zero pages", "the fmt
    // module is in a class of its own", "nothing compares to a good test suite", "the gold standard in statistics is
    // …"): only with the business in the sentence, or as a line with no verb ("The gold standard in pet care").
    // And the business using or hiring only the best: "we hire only high-quality technicians" (not the advice "use
    // only high-quality images").
    name: 'world-class',
    kind: 'puffery',
    pattern:
      /\bgo(?:es|ing)? the extra mile\b|\bin a (?:league|class) of (?:its|their|our|his|her) own\b|\bnothing (?:else )?compares to(?= (?:our|us)\b)|\bthe gold standard in\b|\bwe (?:always |consistently |regularly )?exceed (?:customer |client )?expectations\b|(?<=\b(?:use|uses|using|used|hire|hires|hiring|source|sources|sourcing|stock|stocks|carry|carries|sell|sells|offer|offers|provide|provides|employ|employs) only (?:the )?)(?:(?:high|top)[- ]quality|superior|premium|finest|freshest)\b/g,
    accept: (view, hit) => BUSINESS_WORDS.test(clauseWithSubjectBefore(view, hit.start)) || (hit.start === 0 && !/\b(?:is|are|was|were)\b/.test(view.text)),
  },
  {
    // Endless of what the business offers: "Endless photo opportunities across our working farm". Not "endless
    // opportunities for contributors" in a README: with the business in the sentence, or heading a short line.
    name: 'world-class',
    kind: 'puffery',
    pattern: /\bendless (?:[a-z][a-z-]* )?(?:opportunities|variety)\b|\bendless [a-z][a-z-]* (?:possibilities|choices|options)\b/g,
    accept: (view, hit) => BUSINESS_WORDS.test(view.text) || headsAShortLine(view, hit),
  },
  {
    // Trust and standards as a boast: "Licensed Plumbing Services You Can Rely On" heading a line, "we maintain high
    // standards of cleanliness" said by the business. Not "a number you can rely on" in a sentence of documentation,
    // nor a project's "we hold contributions to high standards" (no business thing served).
    name: 'world-class',
    kind: 'puffery',
    pattern: /\b(?:services?|team|people|plumbers?|electricians?|cleaners?|movers?|contractors?|professionals|experts?|care|company|partner)(?: [a-z]+)? you can (?:rely on|trust|count on|depend on)\b|\b(?:maintain|uphold|keep) (?:very |the )?high(?:est)? standards of (?:cleanliness|hygiene|sanitation|sanitization|safety|service|care|quality|workmanship)\b/g,
    accept: saidByTheBusinessOrAsAHeading,
  },
  {
    // Everyday praise before what the business offers: "a wonderful selection of piano teachers", "our famous Irish
    // hospitality", "Fine Workmanship", "Professional Superior Service", "superior uptime". Said by the business or as
    // a line with no verb: technical prose says "great support for plugins" and "gives excellent results" of code.
    name: 'world-class',
    kind: 'puffery',
    // Up to two describing words between, none a word of grammar ("the great majority of our results" is no praise);
    // not "take great care", "Lake Superior" or "Superior Court".
    pattern: new RegExp(
      `(?<!\\b(?:take|takes|took|taking|with|lake) )\\b(?:${EVERYDAY_PRAISE})(?! court\\b) (?:(?!(?:${NOT_DESCRIBING_PRAISE})\\b)[a-z-]+ ){0,2}?(?:${WHAT_IS_OFFERED})\\b`,
      'g',
    ),
    accept: saidOfItsOwn,
  },
  // An occasion the business makes memorable: "make it a night to remember", "a wedding day to remember". No one could
  // hold it to a standard; technical prose has no such occasions.
  {
    name: 'world-class',
    kind: 'puffery',
    pattern: /\b(?:a|an|the) (?:(?:wedding|birthday|special) )?(?:night|day|evening|weekend|event|experience|party|celebration|occasion|stay|meal|trip|vacation|holiday|getaway) to remember\b/g,
  },
  // And strong praise on its own, in the same places: "the views from our home are simply stunning", "Stunning visuals
  // out of the box" (not "a spectacular example of the latter type", "our first deploy was a spectacular failure").
  {
    name: 'world-class',
    kind: 'puffery',
    pattern: /\b(?:stunning|phenomenal|spectacular|breathtaking|exquisite|gorgeous|magnificent)\b(?! (?:failures?|defeats?|crash(?:es)?|collapse|mistakes?|errors?|losses|loss)\b)/g,
    // Not what the business uses or thanks others for: "we use the gorgeous Dracula theme", "we thank the magnificent contributors".
    accept: (view, hit) => saidOfItsOwn(view, hit) && !/\b(?:use|uses|used|using|thank|thanks to|borrow(?:s|ed)?|built on|based on|inspired by)(?: [a-z-]+){0,2}\s+$/.test(view.text.slice(0, hit.start)),
  },
  {
    // Standing said as a title: "one of the top dentists in San Diego",
    // "the BBB, the leader in trust", "we are the experts", "Highly Rated".
    // Not a ranked list ("one of the top 10 reasons", "the top-level
    // keys") or a role ("the leader in the cluster", "the leader in
    // Raft"). ("Your trusted …" is as often proxies and keyrings.)
    name: 'standing',
    kind: 'puffery',
    pattern:
      /\b(?:one|some) of the top\b(?!-| (?:\d+|ten|five|three) (?:reasons|things|tips|questions|results|ways|priorities|items)\b)|\bthe (?:industry |market |world |global )?leader in\b(?!-| (?:the|a|an|this|that|each|every|its|their|our|raft|term|sync)\b)|\b(?:we|i)(?:'re| are| am) (?:the|your) (?:[a-z]+ )?experts?\b|\bhighly[- ]rated\b/g,
  },
  {
    // Trusted, of a trade: "Sydney's Trusted Local Plumbers", "your trusted Austin electrician". Not "trusted hosts",
    // "a trusted platform module" or "trusted publishers" (software's terms): only people of a trade, heading a line or
    // with the business speaking.
    name: 'standing',
    kind: 'puffery',
    pattern:
      /\btrusted (?:[a-z][a-z-]* ){0,2}?(?:plumbers?|electricians?|movers?|cleaners?|roofers?|dentists?|contractors?|locksmiths?|landscapers?|painters?|mechanics?|groomers?|builders?|installers?|technicians?|experts?|specialists?|professionals|pros|advisors?)\b/g,
    accept: saidByTheBusinessOrAsAHeading,
  },
  {
    // And as a heading's title: "Somerset Window Cleaning: Your Local Exterior Cleaning Experts". Only opening the
    // line (after a name and a colon) or with the business speaking: not "ask your local experts at the hardware store".
    name: 'standing',
    kind: 'puffery',
    pattern: /\byour local (?:[a-z][a-z-]* ){0,3}?(?:experts?|specialists?|pros)\b/g,
    accept: (view, hit) => /^\s*(?:[^:.!?]{0,60}:\s*)?$/.test(view.text.slice(0, hit.start)) || BUSINESS_WORDS.test(view.text),
  },
  {
    // The business ranks what it does or uses: "we handle the most
    // complicated projects", "I use the most productive tools", "we complete
    // your project at the lowest possible cost". Only with the business in
    // the clause: "the most recent version" and "the shortest possible path"
    // describe, and technical writing is full of them.
    name: 'the most',
    kind: 'puffery',
    pattern:
      /\bthe most (?!(?:recent|common|commonly|likely|used|frequently|important|significant|relevant|basic|popular|appropriate|suitable|part|of|out|people|cases|time)\b)[a-z]+\b|\b(?:lowest|shortest|quickest) possible\b|\bthe shortest (?:amount of )?time\b|\bthe surest\b/g,
    // "The most" only right after the business's verb of serving: "we pick the most specific match" documents.
    accept: (view, hit) => {
      // The business, or "I" (not the "i" of "i.e.").
      const before = clauseWithSubjectBefore(view, hit.start);
      if (!BUSINESS_WORDS.test(before) && !/\bi(?![.\w])/.test(before)) return false;
      return !hit.match[0].startsWith('the most') || /\b(?:handle|use|offer|provide|deliver|create|build|design|tackle|take on|serve|bring|employ|source|stock|carry|sell|make|complete|install|fit|supply|get)s?\s+$/.test(view.text.slice(Math.max(0, hit.start - 40), hit.start));
    },
  },
  {
    // "Our team excels at design"; not Microsoft Excel, which keeps its
    // capital, nor "help students excel in maths", where the reader does.
    name: 'excels',
    kind: 'puffery',
    pattern: /\bexcel(?:s|led)? (?:in|at)\b/g,
    accept: (view, hit) => view.original[hit.start] === 'e' && BUSINESS_WORDS.test(clauseWithSubjectBefore(view, hit.start)),
  },
  {
    name: 'freshest',
    kind: 'puffery',
    // Superlatives of taste and manner ("the freshest ingredients", "the
    // friendliest staff") rank nothing anyone measures. Not those of size,
    // age, place, light or heat ("the largest", "the latest", "the nearest",
    // "the brightest pixels", "the warmest months"), which
    // state facts, nor those technical writing uses for the plainest or
    // best-made way ("the simplest", "the cleanest", "the smartest approach").
    pattern:
      /\b(?:freshest|tastiest|yummiest|juiciest|crispiest|creamiest|friendliest|kindest|nicest|sweetest|loveliest|prettiest|coziest|cosiest|classiest|sleekest)\b/g,
  },
];

function judge(claim: Claim, _capabilities: Capabilities | undefined): Judgement {
  // Only an evidence entry can back a ranking; the checker matches evidence
  // for every rule before it asks the rule, so reaching here means none did.
  return undeclared(claim, claim.kind === 'objective' ? 'cite a source for the ranking, or declare it under evidence in capabilities.yml' : undefined);
}

export const superlative: Rule = {
  id: 'superlative',
  description: 'An unprovable ranking: best, #1, fastest, cheapest, most secure, world-class, leading, unbeatable.',
  why: 'A measurable ranking ("fastest", "#1", "most secure") needs proof held before publication. A vague boast ("world-class") is puffery: allowed, but it tells the reader nothing.',
  triggers: ['#1', 'number one', 'fastest', 'cheapest', 'lowest price', 'most secure', 'best-selling', 'the best (puffery)', 'industry-leading (puffery)', 'a night to remember (puffery)', 'world-class (puffery)', 'Premium … heading a short line (puffery)', 'unbeatable (puffery)', 'freshest, friendliest (puffery)', 'N× cheaper than competitors', 'lower prices than the big companies', 'no other company offers, few companies can make the same claim, other companies only offer, other groomers cut corners', 'prices far below those of franchised …', 'amazing, exceptional, the ultimate, above and beyond (puffery)', 'excels in (puffery)', 'unlike other companies, different from other venues', 'the utmost, the go-to, look no further, your search ends here, you\'ll be amazed, what sets us apart, top-of-the-line, what we do best, set new standards, the trusted choice (puffery)', 'one of the top, the leader in, we are the experts, your local experts, trusted local plumbers, highly rated (puffery)', 'the only X that …', "nobody beats our prices, prices can't be beat", 'excellent service, use only high-quality, bank-level, go the extra mile, exceed your expectations, treated like family, the gold standard in, in a league of its own, nothing compares to (puffery)', 'wonderful selection, famous hospitality, fine workmanship, superior service; stunning, phenomenal, spectacular (puffery)', 'services you can rely on, maintain high standards of cleanliness (puffery)'],
  checkedAgainst: ['evidence'],
  examples: [
    { bad: 'The fastest file sync on the market.', better: 'Syncs a 1 GB folder in 40 seconds (our benchmark, May 2026).' },
    { bad: "The world's most secure cloud.", better: 'SOC 2 Type II audited, with end-to-end encryption.' },
  ],
  patterns: () => TRIGGERS,
  judge,
};
