// micromark reads emphasis, strike-through and links in time that grows with
// the square of what one paragraph holds of them. Each closing `*`, `_` or `~`
// walks back over every event of the paragraph before it to look for its
// opener, and each pair it matches has everything between re-resolved and
// spliced; each link or image closed inside another re-resolves its whole
// text. So a 20 KB paragraph of "*a_ " took 2 s to parse, and 75 KB of nested
// strong emphasis ("*a **a *a **a … a** a* a** a*") did not finish in two
// minutes.
//
// Real copy is nowhere near that: over 8,376 Markdown files (tldr-pages, this
// checkout's node_modules, /usr/share/doc) the most marker runs any one
// paragraph held was 20. So the parser keeps its own reading of every
// paragraph up to a bound far past that, and past it reads the rest as
// text: a paragraph (or one link's text) with more than MAX_MARKER_RUNS runs
// of `*` and `_`, or of `~`, has none of them read as emphasis or
// strike-through, and a `[` or `![` that would leave more than
// MAX_OPEN_LABELS links or images open at once is a bracket, not a link.
// GFM's footnotes add a walk back over the paragraph at every `]`, looking
// for a call written as an image ("![^1]"); where no footnote is defined it
// cannot find one and is not taken.
// Below the bounds the tree is micromark's own (test/inline-limits.test.ts
// compares the two on generated paragraphs).
import { attention, labelStartImage, labelStartLink } from 'micromark-core-commonmark';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import type { Construct, Event, Extension, Resolver, Token, Tokenizer } from 'micromark-util-types';

/** Runs of `*` and `_` (or of `~`) one paragraph may hold and still be read as emphasis (or strike-through). */
export const MAX_MARKER_RUNS = 200;

/** Links and images that may be open at once in one paragraph: the deepest nesting the parser reads. */
export const MAX_OPEN_LABELS = 32;

/**
 * The type our attention tokens carry until our resolver has counted them.
 * micromark's own resolver stays in the list run over a link's text (an
 * extension cannot take it out) and would read tokens of its own type there,
 * unbounded; this one it passes over.
 */
const HELD_SEQUENCE = 'attentionSequenceHeld';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    attentionSequenceHeld: 'attentionSequenceHeld';
  }
}

function countEntered(events: Event[], type: string): number {
  let count = 0;
  for (const [kind, token] of events) if (kind === 'enter' && token.type === type) count++;
  return count;
}

const resolveHeldAttention: Resolver = (events, context) => {
  const runs = countEntered(events, HELD_SEQUENCE);
  if (runs === 0) return events;
  const overBound = runs > MAX_MARKER_RUNS;
  // What micromark does with a marker run it could not pair: plain text.
  for (const [, token] of events) if (token.type === HELD_SEQUENCE) token.type = overBound ? 'data' : 'attentionSequence';
  return overBound ? events : attention.resolveAll!(events, context);
};

const heldAttention: Construct = {
  name: 'boundedAttention',
  resolveAll: resolveHeldAttention,
  tokenize(effects, ok, nok) {
    const renamed = {
      ...effects,
      enter: (type: Token['type'], fields?: Omit<Partial<Token>, 'type'>) => effects.enter(type === 'attentionSequence' ? HELD_SEQUENCE : type, fields),
      exit: (type: Token['type']) => effects.exit(type === 'attentionSequence' ? HELD_SEQUENCE : type),
    };
    return attention.tokenize.call(this, renamed, ok, nok);
  },
};

/** A resolver that leaves a paragraph's `type` tokens as text when it holds more than MAX_MARKER_RUNS of them. */
function boundedResolver(resolve: Resolver, type: Token['type']): Resolver {
  return (events, context) => {
    if (countEntered(events, type) <= MAX_MARKER_RUNS) return resolve(events, context);
    for (const [, token] of events) if (token.type === type) token.type = 'data';
    return events;
  };
}

/**
 * A link or image start that is refused when MAX_OPEN_LABELS are open.
 * micromark keeps the starts of a paragraph in `_labelStarts`: it takes a
 * start off when its link or image closes, and marks one balanced when its
 * "]" turns out to close nothing. Only the last can be so marked (a "]"
 * looks at the innermost start), and a balanced one is taken off before a
 * "]" looks, so taking it off here too changes nothing; then every start
 * left is open.
 */
function boundedLabelStart(start: Construct): Construct {
  const tokenize: Tokenizer = function (effects, ok, nok) {
    const starts = this._labelStarts;
    while (starts && starts.length > 0 && starts[starts.length - 1]._balanced) starts.pop();
    if (starts && starts.length >= MAX_OPEN_LABELS) return nok;
    return start.tokenize.call(this, effects, ok, nok);
  };
  return { name: `bounded ${start.name}`, resolveAll: start.resolveAll, tokenize };
}

const imageStart = boundedLabelStart(labelStartImage);
const linkStart = boundedLabelStart(labelStartLink);

/**
 * CommonMark's emphasis and link starts, bounded. Goes before any other
 * extension that adds to what is resolved inside a span, so the resolvers
 * keep micromark's order there.
 */
export const boundedInline: Extension = {
  disable: { null: [attention.name!, labelStartImage.name!, labelStartLink.name!] },
  text: { 33: imageStart, 42: heldAttention, 91: linkStart, 95: heldAttention },
  insideSpan: { null: [heldAttention] },
};

/** GFM strike-through, bounded the same way. */
export function boundedStrikethrough(): Extension {
  const extension = gfmStrikethrough();
  const strikethrough = extension.text![126] as Construct;
  const bounded: Construct = { ...strikethrough, resolveAll: boundedResolver(strikethrough.resolveAll!, 'strikethroughSequenceTemporary') };
  return { ...extension, text: { 126: bounded }, insideSpan: { null: [bounded] } };
}

/**
 * GFM footnotes. A `]` is looked at as the end of a footnote call only in a
 * document that defines a footnote: the look walks back over every event of
 * the paragraph, and without a definition it always ends in no.
 */
export function boundedFootnotes(): Extension {
  const extension = gfmFootnote();
  const potentialCall = extension.text![93] as Construct;
  const tokenize: Tokenizer = function (effects, ok, nok) {
    if (!this.parser.gfmFootnotes?.length) return nok;
    return potentialCall.tokenize.call(this, effects, ok, nok);
  };
  return { ...extension, text: { ...extension.text, 93: { ...potentialCall, tokenize } } };
}
