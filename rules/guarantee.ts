// guarantee: a promise with no exit ("guaranteed", "money back",
// "no questions asked", "risk-free", "lifetime warranty").
import { formatDuration } from '../src/capabilities/format.js';
import type { Capabilities } from '../src/capabilities/types.js';
import { clauseBefore, clauseWithSubjectBefore, type Hit, type Trigger } from '../src/check/match.js';
import { duration, NUMBER, percent } from '../src/check/quantity.js';
import { contradicted, substantiated, undeclared, type Rule } from '../src/check/rule.js';
import type { SentenceView } from '../src/check/sentence.js';
import { BUSINESS_WORDS, SOFTWARE_SUBJECT, spokenByTheBusiness } from '../src/check/topics.js';
import type { Claim, Judgement } from '../src/types.js';

/** Properties of a system's design that documentation says it guarantees: not a promise to a customer. */
const PROPERTIES = '(?:at[- ]least|at[- ]most|exactly)[- ]once|(?:message|event) ordering|in[- ]order delivery|atomicity|linearizability|serializability|idempotency|(?:thread|type|memory)[- ]safety';
const TECHNICAL_PROPERTY = new RegExp(`^\\s+(?:that\\s+)?(?:(?:strong|eventual|the|its|their)\\s+)?(?:${PROPERTIES})\\b`, 'i');
// Words that are everyday words too ("our durability guarantee") count only before the plural: "ordering guarantees", "consistency guarantees".
const TECHNICAL_PROPERTY_BEFORE = new RegExp(`\\b(?:${PROPERTIES}|ordering|consistency|durability|isolation|delivery|safety|versioning|stability|timing|abi|api)\\s+$`, 'i');
/**
 * A part of a program as what is guaranteed, right before "is guaranteed to" or "guarantees that": "This event is
 * guaranteed to be emitted in order", "the after hook is guaranteed to run", "this method guarantees that …". API
 * documentation states behaviour so; a business guarantees its work, products and the reader's results (and "your
 * event", "great value" and "every call" are a business's too).
 */
const CODE_GUARANTEED = /(?:\b(?:methods?|propert(?:y|ies)|functions?|hooks?|callbacks?|handlers?|listeners?|arrays?|objects?|instances?|buffers?|descriptors?|pointers?|loops?|threads?|iterators?|elements?|variables?|arguments?|parameters?|sockets?|signals?|triggers?|allocations?|return values?)|\b(?:this|that|the) (?:[a-z'-]+ )?event)\s+(?:(?:is|are|will be|was|were)(?: (?:only|also|always|not))?\s+)?$/;

/** Words that start another phrase between a length and "warranty": "2 years after the warranty", "a year of our warranty". */
const NOT_WARRANTY_WORDS = 'the|a|an|of|for|on|in|at|to|or|after|later|ago|before|since|until|past|your|our|their|its|this|that|these|those|is|are|was|were|will|be|been|with|from|by|if|when|we|you|it|old|left|remaining';

/** What sets a remedy off: "if you are not happy", "or we will re-shoot", "should the pests return". */
const REMEDY_CONDITION = /\b(?:if|unless|should|otherwise|in case|in such (?:a )?cases?|in the (?:unlikely )?event)\b|(?:^|[^a-z])or we\b|\bin (?:the )?rare (?:case|cases|event|instances?)\b(?=.*\byou\b)/;

/**
 * The reader told to see to a state, or the state as a condition, before it:
 * "make sure your …", "be sure your …", "verify that your …", "if your …".
 * ("Know your data is safe with us" is the business's word: it promises.)
 */
const READER_SEES_TO_IT = /(?:(?:^|[,:;])\s*(?:(?:please|always) )?(?:make sure|ensure|be sure)|\b(?:(?:you|we) (?:must|should|need to|have to) (?:make sure|ensure|be sure)|check|verify|confirm|test)|\b(?:if|whether|unless|until|how|when))(?: that)?\s+$/;
/**
 * After it: protection by something other than the business ("… by a
 * password"; not "… by our security team"), a use ("safe to delete"; not
 * "protected to the highest standard"), or a condition ("… as long as you
 * keep a backup").
 */
const NOT_DECLARED_AFTER = /^\s*(?:by (?!(?:us|our)\b)|to (?!(?:the|a|an|\d)\b)[a-z]|only\b|(?:if|when|unless|provided|as long as|so long as)\b)/;

/** A state of safety declared to the reader, not one they are told to see to, nor one given by something else or on a condition. */
const declaresSafety = (view: SentenceView, hit: Hit) => !READER_SEES_TO_IT.test(view.text.slice(0, hit.start)) && !NOT_DECLARED_AFTER.test(view.text.slice(hit.end));

/** The customer let down, as the condition of a remedy: "if for any reason you are not satisfied", "if you're not 100% happy". */
const NOT_SATISFIED = /\b(?:if|should)\b[^.;]{0,200}?\byou(?:(?:'re| are| were| be)? not| aren't| weren't) (?:(?:completely|fully|totally|entirely|100%) )?(?:satisfied|happy|pleased|delighted)\b/;

/** What a customer books or buys, whose refund is the business's to give: "if the lesson is cancelled, the fee will be refunded". */
const BOOKED_SERVICE = /\b(?:lessons?|bookings?|appointments?|orders?|items?|purchases?|sessions?|class(?:es)?|courses?|reservations?|tickets?|treatments?|visits?|tours?|stays?)\b/;

/** A booking that did not take place, which sets off a remedy as "if" does: "lessons missed by the instructor will be made up" (not "classes missed during the outage", a scheduler's). */
const BOOKING_MISSED = /\b(?:lessons?|appointments?|tutoring sessions?|private sessions?)\b[^.;]{0,80}?\b(?:missed|cancell?ed|unable to (?:meet|attend|take place|go ahead)|postponed)\b/;

/**
 * A tutorial pointing ahead to where it mends its own example: "if the build fails, we'll fix it in the next
 * section", "… later in this guide". The "we" is the author and the reader working through it, not a business.
 */
const TUTORIAL_AHEAD = /\b(?:in (?:the|a) (?:next|following|later|coming) (?:steps?|sections?|chapters?|parts?|lessons?|posts?|articles?|videos?|tutorials?)|later in (?:this|the) (?:tutorial|guide|chapter|section|post|article|book|course|lesson)|in (?:step|section|chapter|part) \d+)\b/;

/** What a maintainer reassures users about: "your config will be migrated", "your existing scripts will keep working". */
const MAINTAINERS_THINGS = new RegExp(`${SOFTWARE_SUBJECT.source}|\\b(?:config(?:uration)?s?|scripts?|clusters?|upgrades?|upgrading|migrat(?:e|ed|ion)|versions?|releases?|apis?|code|builds?|tests?|traffic)\\b`);

const TRIGGERS: Trigger[] = [
  {
    name: 'guaranteed',
    checks: 'refund terms',
    // "guaranteeing 99.9% uptime" keeps its percentage for the uptime check.
    // An uptime SLA is the same guarantee in a contract's name: "99.99% uptime SLA".
    pattern: /\b(?:guarantee[ds]?|guaranteeing|guaranty|guaranties)\b(?: (\d+(?:\.\d+)?)\s?% (?:uptime|availability))?|\b(\d+(?:\.\d+)?)\s?% (?:uptime|availability) (?:sla|guarantee)\b/g,
    quantity: (match) => (match[1] || match[2] ? percent(match[1] ?? match[2], match[0]) : undefined),
    // "guarantees at-least-once delivery", "ordering guarantees": what a system's design ensures, in technical prose.
    // "Failure to do this will invalidate the guarantee", "our guarantee applies only to identical merchandise": the guarantee's terms, not a promise.
    accept: (view, hit) =>
      !/^\s*(?:applies only|only applies|covers only|only covers|(?:does not|doesn't) (?:cover|apply)|is limited to|is void|excludes|is (?:only )?valid only)\b/.test(view.text.slice(hit.end)) &&
      !TECHNICAL_PROPERTY.test(view.text.slice(hit.end)) &&
      !(/^guarantees$/i.test(hit.match[0]) && TECHNICAL_PROPERTY_BEFORE.test(view.text.slice(0, hit.start))) &&
      !(/^guarantee[ds]$/i.test(hit.match[0]) && CODE_GUARANTEED.test(view.text.slice(0, hit.start))) &&
      // "Reliability Guarantees", "Our Guarantees": a heading naming the section the guarantees are in, which then make them.
      !(/^guarantees$/i.test(hit.match[0]) && /^\s*(?:[a-z-]+\s+){0,2}$/.test(view.text.slice(0, hit.start)) && /^\s*$/.test(view.text.slice(hit.end))) &&
      !/\b(?:invalidates?|voids?|forfeits?|loses?|lose) (?:the|this|our|your|any) (?:[a-z]+ )?(?:[a-z]+ )?$/.test(view.text.slice(0, hit.start)),
  },
  {
    name: 'money back',
    checks: 'refund terms',
    // "Love it or return it" and "we'll refund every penny" say the same.
    pattern: /\b(?:(?:your )?money[- ]back|full refunds?|refund guaranteed|100% refund)\b|\blove (?:it|them),? or (?:return|send back) (?:it|them)\b|\brefund (?:you )?every (?:single )?(?:penny|cent)\b/g,
    // "You may return unopened items within 30 days for a full refund" states the customer's right under a policy, the refund window the capabilities file declares; "we'll give you a full refund" is the business promising.
    // The customer may be the subject a comma or two earlier: "You may return new, unopened items … for a full refund".
    // So does "To get a full refund, cancellations must be made 72 hours before": what the customer must do to be owed one.
    // "Unused items may be returned within 15 days with a full refund" says the same in the passive.
    // Not when the business takes over after it: "your order can be cancelled and we'll give you a full refund".
    accept: (view, hit) =>
      !/\byou (?:can|may|could|are (?:eligible|entitled) to)\b[^;:.!?]*$|\b(?:may|can|could) be (?:returned|exchanged|cancell?ed|sent back)\b(?![^;:.!?]*\bwe\b)[^;:.!?]*$/.test(view.text.slice(0, hit.start)) &&
      !/^\s*to (?:get|receive|qualify for|be eligible for|claim)\b/.test(view.text),
  },
  // The same remedy said as the price, at the end of its clause: "done right or you don't pay"; not "or you won't pay the discounted rate".
  { name: "or you don't pay", pattern: /\bor you (?:don't|do not|won't|will not) pay(?: (?:us|a (?:penny|cent|thing|dime)|anything|for it))?\b(?=\s*(?:[,.!;:]|$))/g, selfNegating: true },
  // The same remedy as a firm's policy: "no win, no fee", "you won't pay a penny unless we win your case".
  { name: "or you don't pay", pattern: /\bno[- ]win,?[- ]no[- ](?:fee|pay|charge)\b|\b(?:won't|will not|don't|do not|never) pay (?:a (?:penny|cent|dime|thing)|anything)(?: [a-z]+)? unless\b/g, selfNegating: true },
  // These three promise a refund without conditions, as "money back" does.
  // Not of cancelling alone ("cancel anytime, no questions asked"): the reader may leave, and no money is promised back.
  {
    name: 'no questions asked',
    checks: 'refund terms',
    pattern: /\bno[- ]questions?[- ]asked\b/g,
    selfNegating: true,
    accept: (view) => !/\bcancel/.test(view.text) || /\b(?:refunds?|money|returns?)\b/.test(view.text),
  },
  { name: 'risk-free', checks: 'refund terms', pattern: /\brisk[- ]free\b|\bno risk\b|\bzero risk\b/g, selfNegating: true },
  {
    name: 'satisfaction guaranteed',
    checks: 'refund terms',
    pattern: /\b(?:100% |complete |total |full )satisfaction\b|\b(?:are|be|is|feel) 100% (?:satisfied|happy)\b|\b(?:you(?:'ll| will)? be|you(?:'re| are)|(?:our )?(?:customers|clients|guests|patients) (?:are|will be)|feel) (?:completely|totally|fully|absolutely) (?:satisfied|happy)\b|\bsatisfaction (?:guaranteed|assured|promised|or your money back)\b|\b(?:will|shall) (?:fully |completely |totally )?satisfy you\b/g,
  },
  {
    // "ensuring the safety of shipments": an assurance of outcome, as binding as "guaranteed".
    name: 'ensured',
    pattern: /\b(?:ensur(?:e|es|ing)|assur(?:e|es|ing)) (?:the |your |their |its )?(?:complete |total |full |absolute )?(?:safety|security|satisfaction|success|safe arrival)\b/g,
  },
  {
    // The same assurance in other words: "we spare no effort to assure you of safe moving", "to assure successful
    // relocation", "we assure you that …", "you can rest assured your pet …", "giving you the peace of mind that your
    // event will run smoothly". With the business speaking, or the reader told "you can be assured": not the tutorial's
    // "rest assured, this warning is harmless", nor a library's "rest assured behavior is consistent across platforms".
    name: 'ensured',
    pattern:
      /\bassur(?:e|es|ing) (?:you (?:of )?)?(?:(?:a|an|the|your) )?(?:safe|successful|smooth|complete)\b|\b(?:we|i) (?:can )?assure you\b|\b(?:rest|be) assured\b|\bpeace of mind (?:that|knowing)(?= (?:that )?(?:your?|everything|all|it)\b)/g,
    // "Rest assured" and "we assure you" also end a maintainer's note ("you can rest assured that this release is
    // backward compatible", "we assure you that no data was exposed"): only of the reader's things ("… that your pet
    // will …", "whether your pet is a cat or dog you can be assured that it will receive …"), or with the business
    // promising after it ("rest assured that we shall always keep our end of the bargain").
    accept: (view, hit) =>
      /assured$|assure you$/.test(hit.match[0])
        ? /^\s*that your\b/.test(view.text.slice(hit.end)) ||
          // Without "that", or of "it", not of software: "rest assured your config will be migrated", "if you upgrade
          // your cluster, rest assured it will keep serving traffic" are a maintainer's notes.
          ((/^\s*your\b/.test(view.text.slice(hit.end)) || (/^\s*(?:that )?(?:it|they|he|she) will\b/.test(view.text.slice(hit.end)) && /\byour\b/.test(view.text.slice(0, hit.start)))) &&
            !MAINTAINERS_THINGS.test(view.text)) ||
          BUSINESS_WORDS.test(view.text.slice(hit.end))
        : BUSINESS_WORDS.test(view.text) || (/^peace/.test(hit.match[0]) && /\byour\b/.test(view.text)),
  },
  {
    // The reader told they carry no risk: "if an incident occurs, you are fully protected".
    name: 'fully covered',
    pattern: /\byou(?:'re| are| will be|'ll be)(?: always)? (?:fully|completely|totally|100%) (?:protected|covered|insured)\b/g,
    // Not the reader told to check ("make sure you are fully insured"), nor protection by someone else ("… by the Consumer Rights Act").
    accept: declaresSafety,
  },
  {
    // The reader's things declared out of harm's way: "your information is
    // safe", "your rights are protected", "your data is kept confidential", "… to ensure your personal
    // information remains protected". An outcome no exit is offered from.
    // Not the reader told to see to it ("make sure your account is secure",
    // "check that your connection is secure"), a condition ("if your data
    // is safe", "your files are safe as long as you keep a backup"), a
    // feature ("your account is protected by a password") or a use ("your
    // data is safe to delete").
    name: 'kept safe',
    pattern: /\byour (?:[a-z]+ )?(?:information|data|details|privacy|rights|money|funds|payments?|property|belongings|possessions|home|car|vehicle|valuables|identity|files|records|documents|account) (?:is|are|will be|stays?|remains?|will (?:stay|remain)|(?:is|are|will be) kept) (?:(?:completely|fully|totally|truly|always|absolutely|strictly|100%) )?(?:(?:encrypted|private|backed up) and )?(?:safe|secure|protected|confidential)\b/g,
    accept: declaresSafety,
  },
  // Safe for the people and animals in the reader's care: "every treatment is designed to be safe for your family,
  // pets, and the environment", "pet-safe and kid-safe". Not "safe for concurrent use" or "safe for production", of code,
  // nor "safe for people of all ages", as often an aim (kept-back set 32).
  { name: 'kept safe', pattern: /\bsafe for (?:your |the )?(?:whole )?(?:family|families|kids|children|pets|the environment)\b|\b(?:pet|kid|child)-safe\b/g },
  // Kept safe by the business or what it sells: "our password generator keeps your account protected". Not the reader
  // told to ("keep your account secure with a strong password").
  {
    name: 'kept safe',
    pattern: /\bkeeps? your (?:[a-z]+ )?(?:information|data|details|privacy|accounts?|passwords|money|property|home|files|identity|belongings) (?:safe|secure|protected)\b/g,
    accept: (view, hit) => spokenByTheBusiness(clauseWithSubjectBefore(view, hit.start)) && !/\b(?:library|script|backup|tool|code|app)\b/.test(view.text.slice(0, hit.start)) && declaresSafety(view, hit),
  },
  // Anything of the reader's, kept safe in the business's hands: "your passwords are safe with us", "your pet is safe with us".
  { name: 'kept safe', pattern: /\b(?:your (?:[a-z]+ )?[a-z]+ (?:is|are|will be|stays?|remains?)|you(?:'re| are| will be|'ll be)) (?:(?:completely|totally|always|perfectly) )?(?:safe|secure|protected) with us\b/g, accept: declaresSafety },
  // The business's own word for it: "we promise you'll love it", "we promise to arrive on time", "we promise individual
  // attention", and a sole trader's "I promise". Not "we promise is resolved" (a variable), nor "a promise" of code.
  // "I promise" only to the reader ("I promise to treat your pet like my own"; not "I promise to keep this changelog short").
  {
    name: 'we promise',
    pattern: /\b(?:we|i) promise\b(?= (?!(?:is|was|are|were|and|or|of|in|resolves?|rejects?|nothing)\b)[a-z])/g,
    accept: (view, hit) => /^we/i.test(hit.match[0]) || /\byou(?:r)?\b/.test(view.text),
  },
  {
    // A remedy promised in plain words: "we'll make it right", "we always make it right", "complete the job to your satisfaction".
    name: 'make it right',
    pattern: /\bmake (?:it|things) right\b|\bto your (?:complete |full |total |entire )?satisfaction\b/g,
    // The business must be the one acting: "adjust the settings to your satisfaction" is the reader's job.
    accept: (view, hit) => BUSINESS_WORDS.test(clauseWithSubjectBefore(view, hit.start)),
  },
  {
    // A remedy the business binds itself to when something goes wrong: "if
    // you're not happy with your first lesson we will refund you", "you will
    // love them or we will re-shoot", "if the pests come back, we come back",
    // "if we cannot fix your device, we will not charge you". Another verb
    // may come first: "we'll investigate and fix it", "we'll process a
    // return and refund you".
    // The condition does not hedge it: it is what sets the remedy off, and a
    // sentence without one ("we will refund the original payment method once
    // your return is inspected") states a procedure. "We will only refund
    // unused items" restricts; "we will not deduct" is negated, "we may
    // refund" hedged. The subject and verb are in the match, so a negation
    // elsewhere ("if you are not happy") is the condition's own.
    name: 'we will refund',
    checks: 'refund remedy',
    selfNegating: true,
    pattern:
      /\b(?:we|i)(?:'ll| will)(?: (?:[a-z]+ly|also|then|always|gladly|continue to))?(?: (?:[a-z]+ly|also|then|always|gladly|continue to))?(?: [a-z]+(?: (?:a|an|the) [a-z]+)? and)? (?:refund|(?:provide|issue) you(?: with)? a refund|issue a refund|reimburse|compensate|replace|redo|re-do|reshoot|re-shoot|reclean|re-clean|retreat|re-treat|re-service|reprint|re-print|deduct|correct it|fix it|make it up to you|pay for|pay (?:the |for the )?return (?:shipping|postage)(?: costs?| fees?)?|cover the cost|come back(?! to\b)|intervene|step in|re-?match you|(?:make arrangements to |arrange to )?(?:rectify|remedy) (?:it|this|that|the (?:situation|problem|issue|matter)|any (?:issues?|problems?))|(?:void|waive) (?:my|our|the|your|all) (?:fees?|charges?|invoice|bill))\b|\bwe come back\b(?! to\b)|\b(?:will|shall|would) be (?:fully |promptly )?(?:refunded|reimbursed|credited|made[- ]up(?! (?:of|for|from)\b))\b|\b(?:we|i)(?: (?:will not|won't|shall not)|(?:'ll| will)? never) charge(?: you)?\b/g,
    // The passive binds the business too ("if you cancel the lesson, 50% will be refunded"), when the business, the
    // reader or something they book is in the sentence: "if the transaction fails, the gas fee will be refunded" documents a system.
    // The conditional "would be" needs the business or a booking: "the balance would be credited to your account" is a bank's.
    // No charge is a remedy only for the business's own failure ("if we cannot fix it", "if you are not satisfied with
    // our work, we will never charge you"): "if you're a student, we won't charge you the setup fee" is a price.
    accept: (view, hit) => {
      const passive = /^(will|shall|would) be\b/.exec(hit.match[0]);
      return (
        (REMEDY_CONDITION.test(view.text) || (passive !== null && BOOKING_MISSED.test(view.text))) &&
        !TUTORIAL_AHEAD.test(view.text) &&
        // Stepping in is a remedy for the reader ("contact us and we'll intervene"), not a program's ("if the heartbeat
        // stops, we will step in and restart the worker").
        (!/(?:intervene|step in)$/.test(hit.match[0]) || /\byou(?:r)?\b|\b(?:contact|call|email|tell) us\b|\blet us know\b/.test(view.text)) &&
        (!/ charge\b/.test(hit.match[0]) || /\b(?:if|unless) (?:we|i)\b/.test(view.text) || NOT_SATISFIED.test(view.text)) &&
        !/\bonly\b/.test(view.text.slice(hit.start, hit.end)) &&
        (passive === null || BUSINESS_WORDS.test(view.text) || BOOKED_SERVICE.test(view.text) || (passive[1] !== 'would' && /\byou(?:r)?\b/.test(view.text)))
      );
    },
  },
  // Standing by the customer, said as an idiom: "we've got your back", "we stand behind our work". No remedy is named, so no one could hold the business to it: puffery.
  // So is the reader declared in good hands: "your home is in good hands", "you're in safe hands with us". Not "the
  // project is in good hands with its new maintainers", said of no reader.
  {
    name: 'we stand behind',
    kind: 'puffery',
    pattern: /\bin (?:good|safe|expert|capable|trusted) hands\b/g,
    accept: (view, hit) => /\byou(?:r|'re| are)?\b/.test(clauseBefore(view, hit.start)) || BUSINESS_WORDS.test(view.text),
  },
  // A remedy said as the price: "delivered in 30 minutes or it's free", "fixed right the first time or it's on us".
  // Only after a standard the service must meet (a time, "on time", "right"): not a choice between prices ("pay for
  // the hosted tier, or it's free if you self-host", "whether it's paid or it's free").
  {
    name: 'we will refund',
    checks: 'refund remedy',
    pattern: /\bor (?:it's|it is|your (?:[a-z]+ )?is) (?:free|on us)\b(?! (?:if|for|when|to|with)\b)/g,
    accept: (view, hit) =>
      !/\b(?:whether|either)\b/.test(view.text.slice(0, hit.start)) &&
      /\b(?:in|within|under) (?:\d+|an?|one|two|three)\b|\bon time\b|\bright\b|\bor less\b|\bor sooner\b/.test(view.text.slice(0, hit.start)),
  },
  { name: 'we stand behind', kind: 'puffery', pattern: /\b(?:we(?:'ve)?|we have) got (?:your back|you covered)\b|\bwe have you covered\b|\bwe stand (?:behind|by)(?= (?:our|the|every|all|each)\b)/g },
  {
    // A price beaten or matched, and whatever it takes: "we will match or beat
    // the current offer", "we'll do whatever it takes". Not "we will match you
    // with another instructor", which pairs.
    name: 'price match',
    pattern: /\bprice[- ]match(?:ing|ed)?\b|\bwe(?:'ll| will) (?:match|beat)\b(?! you\b)|\bdo whatever it takes\b/g,
    accept: (view, hit) => !/^do\b/.test(hit.match[0]) || BUSINESS_WORDS.test(clauseWithSubjectBefore(view, hit.start)),
  },
  // "We beat any quote", "we won't be beaten on price": the same, said of every price. The negation is the promise's own.
  { name: 'price match', pattern: /\bwe (?:(?:will |'ll )?either )?(?:match|beat) (?:that|their|the lower|a lower|any lower) (?:price|quote|offer)\b|\bwe (?:match|beat) any (?:(?:[a-z]+ )?(?:quotes?|prices?|offers?|estimates?|deals?|rates?))\b|\b(?:won't|will not|never|can't|cannot) be beaten on price\b/g, selfNegating: true },
  {
    // Revisions or visits until the customer is satisfied: "we will continue making revisions until your expectations are met".
    name: 'until you are satisfied',
    pattern: /\buntil (?:you(?:'re| are)|your expectations are)(?: (?:completely|totally|fully|entirely|absolutely|100%))? (?:satisfied|happy|delighted|met)\b/g,
    // The business keeps at it: not "we recommend experimenting until you are satisfied", where the reader does.
    accept: (view, hit) => /\bwe(?:'ll| will)? (?:(?:[a-z]+ly|gladly|always) )?(?:keep|continue|work|revise|redo|re-|return|come back|make)/.test(clauseBefore(view, hit.start)),
  },
  {
    // Or is not finished before: "we're not done until you're 100% happy". The "not" is the promise's own.
    name: 'until you are satisfied',
    // "We don't leave until you've inspected our work and are 100% satisfied" says the same.
    pattern: /\bwe (?:don't|do not|won't|will not) (?:leave|stop|rest)(?: [a-z]+)? until\b(?=[^.!?]*\b(?:satisfied|happy|delighted)\b)|\bwe(?:'re| are) not (?:done|finished) until (?:you(?:'re| are)|your expectations are)(?: (?:completely|totally|fully|entirely|absolutely|100%))? (?:satisfied|happy|delighted|met)\b|\bwe(?:'re| are) not (?:happy|satisfied) until (?:you(?:'re| are)|your [a-z]+ (?:is|are|looks?|sparkles?|shines?))\b/g,
    selfNegating: true,
  },
  {
    name: 'warranty',
    checks: 'warranty length',
    // What it covers or what kind it is may come between, up to four words: "a one year parts and labor warranty",
    // "10 Year Transferable Expanded Metal Warranty", "5 Year No Rust-Through Warranty". Not a word that starts
    // another phrase ("2 years after the warranty"). Short ones count too: "a 90-day limited warranty".
    pattern: new RegExp(`\\b(life[- ]?time|(${NUMBER})[- ](year|yr|month|week|day)s?)(?:[- ](?!(?:${NOT_WARRANTY_WORDS})\\b)(?:&|[a-z][a-z'-]*)){0,4}[- ](?:warranty|warranties|guarantee)\\b`, 'g'),
    quantity: (match) => (/^life/.test(match[1]) ? undefined : duration(match[2], match[3], match[0])),
    // Days and weeks make a warranty, not a guarantee: "our 30-day guarantee" is a refund promise, judged as one.
    accept: (_view, hit) => !(/^(?:day|week)$/.test(hit.match[3] ?? '') && /guarantee$/.test(hit.match[0])),
  },
  // The length said after: "our work is warrantied for 10 years".
  {
    name: 'warranty',
    checks: 'warranty length',
    pattern: new RegExp(`\\b(?:warrantied|warranted) for (?:up to )?(${NUMBER}) (year|yr|month)s?\\b`, 'g'),
    quantity: (match) => duration(match[1], match[2], match[0]),
  },
  // A warranty with no length named: "Sure Start Plus extended warranty coverage". Not checked against the declared length, which it does not state.
  {
    name: 'extended warranty',
    pattern: /\b(?:extended|enhanced|comprehensive|full) warranty\b(?! (?:details|terms|information|info|conditions|policy|claims?)\b)/g,
    // Given by the business, or opening its sentence ("Full warranty on every repair"): not "you can buy an extended warranty from the manufacturer".
    accept: (view, hit) => /^\s*$|\b(?:we|our|us|gets?|comes? with|includ(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|offer(?:s|ed|ing)?|backed by|benefit from)\b/.test(clauseBefore(view, hit.start)),
  },
];

function judge(claim: Claim, capabilities: Capabilities | undefined): Judgement {
  if (!capabilities) return undeclared(claim);
  const { window, conditions } = capabilities.refunds;

  if (claim.quantity?.kind === 'percent' && capabilities.uptime) {
    const uptime = capabilities.uptime;
    if (uptime.value >= claim.quantity.value) return substantiated(`uptime is ${uptime.text}`, uptime.at);
    return contradicted(`uptime is ${uptime.text}`, uptime.at, `${uptime.value}% uptime`, /uptime/i.test(claim.text) && !/guarantee/i.test(claim.text));
  }

  if (claim.checks === 'warranty length') return judgeWarranty(claim, capabilities);

  if (claim.checks === 'refund terms') {
    const terms = refundTerms(window?.value, conditions?.value);
    if (conditions) return contradicted(`refunds are limited: ${terms}`, conditions.at, `refunds ${terms}`);
    if (window) return contradicted(`refunds are limited to ${formatDuration(window.value)}`, window.at, `refunds ${terms}`);
  }
  // A refund as a remedy ("if you're not happy, we will refund you") sets
  // its own condition, which only a reader can weigh against the declared
  // terms: not judged, but the advice names those terms rather than asking
  // for a declaration that is already there.
  const declaredRefunds = conditions ?? window;
  if (claim.checks === 'refund remedy' && /\b(?:refund|reimburse)/i.test(claim.text) && declaredRefunds) {
    return undeclared(claim, `its condition is not checked against the declared refunds (${refundTerms(window?.value, conditions?.value)}, ${declaredRefunds.at}); say those terms`);
  }
  return undeclared(claim);
}

function judgeWarranty(claim: Claim, capabilities: Capabilities): Judgement {
  const warranty = capabilities.warranty;
  if (!warranty) return undeclared(claim);
  const promised = claim.quantity?.kind === 'duration' ? claim.quantity.minutes : Number.POSITIVE_INFINITY;
  const declared = warranty.value.minutes ?? Number.POSITIVE_INFINITY;
  if (declared >= promised) return substantiated(`warranty is ${warranty.text}`, warranty.at);
  // "2 years" → "2-year warranty"; "lifetime" stays as it is.
  return contradicted(`warranty is ${warranty.text}`, warranty.at, `${formatDuration(declared).replace(/^(\d+) (\w+?)s?$/, '$1-$2')} warranty`);
}

/** "within 1 day for unfinished meals, reported to the manager on the day". */
function refundTerms(windowMinutes: number | undefined, conditions: string | undefined): string {
  const parts = [];
  if (windowMinutes !== undefined) parts.push(`within ${formatDuration(windowMinutes)}`);
  if (conditions) parts.push(`for ${conditions}`);
  return parts.join(' ');
}

export const guarantee: Rule = {
  id: 'guarantee',
  description: 'A promise with no exit: guaranteed, money-back, no questions asked, risk-free, lifetime warranty.',
  why: 'Advertising codes expect every significant limit of a guarantee to be stated. A refund with conditions sold as "no questions asked" turns a routine refusal into a broken promise.',
  triggers: ['guaranteed', 'guarantee', 'money back', 'full refund', 'no questions asked', 'risk-free', '100% satisfaction', 'lifetime warranty', '<n>-year warranty', "we'll make it right", 'to your satisfaction', "we'll refund / replace / re-do / rectify it", 'I will void my fees', 'missed lessons will be made up or credited', 'until you are satisfied', 'we will match or beat', 'whatever it takes', 'extended warranty', "we've got your back (puffery)", 'you are fully protected', 'satisfaction assured', 'we beat any quote', "or you don't pay", 'your data is safe', '… will be refunded (after a condition)', "we won't charge you, we'll never charge you (after a condition)", 'in good hands (puffery)', "or it's free", 'warrantied for N years', 'completely satisfied', 'love it or return it', 'refund every penny', 'we promise / I promise', 'your X is safe with us', 'we keep your data safe', 'we\'ll intervene, we\'ll rematch you (after a condition)', 'your data is kept confidential', 'assure you of safe …, rest assured, you can be assured that, peace of mind that', 'safe for your family and pets, pet-safe'],
  checkedAgainst: ['refunds.window', 'refunds.conditions', 'warranty', 'uptime'],
  examples: [
    { bad: 'Your money back, guaranteed, no questions asked.', better: 'Refunds within 30 days for unused items with a receipt.' },
    { bad: 'Lifetime warranty on every product.', better: '2-year warranty on every product.' },
  ],
  patterns: () => TRIGGERS,
  judge,
};
