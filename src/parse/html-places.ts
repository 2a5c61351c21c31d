// Where each character of an HTML page's text is in its source.
//
// parse5 gives each text node one span of source, from its first piece of
// text to its last, but the text is not that span's characters: references
// are decoded ("&amp;" is "&"), CR LF is one line feed, and a tag the parser
// ignores (an end tag of an element that is not open, a second <html>) is
// dropped with the text on both sides joined ("i</Hero>n" is "in"); text
// moved out of a table joins text written before the table. hast-util-to-nlcst
// places words by counting characters from the span's start, so every word
// after one of those was reported in the wrong place, and guessing the place
// back from the source could not know what the parser dropped or moved.
// Instead the parser records where it read each piece of text it inserts
// (each character token), and each piece is read beside its own source,
// which holds nothing but characters and references.
import type { Element, Root as HastRoot, Text } from 'hast';
import type { Root as NlcstRoot } from 'nlcst';
import { decodeHTML } from 'entities';
import { defaultTreeAdapter, Parser, type DefaultTreeAdapterMap, type Token, type TreeAdapter } from 'parse5';
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
  value: string;
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

/**
 * Where each character of a piece of text is in `source`, reading the span
 * the parser read it from, `start` to `end`; undefined when the two cannot be
 * matched up.
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
    if (reference && text.startsWith(reference.value, index)) {
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
  // All of the piece's source is its text.
  return at === end ? { starts, ends } : undefined;
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

/** A piece of text the parser inserted, and the span of source it read it from. */
interface Piece {
  chars: string;
  start: number;
  end: number;
}

type Parse5Text = DefaultTreeAdapterMap['textNode'];

/**
 * Parse as parse5 does, and record the pieces of text it puts into each text
 * node, by where the node starts. parse5 reports each piece (a character
 * token) with its place before inserting it, and the tree adapter learns
 * which node it went into: joined to the text before it, or a new node.
 */
export function parseRecordingPieces(source: string): { document: DefaultTreeAdapterMap['document']; pieces: Map<number, Piece[]> } {
  const byNode = new Map<Parse5Text, Piece[]>();
  let inserting: Token.CharacterToken | undefined;
  const record = (node: DefaultTreeAdapterMap['childNode'] | undefined) => {
    const location = inserting?.location;
    if (!node || !location || !defaultTreeAdapter.isTextNode(node)) return;
    const pieces = byNode.get(node);
    const last = pieces?.at(-1);
    // Pieces read one right after another are read as one: where a reference
    // ends a run of spaces and starts a word ("\r&notit;"), parse5 gives its
    // source to the spaces and its character to the word. Only where text was
    // dropped or moved between two pieces are they read apart.
    if (last && last.end === location.startOffset) {
      last.chars += inserting!.chars;
      last.end = location.endOffset;
    } else if (pieces) pieces.push({ chars: inserting!.chars, start: location.startOffset, end: location.endOffset });
    else byNode.set(node, [{ chars: inserting!.chars, start: location.startOffset, end: location.endOffset }]);
  };
  const treeAdapter: TreeAdapter<DefaultTreeAdapterMap> = {
    ...defaultTreeAdapter,
    insertText(parent, text) {
      defaultTreeAdapter.insertText(parent, text);
      record(parent.childNodes.at(-1));
    },
    insertTextBefore(parent, text, before) {
      defaultTreeAdapter.insertTextBefore(parent, text, before);
      record(parent.childNodes[parent.childNodes.indexOf(before) - 1]);
    },
  };
  class RecordingParser extends Parser<DefaultTreeAdapterMap> {
    override _insertCharacters(token: Token.CharacterToken): void {
      inserting = token;
      super._insertCharacters(token);
      inserting = undefined;
    }
  }
  const document = RecordingParser.parse(source, { sourceCodeLocationInfo: true, scriptingEnabled: false, treeAdapter });
  const pieces = new Map<number, Piece[]>();
  for (const [node, nodePieces] of byNode) {
    const start = node.sourceCodeLocation?.startOffset;
    if (start !== undefined) pieces.set(start, nodePieces);
  }
  return { document, pieces };
}

/** Where each character of one piece is: read beside its span, or, where the parser misplaced that, from the reference it starts with. */
function placePiece(piece: Piece, source: string): { from: number; places: CharacterPlaces } | undefined {
  const places = characterPlaces(piece.chars, source, piece.start, piece.end);
  if (places) return { from: piece.start, places };
  const from = startOfReferenceEndingAt(piece.chars, source, piece.start);
  const moved = from === undefined ? undefined : characterPlaces(piece.chars, source, from, piece.end);
  return moved && { from: from!, places: moved };
}

/**
 * Give each text node of `tree` whose characters are not its span's, and
 * that is read (not in an element marked data-nlcst="ignore"), the
 * place of every character, from the pieces the parser read it from (see
 * parseRecordingPieces), and correct a start the parser got wrong. A node
 * one of whose pieces cannot be read is left as counted. Returns what
 * placeWords needs, sorted by where counting starts.
 */
export function placeCharacters(tree: HastRoot, source: string, place: Place, pieces: ReadonlyMap<number, readonly Piece[]>): PlacedText[] {
  const placed: PlacedText[] = [];
  eachNode(tree, (node) => {
    if (node.type === 'element' && (node as Element).properties.dataNlcst === 'ignore') return false;
    if (node.type !== 'text') return undefined;
    const text = node as Text;
    const start = text.position?.start.offset;
    const end = text.position?.end.offset;
    if (start === undefined || end === undefined) return undefined;
    // Most text is written as it reads, in one piece.
    if (end - start === text.value.length && source.startsWith(text.value, start)) return undefined;
    const nodePieces = pieces.get(start);
    if (!nodePieces || nodePieces.map((piece) => piece.chars).join('') !== text.value) return undefined;
    const starts = new Int32Array(text.value.length);
    const ends = new Int32Array(text.value.length);
    let from: number | undefined;
    let at = 0;
    for (const piece of nodePieces) {
      const read = placePiece(piece, source);
      if (!read) return undefined;
      from ??= read.from;
      starts.set(read.places.starts, at);
      ends.set(read.places.ends, at);
      at += piece.chars.length;
    }
    if (from === undefined) return undefined;
    if (from !== start) {
      const point = place.toPoint(from);
      if (point) text.position!.start = point;
    }
    placed.push({ start: from, value: text.value, starts, ends });
    return undefined;
  });
  return placed.sort((a, b) => a.start - b.start);
}

/**
 * The placed text a node of `value` counted at `offset` was made of. Text
 * moved out of a table joins text before the table, so one text's counted
 * span can cover the place of another's words: the words must be its own.
 */
function placedAt(placed: readonly PlacedText[], offset: number, value: string): PlacedText | undefined {
  // The last text counted from at or before `offset`, found by halving; then the few before it.
  let low = 0;
  let high = placed.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (placed[middle].start <= offset) low = middle + 1;
    else high = middle;
  }
  for (let index = low - 1; index >= Math.max(0, low - 8); index--) {
    const text = placed[index];
    if (offset < text.start + text.value.length && text.value.startsWith(value, offset - text.start)) return text;
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
  const text = placedAt(placed, offset, value);
  if (!text) return false;
  const index = offset - text.start;
  // Views, not copies: a long page has a word for every few characters.
  const characters: CharacterPlaces = { starts: text.starts.subarray(index, index + value.length), ends: text.ends.subarray(index, index + value.length) };
  const start = place.toPoint(characters.starts[0]);
  const end = place.toPoint(characters.ends.at(-1)!);
  if (!start || !end) return false;
  node.position = { start, end };
  // A word written as it reads needs only its place (most words of a page with a reference or two in it).
  const asWritten = characters.ends.at(-1)! - characters.starts[0] === value.length && source.startsWith(value, characters.starts[0]);
  if (!asWritten) node.data = { ...node.data, characters } as Node['data'];
  return true;
}
