// Most files in a content repo hold no promise at all. Parsing is most of
// the cost of linting one, so before parsing, every trigger the rules look
// for is run, in a loose form, over the file's loose text (parse/loose.ts);
// a file none of them matches cannot produce a claim and is not parsed.
//
// The loose form of a trigger matches wherever the trigger could match in
// the copy. The loose text marks each place markup was taken out (DELETED),
// and the copy may have joined the words there ("ev*er*y") or kept a
// literal character ("x*in 5 days"). In the strict form:
//   - between two characters of a word, any number of marks may stand;
//   - wherever the trigger can match a space, or a character the loose text
//     takes out, there must be at least one character that is not a letter
//     or digit (a space, markup kept, a line break, a mark);
//   - a word boundary holds unless letters or digits stand on both sides (a
//     mark counts as neither, as the literal character it may have been);
//   - other lookarounds are dropped: they only narrow a match.
// So the test can say yes to a file with no claim in it, never no to one
// with a claim.
//
// Marks between letters defeat the regular-expression engine's fast scans:
// every trigger in one strict expression took 40 times as long as without
// them. So a quick form comes first, over the text with its marks taken
// out: no boundaries, no marks, and a gap may be empty. Whatever the strict
// form matches, the quick one matches too; only a file the quick form lets
// through is tried with the strict form.
//
// Even the quick forms of all the triggers, run over every file, were most
// of the prefilter's time: the words each trigger requires come first
// (required-words.ts), and a trigger none of whose words is in the file is
// not tried at all.
import { parseRegExpLiteral, type AST } from '@eslint-community/regexpp';
import { rules } from '../../rules/index.js';
import type { Capabilities } from '../capabilities/types.js';
import { mayHoldDirectives } from '../parse/directives.js';
import type { Format } from '../parse/formats.js';
import { DELETED, looseText, REMOVED_CHARACTERS } from '../parse/loose.js';
import { compiledExtraTriggers, type CheckOptions } from './index.js';
import type { Trigger } from './match.js';
import { requiredWords } from './required-words.js';

/** The pieces a loose form is built of. */
interface Form {
  /** Where the copy has a space or a character the loose text takes out. */
  gap: string;
  /** Where the copy may have nothing, a space or such a character ("(?:^|\s)"). */
  optionalGap: string;
  /** Between two characters of a word. */
  join: string;
  /** For a word boundary of the copy. */
  boundary: string;
}

const NOT_ALPHANUMERIC = '[^a-z0-9]';

const FORMS: Readonly<Record<'quick' | 'strict', Form>> = {
  quick: { gap: `${NOT_ALPHANUMERIC}*`, optionalGap: `${NOT_ALPHANUMERIC}*`, join: '', boundary: '' },
  strict: {
    gap: `${NOT_ALPHANUMERIC}+`,
    optionalGap: `${NOT_ALPHANUMERIC}*`,
    join: `\\u${DELETED.charCodeAt(0).toString(16).padStart(4, '0')}*`,
    boundary: '(?:(?<![a-z0-9])|(?![a-z0-9]))',
  },
};

/** Anything at all: the loose form of a repeat that holds a gap. */
const ANYTHING = '[\\s\\S]*';

/**
 * A loose form compiled for searching: its alternatives, each as the pieces
 * between the "anything"s at its top level, or the whole form as one piece
 * when it has no such "anything".
 *
 * Searched as one expression, "every[\s\S]*need" scans to the end of the
 * text from each "every" when no "need" follows: time growing with the
 * square of the text. Piece by piece it is linear: the leftmost match of
 * the first piece, then the next piece anywhere from where that match
 * starts, and so on. Starting there, not where it ends, keeps the search a
 * superset: whatever the whole form matches, the pieces find in this way.
 */
type CompiledForm = RegExp[][];

export function compileLooseForm(source: string, flags: string): CompiledForm {
  const global = flags.includes('g') ? flags : `${flags}g`;
  if (topLevelSplit(source, ANYTHING).length === 1) return [[new RegExp(source, global)]];
  return topLevelSplit(source, '|').map((alternative) =>
    topLevelSplit(alternative, ANYTHING)
      .filter((piece) => piece !== '')
      .map((piece) => new RegExp(piece, global)),
  );
}

/** Whether a compiled loose form matches somewhere in the text (see CompiledForm). */
export function looseFormMatches(form: CompiledForm, text: string): boolean {
  return form.some((pieces) => {
    let from = 0;
    for (const piece of pieces) {
      piece.lastIndex = from;
      const found = piece.exec(text);
      if (!found) return false;
      from = found.index;
    }
    return true;
  });
}

/** A loose form's source cut at each top-level occurrence of the separator: outside groups, character classes and escapes. */
function topLevelSplit(source: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let index = 0; index < source.length; index++) {
    const character = source[index];
    if (character === '\\') {
      index++;
    } else if (inClass) {
      if (character === ']') inClass = false;
    } else if (depth === 0 && source.startsWith(separator, index)) {
      parts.push(source.slice(start, index));
      start = index + separator.length;
      index = start - 1;
    } else if (character === '[') {
      inClass = true;
    } else if (character === '(') {
      depth++;
    } else if (character === ')') {
      depth--;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

/**
 * The loose form of a pattern, as a regular-expression source, or undefined
 * when it has no loose form (a back-reference): then no file is skipped.
 */
export function loosen(pattern: RegExp, formName: keyof typeof FORMS = 'strict'): string | undefined {
  const form = FORMS[formName];
  const isGap = (part: string) => part === form.gap || part === form.optionalGap;
  const literal = parseRegExpLiteral(pattern);
  const flags = (literal.flags.unicodeSets ? 'v' : literal.flags.unicode ? 'u' : '') + (literal.flags.ignoreCase ? 'i' : '');
  /**
   * Each alternative's loose form, or undefined if one has none. `opening`:
   * nothing stands before them in their piece, so a search may start where
   * they do. `splits`: an anything among their elements starts a new piece
   * (CompiledForm), as only at the top level it does.
   */
  const ofAlternatives = (alternatives: AST.Alternative[], opening: boolean, splits = false): string[] | undefined => {
    const parts = alternatives.map((alternative) => ofElements(alternative.elements, opening, splits));
    return parts.every((part): part is string => part !== undefined) ? parts : undefined;
  };
  const ofElements = (elements: AST.Element[], opening: boolean, splits: boolean): string | undefined => {
    let source = '';
    /** What the last part was: a gap merges with the next gap, a solid part takes a join before the next solid one. */
    let last: 'none' | 'gap' | 'solid' | 'other' = 'none';
    /** Whether nothing yet stands before the next element in its piece. */
    let atOpening = opening;
    for (const element of elements) {
      const part = ofElement(element, atOpening);
      if (part === undefined) return undefined;
      if (part === '') continue;
      if (part === ANYTHING) {
        source += part;
        last = 'other';
        atOpening = splits;
        continue;
      }
      // What follows an anything at all is the start of a piece searched by
      // itself (CompiledForm). A gap there, "[^a-z0-9]+than", would be tried
      // from every place in a run of punctuation and scan the rest of the
      // run from each: time growing with the square of the run. The
      // anything can take in all of the gap but its last character, and a
      // boundary beside it, so the piece opens on that one character, or on
      // nothing when the gap may be empty.
      if (source.endsWith(ANYTHING)) {
        // (The quick form's gap may be empty: it is dropped here.)
        if (part === form.boundary || part === form.optionalGap) continue;
        if (part === form.gap) {
          source += NOT_ALPHANUMERIC;
          last = 'gap';
          atOpening = false;
          continue;
        }
      }
      atOpening = false;
      if (isGap(part)) {
        // Two gaps in a row are one gap (a required one if either is), and fewer ways to backtrack.
        if (last !== 'gap') source += part;
        else if (part === form.gap && source.endsWith(form.optionalGap)) source = source.slice(0, -form.optionalGap.length) + form.gap;
        last = 'gap';
      } else if (part === form.boundary) {
        source += part;
        last = 'other';
      } else {
        if (last === 'solid') source += form.join;
        source += part;
        last = 'solid';
      }
    }
    return source;
  };
  const ofElement = (element: AST.Element, opening: boolean): string | undefined => {
    switch (element.type) {
      case 'Assertion':
        return element.kind === 'word' && !element.negate ? form.boundary : '';
      case 'Group':
      case 'CapturingGroup': {
        const parts = ofAlternatives(element.alternatives, opening);
        if (parts === undefined) return undefined;
        // "(?:^|\s)" and the like: nothing or a gap is a gap that may be empty.
        if (parts.every((part) => part === '' || isGap(part))) return parts.every((part) => part === form.gap) ? form.gap : form.optionalGap;
        return `(?:${parts.join('|')})`;
      }
      case 'Quantifier': {
        // Only the first of several repeats stands where the search starts.
        const inner = ofElement(element.element, opening && element.max <= 1);
        if (inner === undefined || inner === '') return inner;
        if (isGap(inner)) return element.min === 0 ? form.optionalGap : inner;
        // Repeating something that holds a gap could split one run of
        // markup many ways and backtrack exponentially: anything at all is
        // the safe superset.
        if (inner.includes(NOT_ALPHANUMERIC) && element.max > 1) return ANYTHING;
        // Where a search may start, a repeated character counts once, or
        // not at all if it may be missing: "\d+%" is found wherever "\d%"
        // is. Repeated, the quick form ("\d+" with no boundary before it)
        // was tried from every digit of a long number, each time to its end.
        if (opening && element.max === Infinity && ONE_CHARACTER.has(element.element.type)) return element.min === 0 ? '' : inner;
        const quantifier = element.raw.slice(element.element.raw.length);
        // Markup may sit between two repeats too ("[a-z]+" over "ev*er*y").
        return `(?:${inner}${element.max > 1 ? form.join : ''})${quantifier}`;
      }
      case 'Character':
      case 'CharacterSet':
      case 'CharacterClass':
      case 'ExpressionCharacterClass':
        return ofCharacter(element.raw, flags, form);
      default:
        // A back-reference repeats what a group matched; its loose form cannot.
        return undefined;
    }
  };
  // A search finds a match wherever it starts, so a gap at either end of an
  // alternative adds nothing, except a scan through every long run of
  // punctuation, over and over.
  return ofAlternatives(literal.pattern.alternatives, true, true)
    ?.map((alternative) => trimGaps(alternative, form))
    .join('|');
}

function trimGaps(source: string, form: Form): string {
  let trimmed = source;
  for (let again = true; again; ) {
    again = false;
    for (const gap of [form.gap, form.optionalGap]) {
      if (trimmed.startsWith(gap)) [trimmed, again] = [trimmed.slice(gap.length), true];
      if (trimmed.endsWith(gap)) [trimmed, again] = [trimmed.slice(0, -gap.length), true];
    }
  }
  return trimmed;
}

const ALPHANUMERIC = [...'abcdefghijklmnopqrstuvwxyz0123456789'];

/** Elements that stand for one character. */
const ONE_CHARACTER: ReadonlySet<AST.Element['type']> = new Set(['Character', 'CharacterSet', 'CharacterClass', 'ExpressionCharacterClass']);

/** One character of a pattern: itself, a gap, or either. */
function ofCharacter(raw: string, flags: string, form: Form): string {
  const single = new RegExp(`^(?:${raw})$`, flags);
  const canBeGap = single.test(' ') || REMOVED_CHARACTERS.some((character) => single.test(character));
  if (!canBeGap) return raw;
  // A space, "-", "[- ]" or \s only ever stands for what is between words.
  return ALPHANUMERIC.some((character) => single.test(character)) ? `(?:${raw}|${form.gap})` : form.gap;
}

/**
 * One set of triggers (the rules' own, a capabilities file's, a config's),
 * ready to test a file with: or undefined, skip nothing.
 */
type Gate =
  | {
      /** Every word some trigger requires, longest first, as one search; undefined when none does. */
      words: RegExp | undefined;
      /** For each such word, the triggers that require it or a part of it ("guaranteed" holds "guarantee"). */
      triggersOf: Map<string, number[]>;
      /** Triggers that require no word: tried on every file. */
      always: number[];
      forms: Array<{ quick: CompiledForm; strict: CompiledForm }>;
    }
  | undefined;

function gate(triggers: readonly Trigger[]): Gate {
  const forms: Array<{ quick: CompiledForm; strict: CompiledForm }> = [];
  const required: Array<string[] | undefined> = [];
  for (const { pattern } of triggers) {
    const [quick, strict, words] = looseForms(pattern);
    if (quick === undefined || strict === undefined) return undefined;
    const flags = pattern.flags.replace(/[gy]/g, '');
    forms.push({ quick: compileLooseForm(quick, flags), strict: compileLooseForm(strict, flags) });
    required.push(words);
  }
  const allWords = [...new Set(required.flatMap((words) => words ?? []))].sort((a, b) => b.length - a.length);
  const triggersOf = new Map(allWords.map((word) => [word, required.flatMap((words, index) => (words?.some((part) => word.includes(part)) ? [index] : []))]));
  const always = required.flatMap((words, index) => (words ? [] : [index]));
  return { words: allWords.length > 0 ? new RegExp(allWords.join('|'), 'g') : undefined, triggersOf, always, forms };
}

/**
 * Could one of the gate's triggers match? First the words they require:
 * one search for all of them finds which triggers are worth trying at all
 * (on most files, none). Each of those then tries its quick form over the
 * text with the marks taken out, and only if that matches, its strict form
 * over the marked text.
 */
function opens(gate: NonNullable<Gate>, text: string, joined: string): boolean {
  const worthTrying = new Set(gate.always);
  if (gate.words) {
    const { words } = gate;
    words.lastIndex = 0;
    for (let found = words.exec(joined); found; found = words.exec(joined)) {
      for (const index of gate.triggersOf.get(found[0])!) worthTrying.add(index);
      // The longest word at a place is found; a word that starts inside it is found from the next character.
      words.lastIndex = found.index + 1;
    }
  }
  for (const index of worthTrying) {
    const { quick, strict } = gate.forms[index]!;
    if (looseFormMatches(quick, joined) && looseFormMatches(strict, text)) return true;
  }
  return false;
}

/** Patterns' quick and strict loose forms and required words (requiredWords), keyed by the pattern's text, as JSON can hold them (null: none). */
export type LooseForms = Record<string, [quick: string | null, strict: string | null, words?: string[] | null]>;

/**
 * The loose forms of the rules' own triggers, worked out by the build
 * (scripts/bundle.mjs puts them in the bundled CLI): parsing some 50
 * patterns with regexpp took about 60 ms of every run that read a file
 * with text in it. Keyed by the pattern's full text, so a pattern changed
 * since is simply not found, and worked out here. Undefined outside the
 * bundle (tests on the sources, the library).
 */
declare const OVERCLAIM_PREBUILT_LOOSE_FORMS: string | undefined;
const prebuiltForms = typeof OVERCLAIM_PREBUILT_LOOSE_FORMS === 'undefined' ? undefined : (JSON.parse(OVERCLAIM_PREBUILT_LOOSE_FORMS) as LooseForms);

/** A pattern's quick and strict loose forms and required words: from the table the build made, else worked out now. */
export function looseForms(pattern: RegExp, prebuilt: LooseForms | undefined = prebuiltForms): [quick: string | undefined, strict: string | undefined, words: string[] | undefined] {
  const known = prebuilt?.[String(pattern)];
  if (known) return [known[0] ?? undefined, known[1] ?? undefined, known[2] ?? undefined];
  return [loosen(pattern, 'quick'), loosen(pattern, 'strict'), requiredWords(pattern)];
}

/** The rules' own triggers and their loose forms, for the build to put in the bundle. */
export function ownLooseForms(): LooseForms {
  return Object.fromEntries(ownTriggers().map(({ pattern }) => [String(pattern), [loosen(pattern, 'quick') ?? null, loosen(pattern, 'strict') ?? null, requiredWords(pattern) ?? null]]));
}

const ownTriggers = () => rules.flatMap((rule) => rule.patterns(undefined));

/** The rules' own triggers, compiled once; those built from a capabilities file or config, once per such file. */
let ownPatterns: ReadonlySet<RegExp> | undefined;
let ruleTriggers: Gate;
const byCapabilities = new WeakMap<Capabilities, Gate>();
const byExtra = new WeakMap<object, Gate>();

function memo<K extends object>(cache: WeakMap<K, Gate>, key: K, make: () => Gate): Gate {
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
  if (!ownPatterns) {
    const own = ownTriggers();
    ownPatterns = new Set(own.map((trigger) => trigger.pattern));
    ruleTriggers = gate(own);
  }
  const gates: Gate[] = [ruleTriggers];
  const { capabilities, extraTriggers } = options;
  // Triggers that declared facts add (items declared not offered).
  // A gate reads only patterns, so a trigger the rules adjust for a file (another accept, the same pattern) needs none of its own.
  if (capabilities) gates.push(memo(byCapabilities, capabilities, () => gate(rules.flatMap((rule) => rule.patterns(capabilities)).filter((trigger) => !ownPatterns!.has(trigger.pattern)))));
  if (extraTriggers) gates.push(memo(byExtra, extraTriggers, () => gate([...compiledExtraTriggers(extraTriggers).values()].flat())));
  if (gates.some((each) => each === undefined)) return true;
  const text = shortRuns(looseText(source, format));
  const joined = text.includes(DELETED) ? text.replaceAll(DELETED, '') : text;
  if (LONG_WORD.test(joined)) return true;
  return gates.some((each) => opens(each!, text, joined));
}

/**
 * A run of letters and digits far longer than any word. In a quick form,
 * where the gap between two words may be empty, "[a-z]+" beside another
 * word's letters can share such a run between them every way: "we will"
 * before 64,000 letters took 6 s, four times as many sixteen times as long.
 * Copy has no such word, so a text with one is parsed (a Markdown or HTML
 * file block by block, each asked again, and only the block with the long
 * word let through), and each trigger is tried on its sentences, where the
 * boundaries hold. The loose text is in lower case.
 */
const LONG_WORD = /[a-z0-9]{256}/;

/** A run of more than sixteen characters that are not letters or digits (the loose text is in lower case). */
const LONG_RUN = /[^a-z0-9]{17,}/g;

/**
 * The loose text with each long run of punctuation, spaces and marks made
 * short: each character of the run three times, in the order each first
 * appears, and that three times over (a run of "- " becomes
 * "---   ---   ---   "). Where a loose form has a gap next to something that may be
 * punctuation too ("24[^a-z0-9]*(?:/|-)[^a-z0-9]*7"), the regular-
 * expression engine tries every way to share a long run between them:
 * 64,000 dashes after "24" took 2 s, and "fast & & & …" 3.5 s, each
 * growing sixteenfold per fourfold. Within a run, a loose form asks only
 * for a few marks of its own in order ("/", "%", "'"), with gaps of any
 * marks around them; the short run holds any three of the run's marks in
 * any order, each with a copy of itself on either side, and three of one
 * in a row. No trigger of the rules asks for more (a test checks that none
 * asks for four of one mark in a row). A run whose short form would be no
 * shorter, with many different characters, is left as it is.
 */
export function shortRuns(text: string): string {
  return text.replace(LONG_RUN, (run) => {
    const each = [...new Set(run)].map((character) => character.repeat(3)).join('');
    return each.length * 3 < run.length ? each.repeat(3) : run;
  });
}
