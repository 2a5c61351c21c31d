// Most files in a content repo hold no promise at all. Parsing is most of
// the cost of linting one, so before parsing, every trigger the rules look
// for is run, in a loose form, over the file's loose text (parse/loose.ts);
// a file none of them matches cannot produce a claim and is not parsed.
//
// The loose form of a trigger matches wherever the trigger could match in
// the copy: lookarounds and word boundaries are dropped (they only narrow a
// match), and wherever the trigger can match a space, or a character the
// loose text takes out, it may match any run of characters that are not
// letters or digits (markup, line breaks, a blockquote's ">"). So the test
// can say yes to a file with no claim in it, never no to one with a claim.
import { parseRegExpLiteral, type AST } from '@eslint-community/regexpp';
import { rules } from '../../rules/index.js';
import type { Capabilities } from '../capabilities/types.js';
import { mayHoldDirectives } from '../parse/directives.js';
import type { Format } from '../parse/index.js';
import { looseText, REMOVED_CHARACTERS } from '../parse/loose.js';
import { compiledExtraTriggers, type CheckOptions } from './index.js';
import type { Trigger } from './match.js';

/** What the copy's space, or markup the loose text took out, can be in the raw text. */
const GAP = '[^a-z0-9]*';


/**
 * The loose form of a pattern, as a regular-expression source, or undefined
 * when it has no loose form (a back-reference): then no file is skipped.
 */
export function loosen(pattern: RegExp): string | undefined {
  const literal = parseRegExpLiteral(pattern);
  const flags = (literal.flags.unicodeSets ? 'v' : literal.flags.unicode ? 'u' : '') + (literal.flags.ignoreCase ? 'i' : '');
  /** Each alternative's loose form, or undefined if one has none. */
  const ofAlternatives = (alternatives: AST.Alternative[]): string[] | undefined => {
    const parts = alternatives.map((alternative) => ofElements(alternative.elements));
    return parts.every((part): part is string => part !== undefined) ? parts : undefined;
  };
  const ofElements = (elements: AST.Element[]): string | undefined => {
    let source = '';
    for (const element of elements) {
      const part = ofElement(element);
      if (part === undefined) return undefined;
      // Two gaps in a row are one gap, and fewer ways to backtrack.
      if (!(part === GAP && source.endsWith(GAP))) source += part;
    }
    return source;
  };
  const ofElement = (element: AST.Element): string | undefined => {
    switch (element.type) {
      case 'Assertion':
        return '';
      case 'Group':
      case 'CapturingGroup': {
        const parts = ofAlternatives(element.alternatives);
        if (parts === undefined) return undefined;
        // "(?:^|\s)" and the like: nothing or a gap is a gap.
        return parts.every((part) => part === '' || part === GAP) ? GAP : `(?:${parts.join('|')})`;
      }
      case 'Quantifier': {
        const inner = ofElement(element.element);
        if (inner === undefined || inner === GAP) return inner;
        // Repeating something that holds a gap could split one run of
        // markup many ways and backtrack exponentially: anything at all is
        // the safe superset.
        if (inner.includes(GAP) && element.max > 1) return '[\\s\\S]*';
        return `(?:${inner})${element.raw.slice(element.element.raw.length)}`;
      }
      case 'Character':
      case 'CharacterSet':
      case 'CharacterClass':
      case 'ExpressionCharacterClass':
        return ofCharacter(element.raw, flags);
      default:
        // A back-reference repeats what a group matched; its loose form cannot.
        return undefined;
    }
  };
  // A search finds a match wherever it starts, so a gap at either end of an
  // alternative adds nothing, except a scan through every long run of
  // punctuation, over and over.
  return ofAlternatives(literal.pattern.alternatives)?.map(trimGaps).join('|');
}

function trimGaps(source: string): string {
  let trimmed = source;
  while (trimmed.startsWith(GAP)) trimmed = trimmed.slice(GAP.length);
  while (trimmed.endsWith(GAP)) trimmed = trimmed.slice(0, -GAP.length);
  return trimmed;
}

const ALPHANUMERIC = [...'abcdefghijklmnopqrstuvwxyz0123456789'];

/** One character of a pattern: itself, a gap, or either. */
function ofCharacter(raw: string, flags: string): string {
  const single = new RegExp(`^(?:${raw})$`, flags);
  const canBeGap = single.test(' ') || REMOVED_CHARACTERS.some((character) => single.test(character));
  if (!canBeGap) return raw;
  // A space, "-", "[- ]" or \s only ever stands for what is between words.
  return ALPHANUMERIC.some((character) => single.test(character)) ? `(?:${raw}|${GAP})` : GAP;
}

/** One regular expression per flag set (a v-flag source cannot join a plain one), or undefined: skip nothing. */
type Combined = RegExp[] | undefined;

function combine(triggers: readonly Trigger[]): Combined {
  const sources = new Map<string, string[]>();
  for (const { pattern } of triggers) {
    const loose = loosen(pattern);
    if (loose === undefined) return undefined;
    const flags = (pattern.flags.includes('i') ? 'i' : '') + (pattern.flags.includes('v') ? 'v' : pattern.flags.includes('u') ? 'u' : '');
    sources.set(flags, [...(sources.get(flags) ?? []), loose]);
  }
  return [...sources].map(([flags, parts]) => new RegExp(parts.join('|'), flags));
}

/** The rules' own triggers, compiled once; those built from a capabilities file or config, once per such file. */
let own: readonly Trigger[] | undefined;
let ruleTriggers: Combined;
const byCapabilities = new WeakMap<Capabilities, Combined>();
const byExtra = new WeakMap<object, Combined>();

function memo<K extends object>(cache: WeakMap<K, Combined>, key: K, make: () => Combined): Combined {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key);
}

/**
 * Could the file hold a claim, or a control comment? False only when no
 * trigger of any rule can match anywhere in its copy.
 */
export function mayHoldClaims(source: string, format: Format, options: Pick<CheckOptions, 'capabilities' | 'extraTriggers'> = {}): boolean {
  // Control comments are read even in a file with no trigger, to report unknown rules in them.
  if (mayHoldDirectives(source)) return true;
  if (!own) {
    own = rules.flatMap((rule) => rule.patterns(undefined));
    ruleTriggers = combine(own);
  }
  const groups: Combined[] = [ruleTriggers];
  const { capabilities, extraTriggers } = options;
  // Triggers that declared facts add (items declared not offered).
  if (capabilities) groups.push(memo(byCapabilities, capabilities, () => combine(rules.flatMap((rule) => rule.patterns(capabilities)).filter((trigger) => !own!.includes(trigger)))));
  if (extraTriggers) groups.push(memo(byExtra, extraTriggers, () => combine([...compiledExtraTriggers(extraTriggers).values()].flat())));
  if (groups.some((group) => group === undefined)) return true;
  const text = looseText(source, format);
  return groups.some((group) => group!.some((pattern) => pattern.test(text)));
}
