// A sentence seen as one normalised string, so rules can match phrases with
// plain regular expressions, plus a map from every character back to the
// source file, so a match becomes an exact line and column.
import type { Root as NlcstRoot, Sentence } from 'nlcst';
import type { Node } from 'unist';
import type { CharacterPlaces } from '../parse/html-places.js';
import { CHARACTER_REFERENCE, decodeReference } from '../parse/loose.js';
import { FOLD } from '../util/fold.js';
import { eachNode } from '../util/tree.js';

export interface SentenceView {
  /** Lower-cased, typographic quotes and dashes folded, whitespace collapsed; URLs and code masked. */
  text: string;
  /** The same characters as `text` but in their original case (for quoting the copy). */
  original: string;
  /** Source offset of each character of `text` (typed, so a part of a long sentence can share it: see match.ts's `around`). */
  starts: Int32Array;
  /** Source offset just after each character of `text`. */
  ends: Int32Array;
  /** Ends with a question mark: asks, does not promise. */
  question: boolean;
}

/** Stands in for code, which is never copy, so no phrase matches across or inside it. */
export const MASK = '\u00a7';

interface Leaf {
  type: string;
  value: string;
  start?: number;
  end?: number;
  /** Where each character is, when the parser's reading of the source says so (HTML text: see html-places.ts). */
  characters?: CharacterPlaces;
}

/**
 * URLs (with a scheme, www., or a bare domain with a path like
 * example.com/24-7-support) and e-mail addresses are never copy. Each
 * alternative starts only where a run of its characters starts, so a long
 * unbroken word is scanned once, not once per character. A bare domain's
 * labels are at most 63 characters, as in DNS: a word boundary stands after
 * every hyphen, and unbounded labels read a long hyphenated run ("a-a-a-…")
 * to its end from each of them.
 */
const URL_OR_EMAIL =
  /\b(?:https?:\/\/|www\.)[^\s"'<>]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8}\.(?:com|org|net|io|dev|co|app|ai|shop|store|biz|info|uk|de|eu|us|ca)\/[^\s"'<>]*/gi;

export function sentenceViews(tree: NlcstRoot, source?: string, references = false): SentenceView[] {
  const views: SentenceView[] = [];
  // Sentences come in document order, so each looks for its words from where the last one ended.
  const cursor: Cursor = { at: 0, paragraphsEnd: 0, references };
  eachNode(tree as Node, (node) => {
    if (node.type === 'ParagraphNode') enterParagraph(node, cursor);
    if (node.type !== 'SentenceNode') return true;
    views.push(viewOf(node as Sentence, source, cursor));
    return false;
  });
  return views;
}

interface Cursor {
  /** Where in the source the previous word ended. */
  at: number;
  /** The furthest computed end of the paragraphs so far. */
  paragraphsEnd: number;
  /** The source may write characters as references (not plain text, where "&#x1F600;#1" is what it says). */
  references: boolean;
}

/**
 * The bridges' own paragraphs follow one another, but text taken from
 * inside a block (an alt or title attribute, front matter) is a paragraph of
 * its own, sorted by where it starts: inside one already placed. Only there
 * may words lie before the cursor, so it goes back to that paragraph's start.
 */
function enterParagraph(paragraph: Node, cursor: Cursor): void {
  const start = paragraph.position?.start?.offset;
  const end = paragraph.position?.end?.offset;
  if (start !== undefined && start < cursor.paragraphsEnd) cursor.at = Math.min(cursor.at, start);
  if (end !== undefined) cursor.paragraphsEnd = Math.max(cursor.paragraphsEnd, end);
}

/** How far past the previous word (and any line prefix) a drifted word is looked for. */
const REALIGN_WINDOW = 256;

/**
 * What can stand in the source between two words of one text node and not
 * in its text: line breaks, indentation, and blockquote markers, which can
 * run to any length on a deeply nested line.
 */
const LINE_PREFIX = /[\s>]*/y;

/**
 * The mdast/hast → nlcst bridges place words by counting characters of the
 * decoded text, so after a character reference (&#x1F600;, &amp;), an
 * escape, or a line break inside a blockquote or list item, later words
 * drift from where they are in the file. The bridges only ever lose
 * characters, never add them, so a word is never before its computed place:
 * put each word back where its text really is, searching forward from there
 * (or from the previous word, whichever is later).
 */
function realign(leaves: Leaf[], source: string, cursor: Cursor): void {
  for (const leaf of leaves) {
    // Whitespace positions drift too and prove nothing; words steer the cursor.
    if (leaf.type === 'WhiteSpaceNode') continue;
    if (leaf.characters) {
      cursor.at = Math.max(cursor.at, leaf.end!);
      continue;
    }
    // The same text before the previous word is an earlier copy of it, not this word.
    const inPlace = leaf.start !== undefined && leaf.start >= cursor.at && source.startsWith(leaf.value, leaf.start) && !(cursor.references && insideReference(source, leaf.start));
    if (inPlace) {
      cursor.at = leaf.start! + leaf.value.length;
      continue;
    }
    const from = Math.max(cursor.at, leaf.start ?? 0);
    // A word that starts with neither can only start after the prefix; the window counts from there.
    LINE_PREFIX.lastIndex = from;
    const after = LINE_PREFIX.test(source) && !/^[\s>]/.test(leaf.value) ? LINE_PREFIX.lastIndex : from;
    const found = findCopy(source, leaf.value, after, cursor.references);
    if (found) {
      leaf.start = found.start;
      leaf.end = found.end;
      cursor.at = leaf.end;
    } else {
      // Entity-encoded text (&#x1F600;) is not in the source as written: keep
      // its place, and look for the next word from past the line prefix.
      cursor.at = Math.min(after, source.length);
    }
  }
}

/**
 * A whole tag ("<b>", "</p>", "<a href='x'>") or a comment's start: the end
 * of a drifted word's own text. A "<" before a letter that closes no tag is
 * text in Markdown ("a <fastest").
 */
const TAG_START = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s(?:[^<>"']|"[^"]*"|'[^']*')*)?\/?>|<!--/g;
/** Blockquote markers at the start of a line, up to the one a match would be. */
const QUOTE_MARKERS = /(?:^|[\r\n])[ \t>]*$/;

/**
 * Where `value` is in `source` at or after `from`, within the realigning
 * window, as copy; undefined if nowhere. A word drifts only inside its own
 * text, which no tag interrupts, so the search ends at the next tag (a word
 * written as a reference, "&#120;yz", is nowhere as written, and must not be
 * taken for the same word in the next paragraph, nor a "&gt;" for the end
 * of "</p>"); and a ">" is no blockquote marker. A character may be written
 * as a reference ("&gt;", "&#116;"): the first of the two is where it is.
 * (An HTML page's text, where the parser may drop a tag inside a word, is
 * placed before this from where the parser read each piece of it: see
 * html-places.ts. Only what that cannot read, and the text of attributes
 * and titles, is searched for here.)
 */
function findCopy(source: string, value: string, from: number, references: boolean): { start: number; end: number } | undefined {
  // Only the window is searched for a tag: searched from `from` to the end of the file, a long text without tags took time that grew with its square.
  const reach = source.slice(from, Math.min(source.length, from + REALIGN_WINDOW + value.length));
  TAG_START.lastIndex = 0;
  const tag = TAG_START.exec(reach);
  const window = tag ? reach.slice(0, tag.index) : reach;
  let literal = -1;
  for (let at = window.indexOf(value); at >= 0; at = window.indexOf(value, at + 1)) {
    if (references && insideReference(source, from + at)) continue;
    if (!value.startsWith('>') || !isQuoteMarker(window.slice(0, at))) {
      literal = at;
      break;
    }
  }
  const reference = [...value].length === 1 ? referenceTo(window, value, literal < 0 ? window.length : literal) : undefined;
  if (reference) return { start: from + reference.index, end: from + reference.index + reference.length };
  return literal >= 0 ? { start: from + literal, end: from + literal + value.length } : undefined;
}

/** The longest character reference CHARACTER_REFERENCE takes ("&#x" and six digits, or a name of 32 letters, and ";"). */
const REFERENCE_REACH = 35;

const REFERENCE_AT = new RegExp(CHARACTER_REFERENCE.source, 'iy');

/**
 * Whether the character at `at` is part of a character reference closed by
 * ";" that stands for something: the "#1" in "&#x1F600;" is not the text
 * "#1". Words drift after a reference, and a word's counted place, or the
 * first copy of it searched from there, can fall inside the next one.
 */
function insideReference(source: string, at: number): boolean {
  // Searched back only as far as a reference reaches: lastIndexOf alone would read to the file's start for every word of a file without one.
  const from = Math.max(0, at - REFERENCE_REACH);
  const found = source.slice(from, at + 1).lastIndexOf('&');
  if (found < 0) return false;
  const amp = from + found;
  REFERENCE_AT.lastIndex = amp;
  const match = REFERENCE_AT.exec(source);
  if (!match) return false;
  const [written, hex, decimal, name] = match;
  return at < amp + written.length && written.endsWith(';') && decodeReference(written, hex, decimal, name) !== written;
}

/** Whether a ">" after `before` (the text since its search began) is a blockquote marker on a later line. */
const isQuoteMarker = (before: string) => /[\r\n]/.test(before) && QUOTE_MARKERS.test(before);

/** The first character reference in `text` before `limit` that stands for `character`. */
function referenceTo(text: string, character: string, limit: number): { index: number; length: number } | undefined {
  if (!text.includes('&')) return undefined;
  for (const match of text.matchAll(CHARACTER_REFERENCE)) {
    if (match.index >= limit) break;
    const [written, hex, decimal, name] = match;
    if (decodeReference(written, hex, decimal, name) === character) return { index: match.index, length: written.length };
  }
  return undefined;
}

function viewOf(sentence: Sentence, source: string | undefined, cursor: Cursor): SentenceView {
  // Letters are gathered in arrays and joined once: asking a string built
  // with += whether it ends in a space flattens it, each time, which made a
  // long sentence take time that grew with its square.
  const letters: string[] = [];
  const originalLetters: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (character: string, originalCharacter: string, start: number, end: number) => {
    letters.push(character);
    originalLetters.push(originalCharacter);
    starts.push(start);
    ends.push(end);
  };

  const leaves = leavesOf(sentence);
  if (source !== undefined) realign(leaves, source, cursor);
  const markers = emphasisMarkers(leaves, source);
  for (const [index, leaf] of leaves.entries()) {
    const start = leaf.start ?? starts.at(-1) ?? 0;
    const end = leaf.end ?? start;
    if (markers.has(index)) continue;
    if (leaf.type === 'WhiteSpaceNode') {
      if (letters.length > 0 && letters.at(-1) !== ' ') push(' ', ' ', start, end);
      continue;
    }
    if (leaf.type === 'SourceNode') {
      push(MASK, MASK, start, end);
      continue;
    }
    // Character entities (&amp;) make the text shorter than the source; then
    // every character maps to the whole token, which is still the right place.
    const exact = end - start === leaf.value.length;
    for (let index = 0; index < leaf.value.length; index++) {
      const character = leaf.value[index];
      const folded = (FOLD[character] ?? character).toLowerCase();
      // A few characters lower-case to two; keep one so offsets stay aligned.
      const single = folded.length === 1 ? folded : character;
      if (leaf.characters) push(single, FOLD[character] === ' ' ? ' ' : character, leaf.characters.starts[index], leaf.characters.ends[index]);
      else push(single, FOLD[character] === ' ' ? ' ' : character, exact ? start + index : start, exact ? start + index + 1 : end);
    }
  }

  while (letters.at(-1) === ' ') {
    letters.pop();
    originalLetters.pop();
    starts.pop();
    ends.pop();
  }

  const text = letters.join('').replace(URL_OR_EMAIL, (url) => MASK.repeat(url.length));
  return { text, original: originalLetters.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends), question: /\?["')\]]*$/.test(text) };
}

/** "*", "**" or "***", or one "_": two or more underscores are a name ("__init__"), not emphasis in copy. */
const MARKER_RUN = /^(?:\*{1,3}|_)$/;
/** What may stand right before an opening run, besides the start: one space or line break, an opening bracket or curly quote, or an em dash ("*free*—*always*"). Not a tab or a run of spaces, which line up a column ("*tag*" in a help file), nor a straight quote, which wraps a pattern ("*unlimited*" in a shell command). */
const BEFORE_OPENING = /^(?: |[ \t]*\r?\n[ \t]*|[([\u2018\u201c\u2014])$/;
/** Closing punctuation that may follow a closing run, before a space or the end: one mark or a run of them ("!!", "..."), or an ellipsis. */
const AFTER_CLOSING = /^(?:[)\]\u2019\u201d.,:;!?]+|\u2026)$/;
/** Punctuation after a closing run that may touch the next word, as copy writes it: an em dash ("*free*—always"). */
const JOINS_NEXT_WORD = /^\u2014$/;
/** A sign that may lead a number inside a pair: "**#1**", "*$0 fees*", "*£5 delivery*". Not a word: "*$instant*" is a variable, "*#free*" a hashtag. */
const LEADS_NUMBER = /^[#$\u00a3\u20ac]$/;
/** What may end the emphasised words inside the closing run ("*instantly.*", "**100%**"). */
const END_INSIDE = /^[.,!?%]$/;
/** Punctuation that joins the parts of one word: "24/7", "same-day", "don't", "U.S.". Not a sign ("=", "+"), which makes the words code. */
const JOINS_WORD = /^[-/'\u2019.]$/;
/** Emphasis by hand covers a word or a short phrase. */
const MAX_EMPHASISED_WORDS = 8;

/**
 * Emphasis written by hand, as plain text and HTML copy do ("We reply
 * *instantly*", "**24/7** support", "_free_"), or in Markdown where the
 * parser leaves it as text: a run of "*" or "_" opening a word after a space
 * (or the start, or a bracket), paired with the same run closing a later
 * word of the same line before a space or closing punctuation, with only
 * words between (a short phrase on one line: no code, no punctuation
 * standing apart from words, no line break). The words read as if the runs
 * were not there, as they do where Markdown reads them as emphasis. Not a
 * run inside a word ("snake_case"), standing alone ("5 * 3"), touching
 * code, a tag or a sign ("send_()", "_instant=True_", "<tt>_instant</tt>",
 * "_free_.py"), in straight quotes ("-name \"*free*\""), lined up after a
 * tab ("*tag*" in a help file), escaped in Markdown ("\\*") or unpaired
 * ("ptr_ guaranteed_ cmp", the footnote star of "unlimited*"); not "~"
 * either, for "~5 minutes" is "about 5 minutes".
 */
function emphasisMarkers(leaves: readonly Leaf[], source: string | undefined): Set<number> {
  const paired = new Set<number>();
  let opener: number | undefined;
  let words = 0;
  for (const [index, leaf] of leaves.entries()) {
    const run = leaf.type !== 'WhiteSpaceNode' && MARKER_RUN.test(leaf.value) && !escaped(leaf, source);
    if (run && opener !== undefined && leaf.value === leaves[opener].value && closes(leaves, index) && !codeOrTagBetween(leaves[opener], leaf, source)) {
      paired.add(opener);
      paired.add(index);
      opener = undefined;
      continue;
    }
    if (run && opens(leaves, index)) {
      opener = index;
      words = 0;
      continue;
    }
    if (opener === undefined) continue;
    if (leaf.type === 'TextNode') words++;
    const between =
      leaf.type === 'WhiteSpaceNode'
        ? !/[\r\n]/.test(leaf.value)
        : leaf.type === 'TextNode' || joinsWord(leaves, index) || leadsNumber(leaves, index, opener) || (END_INSIDE.test(leaf.value) && leaves[index - 1]?.type === 'TextNode');
    if (!between || words > MAX_EMPHASISED_WORDS) opener = undefined;
  }
  return paired;
}

const opens = (leaves: readonly Leaf[], index: number) =>
  (leaves[index + 1]?.type === 'TextNode' || leadsNumber(leaves, index + 1, index)) && (index === 0 || BEFORE_OPENING.test(leaves[index - 1].value));
/** A sign right before a number, at the start of the pair or of one of its words. */
const leadsNumber = (leaves: readonly Leaf[], index: number, opener: number) =>
  LEADS_NUMBER.test(leaves[index]?.value ?? '') && leaves[index + 1]?.type === 'TextNode' && /^\d/.test(leaves[index + 1].value) && (index === opener + 1 || leaves[index - 1]?.type === 'WhiteSpaceNode');
/** A run after a word (or after its final stop or per cent sign), followed by the end, a space, or closing punctuation that is itself followed by one of those; or by an em dash, which may touch the next word. */
function closes(leaves: readonly Leaf[], index: number): boolean {
  const before = leaves[index - 1];
  const wordEnds = before?.type === 'TextNode' || (before !== undefined && END_INSIDE.test(before.value) && leaves[index - 2]?.type === 'TextNode');
  if (!wordEnds) return false;
  let after = index + 1;
  while (after < leaves.length && leaves[after].type !== 'WhiteSpaceNode' && AFTER_CLOSING.test(leaves[after].value)) after++;
  return after === leaves.length || leaves[after].type === 'WhiteSpaceNode' || (after === index + 1 && JOINS_NEXT_WORD.test(leaves[after].value));
}
/** Punctuation with a word on either side that joins them into one. */
const joinsWord = (leaves: readonly Leaf[], index: number) =>
  JOINS_WORD.test(leaves[index].value) && leaves[index - 1]?.type === 'TextNode' && leaves[index + 1]?.type === 'TextNode';
/** Whether the source from one run to the other holds a tag or a backtick: the runs belong to code or to different elements ("<tt>_instant</tt> and type_"). */
function codeOrTagBetween(opener: Leaf, closer: Leaf, source: string | undefined): boolean {
  if (source === undefined || opener.start === undefined || closer.start === undefined) return false;
  return /[<`]/.test(source.slice(opener.start, closer.start));
}
/** A run written with a backslash before it, which Markdown keeps as the character it is. */
const escaped = (leaf: Leaf, source: string | undefined) => source !== undefined && leaf.start !== undefined && source[leaf.start - 1] === '\\';

function leavesOf(sentence: Sentence): Leaf[] {
  const leaves: Leaf[] = [];
  eachNode(sentence as Node, (node) => {
    const value = (node as { value?: unknown }).value;
    if (typeof value !== 'string') return true;
    const characters = (node.data as { characters?: CharacterPlaces } | undefined)?.characters;
    leaves.push({ type: node.type, value, start: node.position?.start?.offset, end: node.position?.end?.offset, characters });
    return false;
  });
  return leaves;
}
