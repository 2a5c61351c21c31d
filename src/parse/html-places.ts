// Where each character of an HTML page's text is in its source.
//
// parse5 gives each text node the span of source it was read from, but the
// text is not that span's characters: references are decoded ("&amp;" is
// "&"), CR LF is one line feed, NUL is dropped, and a tag the parser ignores
// (an end tag of an element that is not open, a second <html>) is dropped
// with the text on both sides joined ("i</Hero>n" is "in"). hast-util-to-nlcst
// places words by counting characters from the span's start, so every word
// after one of those was reported in the wrong place, and guessing the place
// back from the source (sentence.ts's realign) could not know which tags the
// parser dropped. Reading the text and its span side by side, the way the
// parser read them, puts each character where it was written.
import type { Root as HastRoot, Text } from 'hast';
import type { Root as NlcstRoot } from 'nlcst';
import { decodeHTML } from 'entities';
import type { Node } from 'unist';
import { eachNode } from '../util/tree.js';
import type { Place } from './fragment.js';

/** Source offsets of each UTF-16 unit of a text: where it starts, and where what it was written as ends. */
export interface CharacterPlaces {
  starts: Int32Array;
  ends: Int32Array;
}

/** A text node whose characters are not its span's, as hast-util-to-nlcst counts them from `start`. */
interface PlacedText extends CharacterPlaces {
  start: number;
}

/** What a reference can look like where it starts: "&#x2014;", "&#8212;", "&mdash;", "&not" (HTML decodes some names without ";"). */
const REFERENCE_LIKE = /&(?:#[xX][0-9a-fA-F]*|#[0-9]*|[A-Za-z][A-Za-z0-9]*);?/y;

/**
 * The reference at `at`, as the parser reads it in text: what it stands for
 * and how long it is written. "&notit;" is "¬" written in four characters,
 * then "it;". Undefined when the "&" is a literal ampersand.
 */
function referenceAt(source: string, at: number): { value: string; length: number } | undefined {
  REFERENCE_LIKE.lastIndex = at;
  const written = REFERENCE_LIKE.exec(source)?.[0];
  if (!written) return undefined;
  const decoded = decodeHTML(written);
  if (decoded === written) return undefined;
  // Most are whole: "&#8212;", and "&mdash;", which would leave its ";" if only a prefix were one.
  if (written[1] === '#' || (written.endsWith(';') && !decoded.endsWith(';'))) return { value: decoded, length: written.length };
  // The shortest prefix that decodes to what the whole does, with the rest as written, is the reference.
  for (let length = 2; length <= written.length; length++) {
    const value = decodeHTML(written.slice(0, length));
    if (value !== written.slice(0, length) && value + written.slice(length) === decoded) return { value, length };
  }
  return undefined;
}

/** A "<" before one of these opens a tag, a comment or a declaration; before anything else it is text. */
const MARKUP_AFTER_LESS_THAN = /^[A-Za-z/!?]$/;

/** A tag to its ">", which may stand inside a quoted attribute value ('<a title="x>y">'); a quote counts only after "=". */
const TAG = /<\/?[A-Za-z](?:[^>"'=]|=\s*"[^"]*"|=\s*'[^']*'|=)*>/y;

/** Where the markup that starts at `at` ends; past the end of the source if it never does. */
function markupEnd(source: string, at: number): number {
  TAG.lastIndex = at;
  if (TAG.test(source)) return TAG.lastIndex;
  // A declaration ("<!doctype html>"), "</" before anything but a letter, or a tag whose quotes were never closed: to the first ">".
  const close = source.indexOf('>', at);
  return close < 0 ? Infinity : close + 1;
}

/**
 * Where each character of `text` is in `source`, reading the span the
 * parser gives it from `start`; undefined when the two cannot be matched up
 * (then words keep the place counted for them, and realign looks for them).
 */
export function characterPlaces(text: string, source: string, start: number, end: number): CharacterPlaces | undefined {
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  let placedCount = 0;
  const place = (from: number, to: number, count = 1) => {
    for (let index = 0; index < count; index++, placedCount++) {
      starts[placedCount] = from;
      ends[placedCount] = to;
    }
  };
  let at = start;
  for (let index = 0; index < text.length; ) {
    if (at >= end) return undefined;
    const written = source[at];
    const reference = written === '&' ? referenceAt(source, at) : undefined;
    if (written === '<' && MARKUP_AFTER_LESS_THAN.test(source[at + 1] ?? '')) {
      // A tag the parser dropped ("</Hero>" with no <Hero> open), never a "<" of the text: the text goes on after it.
      const close = markupEnd(source, at);
      if (close > end) return undefined;
      at = close;
    } else if (reference && text.startsWith(reference.value, index)) {
      place(at, at + reference.length, reference.value.length);
      index += reference.value.length;
      at += reference.length;
    } else if (written === text[index]) {
      place(at, at + 1);
      index++;
      at++;
    } else if (written === '\r' && text[index] === '\n') {
      // CR LF and a lone CR are both one line feed.
      const length = source[at + 1] === '\n' ? 2 : 1;
      place(at, at + length);
      index++;
      at += length;
    } else if (written === '\0') {
      if (text[index] === '\uFFFD') {
        place(at, at + 1);
        index++;
      }
      at++;
    } else return undefined;
  }
  return { starts, ends };
}

/**
 * Text that starts with a reference, in the parser's initial modes (before
 * any tag, or after a doctype or comment), is placed on the reference's last
 * character ("  &amp; instant" from the ";"): its true start is the "&"
 * whose reference ends right after that.
 */
function startOfReferenceEndingAt(text: string, source: string, last: number): number | undefined {
  for (let at = last; at >= Math.max(0, last - 40); at--) {
    if (source[at] !== '&') continue;
    const reference = referenceAt(source, at);
    if (reference && at + reference.length === last + 1 && text.startsWith(reference.value)) return at;
  }
  return undefined;
}

/**
 * Give each text node of `tree` whose characters are not its span's the
 * place of every character, and correct a start the parser got wrong.
 * Returns what placeWords needs, sorted by where counting starts.
 */
export function placeCharacters(tree: HastRoot, source: string, place: Place): PlacedText[] {
  const placed: PlacedText[] = [];
  eachNode(tree, (node) => {
    if (node.type !== 'text') return undefined;
    const text = node as Text;
    const start = text.position?.start.offset;
    const end = text.position?.end.offset;
    if (start === undefined || end === undefined) return undefined;
    // Most text is written as it reads.
    if (end - start === text.value.length && source.startsWith(text.value, start)) return undefined;
    let from = start;
    let places = characterPlaces(text.value, source, from, end);
    if (!places) {
      from = startOfReferenceEndingAt(text.value, source, start) ?? start;
      places = from === start ? undefined : characterPlaces(text.value, source, from, end);
    }
    if (!places) return undefined;
    if (from !== start) {
      const point = place.toPoint(from);
      if (point) text.position!.start = point;
    }
    placed.push({ start: from, ...places });
    return undefined;
  });
  return placed.sort((a, b) => a.start - b.start);
}

/** The placed text whose counted span holds `offset`. */
function placedAt(placed: readonly PlacedText[], offset: number): PlacedText | undefined {
  let low = 0;
  let high = placed.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const text = placed[middle];
    if (offset < text.start) high = middle - 1;
    else if (offset >= text.start + text.starts.length) low = middle + 1;
    else return text;
  }
  return undefined;
}

/**
 * Move each word, space and mark that hast-util-to-nlcst made of placed text
 * to where its characters are, and keep each character's place on those not
 * written as they read ("in&#115;ta</Hero>ntly"; `data.characters`, read by
 * sentence.ts); then fit the words, sentences and paragraphs that hold a
 * moved one around their children.
 */
export function placeWords(tree: NlcstRoot, placed: readonly PlacedText[], source: string, place: Place): void {
  if (placed.length === 0) return;
  for (const paragraph of tree.children) placeNode(paragraph as Node, placed, source, place);
}

/** Place a node and what it holds; whether anything moved. */
function placeNode(node: Node, placed: readonly PlacedText[], source: string, place: Place): boolean {
  if ('children' in node) {
    const children = node.children as Node[];
    let moved = false;
    for (const child of children) moved = placeNode(child, placed, source, place) || moved;
    if (!moved) return false;
    const placedChildren = children.filter((child) => child.position);
    const first = placedChildren[0]?.position;
    const last = placedChildren.at(-1)?.position;
    if (first && last) node.position = { start: first.start, end: last.end };
    return true;
  }
  const value = (node as { value?: unknown }).value;
  const offset = node.position?.start.offset;
  if (typeof value !== 'string' || value === '' || offset === undefined) return false;
  const text = placedAt(placed, offset);
  if (!text) return false;
  const index = offset - text.start;
  // Views, not copies: a long page has a word for every few characters.
  const characters: CharacterPlaces = { starts: text.starts.subarray(index, index + value.length), ends: text.ends.subarray(index, index + value.length) };
  // A node that runs past the text's characters was not made of this text alone.
  if (characters.starts.length !== value.length) return false;
  const start = place.toPoint(characters.starts[0]);
  const end = place.toPoint(characters.ends.at(-1)!);
  if (!start || !end) return false;
  node.position = { start, end };
  // A word written as it reads needs only its place (most words of a page with a reference or two in it).
  const asWritten = characters.ends.at(-1)! - characters.starts[0] === value.length && source.startsWith(value, characters.starts[0]);
  if (!asWritten) node.data = { ...node.data, characters } as Node['data'];
  return true;
}
