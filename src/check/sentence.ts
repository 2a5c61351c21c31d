// A sentence seen as one normalised string, so rules can match phrases with
// plain regular expressions, plus a map from every character back to the
// source file, so a match becomes an exact line and column.
import type { Root as NlcstRoot, Sentence } from 'nlcst';
import type { Node } from 'unist';
import { FOLD } from '../util/fold.js';
import { eachNode } from '../util/tree.js';

export interface SentenceView {
  /** Lower-cased, typographic quotes and dashes folded, whitespace collapsed; URLs and code masked. */
  text: string;
  /** The same characters as `text` but in their original case (for quoting the copy). */
  original: string;
  /** Source offset of each character of `text`. */
  starts: number[];
  /** Source offset just after each character of `text`. */
  ends: number[];
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
}

/**
 * URLs (with a scheme, www., or a bare domain with a path like
 * example.com/24-7-support) and e-mail addresses are never copy. Each
 * alternative starts only where a run of its characters starts, so a long
 * unbroken word is scanned once, not once per character.
 */
const URL_OR_EMAIL =
  /\b(?:https?:\/\/|www\.)[^\s"'<>]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|co|app|ai|shop|store|biz|info|uk|de|eu|us|ca)\/[^\s"'<>]*/gi;

export function sentenceViews(tree: NlcstRoot, source?: string): SentenceView[] {
  const views: SentenceView[] = [];
  eachNode(tree as Node, (node) => {
    if (node.type !== 'SentenceNode') return true;
    views.push(viewOf(node as Sentence, source));
    return false;
  });
  return views;
}

/** How far past the previous word a drifted word is looked for. */
const REALIGN_WINDOW = 256;

/**
 * The mdast/hast → nlcst bridges place words by counting characters of the
 * decoded text, so after a character reference (&#x1F600;, &amp;) later
 * words drift from where they are in the file. Put each word back where its
 * text really is, searching forward from the previous word.
 */
function realign(leaves: Leaf[], source: string): void {
  let cursor = 0;
  for (const leaf of leaves) {
    // Whitespace positions drift too and prove nothing; words steer the cursor.
    if (leaf.type === 'WhiteSpaceNode') continue;
    const inPlace = leaf.start !== undefined && source.slice(leaf.start, leaf.start + leaf.value.length) === leaf.value;
    if (inPlace) {
      cursor = Math.max(cursor, leaf.start! + leaf.value.length);
      continue;
    }
    const found = source.indexOf(leaf.value, cursor);
    if (found >= 0 && found - cursor <= REALIGN_WINDOW) {
      leaf.start = found;
      leaf.end = found + leaf.value.length;
      cursor = leaf.end;
    } else if (leaf.start !== undefined) {
      // Entity-encoded text (&#x1F600;) is not in the source as written: keep
      // its place, but do not let it push later words past where they are.
      cursor = Math.max(cursor, Math.min(leaf.start, source.length));
    }
  }
}

export function viewOf(sentence: Sentence, source?: string): SentenceView {
  let text = '';
  let original = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (character: string, originalCharacter: string, start: number, end: number) => {
    text += character;
    original += originalCharacter;
    starts.push(start);
    ends.push(end);
  };

  const leaves = leavesOf(sentence);
  if (source !== undefined) realign(leaves, source);
  for (const leaf of leaves) {
    const start = leaf.start ?? starts.at(-1) ?? 0;
    const end = leaf.end ?? start;
    if (leaf.type === 'WhiteSpaceNode') {
      if (text !== '' && !text.endsWith(' ')) push(' ', ' ', start, end);
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
      push(single, FOLD[character] === ' ' ? ' ' : character, exact ? start + index : start, exact ? start + index + 1 : end);
    }
  }

  while (text.endsWith(' ')) {
    text = text.slice(0, -1);
    original = original.slice(0, -1);
    starts.pop();
    ends.pop();
  }

  text = text.replace(URL_OR_EMAIL, (url) => MASK.repeat(url.length));
  return { text, original, starts, ends, question: /\?["')\]]*$/.test(text) };
}

function leavesOf(sentence: Sentence): Leaf[] {
  const leaves: Leaf[] = [];
  eachNode(sentence as Node, (node) => {
    const value = (node as { value?: unknown }).value;
    if (typeof value !== 'string') return true;
    leaves.push({ type: node.type, value, start: node.position?.start.offset, end: node.position?.end.offset });
    return false;
  });
  return leaves;
}
