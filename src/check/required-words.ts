// The prefilter's first, cheapest question (prefilter.ts): does the file
// hold any word a trigger cannot match without? "every kind of" cannot
// match where neither "every" nor "kind" stands; "(?:same|next)[- ]day"
// not where "day" does not. Searching a file for a few hundred plain words
// is several times faster than running the quick form of every trigger
// over it: most of the quick forms' time went on trying, at every "all" or
// "every" in the file, the alternatives that might follow.
//
// Read off the pattern's syntax tree: a run of letters and digits the
// pattern always matches is a word it requires, and so is, for every
// branch of an alternation, one of the branch's words. A word may be part
// of a longer one in the text ("guarantee" in "guaranteed"): the test is a
// substring search, so that it can only say yes too often, never no.
import { parseRegExpLiteral, type AST } from '@eslint-community/regexpp';

/** What one piece of a pattern tells about the words of its every match. */
interface Words {
  /** Every string it can match, when they are few and only letters and digits ("kinds?": kind, kinds). */
  exact?: string[];
  /** Strings, one of which stands in each of its matches. */
  oneOf?: string[];
}

/** More strings than this is no longer worth spelling out. */
const MOST_STRINGS = 32;

const ALPHANUMERIC = /^[a-z0-9]$/;

/**
 * Strings of letters and digits one of which every match of `pattern`
 * contains, lower-cased; undefined when there are none to be had (a
 * pattern such as "\d+%" or "(?:[a-z]+ ){2}").
 */
export function requiredWords(pattern: RegExp): string[] | undefined {
  const literal = parseRegExpLiteral(pattern);
  const words = ofAlternatives(literal.pattern.alternatives);
  const found = required(words);
  return found && [...new Set(found)];
}

function ofAlternatives(alternatives: AST.Alternative[]): Words {
  const each = alternatives.map((alternative) => ofSequence(alternative.elements));
  const exact = each.every((words) => words.exact) ? each.flatMap((words) => words.exact!) : undefined;
  // Every branch must bring a word: one that may match without any leaves the whole without one.
  const oneOf = each.map((words) => required(words));
  return {
    exact: exact && exact.length <= MOST_STRINGS ? exact : undefined,
    oneOf: oneOf.every((strings) => strings !== undefined) ? oneOf.flat() : undefined,
  };
}

/** The strings one of which a piece's every match holds, or undefined. */
function required(words: Words): string[] | undefined {
  const strings = words.exact && words.exact.every((word) => word.length > 0) ? words.exact : words.oneOf;
  return strings && strings.every((word) => word.length > 0) ? strings : undefined;
}

/**
 * Letters and digits in a row join into the strings of a run ("kind" and
 * "s?" give kind, kinds); anything else ends the run. Of all the runs and
 * the pieces' own required words, the best is kept: the one whose shortest
 * string is longest, as a longer word is rarer in the text.
 */
function ofSequence(elements: AST.Element[]): Words {
  let best: string[] | undefined;
  const consider = (strings: string[] | undefined) => {
    if (!strings || strings.some((word) => word.length === 0)) return;
    if (!best || rarity(strings) > rarity(best)) best = strings;
  };
  let run: string[] = [''];
  let allExact = true;
  for (const element of elements) {
    const words = ofElement(element);
    if (words.exact) {
      const joined = run.flatMap((head) => words.exact!.map((tail) => head + tail));
      if (joined.length <= MOST_STRINGS) {
        run = joined;
        continue;
      }
      consider(run);
      run = words.exact;
      allExact = false;
      continue;
    }
    consider(run);
    consider(required(words));
    run = [''];
    allExact = false;
  }
  consider(run);
  return { exact: allExact ? run : undefined, oneOf: best };
}

/**
 * Words in nearly every paragraph of English: a file holding one tells
 * nothing, so another word of the pattern, if it has one, is a better test.
 */
const COMMON = new Set(['a', 'all', 'an', 'and', 'any', 'are', 'at', 'be', 'by', 'every', 'for', 'in', 'is', 'it', 'more', 'no', 'of', 'on', 'or', 'our', 'set', 'than', 'the', 'to', 'we', 'you', 'your']);

/** How rare a set of strings is in text: its shortest string's length (a common word, or one of one or two letters, counts as none), and fewer strings break a tie. */
function rarity(strings: string[]): number {
  return Math.min(...strings.map((word) => (COMMON.has(word) || word.length < 3 ? 0 : word.length))) - strings.length / 1000;
}

function ofElement(element: AST.Element): Words {
  switch (element.type) {
    case 'Assertion':
      // Zero width: a boundary or a lookaround matches no characters of its own.
      return { exact: [''] };
    case 'Group':
    case 'CapturingGroup':
      return ofAlternatives(element.alternatives);
    case 'Quantifier': {
      const inner = ofElement(element.element);
      if (element.min === 0) return element.max === 1 && inner.exact ? { exact: ['', ...inner.exact] } : {};
      if (element.min === 1 && element.max === 1) return inner;
      // Repeated: each match holds the piece at least once, but no longer one string.
      return { oneOf: required(inner) };
    }
    case 'Character': {
      const character = String.fromCodePoint(element.value).toLowerCase();
      return ALPHANUMERIC.test(character) ? { exact: [character] } : {};
    }
    case 'CharacterClass':
      return ofCharacterClass(element);
    default:
      // Any character of a set (\d, \w, .), a back-reference, a class expression: nothing known.
      return {};
  }
}

/** A class of a few letters or digits ("[sz]") is each of them; any other says nothing. */
function ofCharacterClass(element: AST.CharacterClass): Words {
  if (element.negate) return {};
  const characters = new Set<string>();
  for (const member of element.elements) {
    if (member.type !== 'Character') return {};
    const character = String.fromCodePoint(member.value).toLowerCase();
    if (!ALPHANUMERIC.test(character)) return {};
    characters.add(character);
  }
  return characters.size > 0 && characters.size <= 4 ? { exact: [...characters] } : {};
}
