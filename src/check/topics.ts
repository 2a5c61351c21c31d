// Which declared fact a promise is about. Each topic is found by the words
// that name it; the one nearest to the trigger wins (see nearestTopic).
import type { Topic } from '../types.js';

/** Software and documents that can "assist you" or be "ours" in technical prose. */
const SOFTWARE_NOUNS = 'wizard|tool|app|application|feature|guide|page|article|tutorial|template|plugin|extension|add-on|dashboard|script|command|option|setting|function|library|module|widget|assistant|bot|chatbot|form|checklist|calculator|ci|linter|formatter|compiler|pipeline|cli|test|suite|build|workflow|action';

/**
 * The business speaking of itself, who a promise binds: "we" (also in
 * "we'll", "we're"), "our", "us"; or named by itself in the third person
 * as the one serving the reader ("Professional Movers assists you"). Not a
 * piece of software or a page doing so ("This wizard assists you with all
 * your settings"): no one there can fail to keep a promise.
 */
export const BUSINESS_WORDS = new RegExp(`\\b(?:we|our|us)\\b|(?<!\\b(?:${SOFTWARE_NOUNS})s? )\\b(?:assists?|serves?) you\\b`);

/** "Our CI will fix any formatting issues", "our linter handles any problems": software of the authors' doing the work, not the business. */
export const SOFTWARE_SUBJECT = new RegExp(`\\b(?:our|the|this|your) (?:[a-z-]+ )?(?:${SOFTWARE_NOUNS})s?\\b`);

/** The business speaks in the text, and not of software of its own: "we run at peak efficiency", not "our CI runs at peak". */
export function spokenByTheBusiness(text: string): boolean {
  return BUSINESS_WORDS.test(text) && !SOFTWARE_SUBJECT.test(text);
}

export const SUPPORT_WORDS =
  /\b(support|help|helpdesk|help desk|service desk|customer service|customer care|team|staff|agents?|experts?|engineers?|specialists?|technicians?|advisors?|reps?|representatives?|repl(?:y|ies|ied)|respond(?:s|ed)?|responses?|answers?|answer(?:s|ed)?|tickets?|calls?|call us|phone|chat|email|e-mail|contact|hotline|emergency|repairs?|service|concierge|assist|assistance|doctors?|open|opening hours|be there|be with you|on[- ]site|call-?outs?)\b/;

export const RESOLUTION_WORDS = /\b(resolve[sd]?|resolution|fix(?:es|ed)?|solve[sd]?|solutions? to your)\b/;

export const DELIVERY_WORDS =
  /\b(ship(?:s|ped|ping)?|deliver(?:s|ed|y|ies)?|dispatch(?:es|ed)?|arrives?|courier|parcels?|packages?|orders?|shipment|postage|pick-?up|collection|(?:at|to) your door(?:step)?|on your doorstep)\b/;

export const SETUP_WORDS =
  /\b(set ?up|set-up|setups?|install(?:s|ation|ed)?|onboard(?:ing)?|provision(?:ing|ed)?|deploy(?:s|ed|ment)?|activat(?:e|ion|ed)|launch|get started|getting started|go live|(?:is|are|be|goes|went) live|sign ?up|signup|migrat(?:e|ion)|start automating|start)\b/;

/** Systems whose availability is measured by uptime rather than opening hours. */
export const UPTIME_WORDS =
  /\b(uptime|downtime|online|files?|data|storage|platform|app|apps|application|website|site|servers?|hosting|cloud|api|dashboard|network|system|systems|infrastructure|tracking|backups?|access|sync)\b/;

export const SPEED_TOPICS: ReadonlyArray<[Topic, RegExp]> = [
  ['resolution', RESOLUTION_WORDS],
  ['support', SUPPORT_WORDS],
  ['delivery', DELIVERY_WORDS],
  ['setup', SETUP_WORDS],
];

export const AVAILABILITY_TOPICS: ReadonlyArray<[Topic, RegExp]> = [
  ['support', SUPPORT_WORDS],
  ['uptime', UPTIME_WORDS],
];
