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
// cannot find one and is not taken. And in a document with no definitions,
// a `[` that cannot start a link ("[1] ", a citation) is text from the start,
// so it does not cut the paragraph's text into pieces micromark must join.
// Below the bounds the tree is micromark's own (test/inline-limits.test.ts
// compares the two on generated paragraphs).
import { attention, labelEnd, labelStartImage, labelStartLink } from 'micromark-core-commonmark';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import type { Code, Construct, Event, Extension, ParseContext, Resolver, State, Token, Tokenizer } from 'micromark-util-types';

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

/** How far past a `[` to look for the `]` that shows it cannot open a link. */
const MAX_LOOKAHEAD = 64;

/**
 * The `]` of each bracket refused as a link start, by offset, per document:
 * that `]` is text too, so it cannot close a link opened further out.
 */
const refusedEnds = new WeakMap<ParseContext, Set<number>>();

/**
 * Characters a bracketed label may hold and still be known to be plain text:
 * none of them starts code, a tag, an autolink, an escape, emphasis, an MDX
 * expression or another bracket, so the first "]" is the label's end. ("&"
 * starts a character reference, which never ends a label; ":", "/", "@" and
 * "." start nothing because this parser reads no bare URLs, GFM's autolink
 * literals.) Citations and asides in copy use the rest: "[1–3]", "[…]",
 * "[“sic”]", "[see (b)]", "[$5 & up]".
 */
const PLAIN_LABEL = /^[\p{L}\p{N} ,;'"#%+=?:/@.&!()$\u00a3\u20ac\u00b0\u2013\u2014\u2026\u2018\u2019\u201c\u201d-]$/u;
const isPlainLabelCode = (code: Code) => code !== null && (code === -2 || code === -1 || (code > 0 && PLAIN_LABEL.test(String.fromCharCode(code))));

/** The labels a document defines, as micromark normalises them, kept as a set per parse (a README may define hundreds). */
const definedSets = new WeakMap<ParseContext, { count: number; labels: Set<string> }>();

function isDefined(parser: ParseContext, label: string): boolean {
  if (parser.defined.length === 0) return false;
  let cached = definedSets.get(parser);
  if (!cached || cached.count !== parser.defined.length) {
    cached = { count: parser.defined.length, labels: new Set(parser.defined) };
    definedSets.set(parser, cached);
  }
  return cached.labels.has(normalizeIdentifier(label));
}

/**
 * Succeeds on a `[` (or `![`) that cannot start a link or image, in a
 * document with no footnotes: a short label of plain words and its `]`, not
 * followed by `(`, that no definition names. Such a bracket is text whatever
 * micromark does with it, but as a link start it becomes a token of its own
 * that splits the paragraph's text, and micromark merges text back with one
 * splice per piece: 160 KB of "[1] " took 11 s.
 *
 * Which label must be defined is micromark's rule (its label end): "[x]"
 * alone or "[x][]" is a reference when "x" is defined; "[x][y]" only when
 * "y" is, whatever "x" is.
 */
const neverALink: Construct = {
  name: 'neverALink',
  partial: true,
  tokenize(effects, ok, nok) {
    const context = this;
    let end = -1;
    let label = '';
    /** Reads a short plain label and its `]`, then goes on to `closed`; `label` is what it held. */
    const plainLabel = (closed: State, allowEmpty: boolean): State => {
      const codes: number[] = [];
      const inside: State = (code) => {
        if (code === 93 && (allowEmpty || codes.length > 0)) {
          label = String.fromCharCode(...codes);
          effects.consume(code);
          return closed;
        }
        if (!isPlainLabelCode(code) || codes.length >= MAX_LOOKAHEAD) return nok(code);
        // A tab comes as -2 and the virtual spaces (-1) that pad it to its stop; the source held one tab.
        if (code === -2) codes.push(9);
        else if (code! > 0) codes.push(code!);
        effects.consume(code);
        return inside;
      };
      return inside;
    };
    const opening: State = (code) => {
      effects.enter('data');
      effects.consume(code);
      return code === 33 ? bracket : plainLabel(after, false);
    };
    const bracket: State = (code) => {
      if (code !== 91) return nok(code);
      effects.consume(code);
      return plainLabel(after, false);
    };
    // micromark tries "[a][b]" and "[a][]" as references, reading up to the
    // second "]"; a read past a line break ends the break's token after a
    // quote's or list item's prefix. So a label followed by a second bracket
    // is refused only when that bracket closes, plain, on the same line.
    const after: State = (code) => {
      end = context.now().offset - 1;
      if (code === 40) return nok(code);
      if (code !== 91) return isDefined(context.parser, label) ? nok(code) : refuse(code);
      const first = label;
      effects.consume(code);
      return plainLabel((code) => (isDefined(context.parser, label === '' ? first : label) ? nok(code) : refuse(code)), true);
    };
    const refuse: State = (code) => {
      effects.exit('data');
      let ends = refusedEnds.get(context.parser);
      if (!ends) refusedEnds.set(context.parser, (ends = new Set()));
      ends.add(end);
      return ok(code);
    };
    return opening;
  },
};

/**
 * A link or image start that is refused when MAX_OPEN_LABELS are open.
 * micromark keeps the starts of a paragraph in `_labelStarts`: it takes a
 * start off when its link or image closes, and marks one balanced when its
 * "]" turns out to close nothing. Only the last can be so marked (a "]"
 * looks at the innermost start), and a balanced one is taken off before a
 * "]" looks, so taking it off here too changes nothing; then every start
 * left is open. Also refused where it can never be a link (neverALink).
 */
function boundedLabelStart(start: Construct): Construct {
  const tokenize: Tokenizer = function (effects, ok, nok) {
    const starts = this._labelStarts;
    while (starts && starts.length > 0 && starts[starts.length - 1]._balanced) starts.pop();
    if (starts && starts.length >= MAX_OPEN_LABELS) return nok;
    const open = start.tokenize.call(this, effects, ok, nok);
    // A footnote anywhere can make a bracket a call, which a refused "]" does not stop (boundedFootnotes reads it); then micromark decides.
    if (this.parser.gfmFootnotes?.length) return open;
    return effects.check(neverALink, nok, open);
  };
  return { name: `bounded ${start.name}`, resolveAll: start.resolveAll, tokenize };
}

const imageStart = boundedLabelStart(labelStartImage);
const linkStart = boundedLabelStart(labelStartLink);

/** micromark's label end, except at the `]` of a bracket refused as a link start. */
const boundedLabelEnd: Construct = {
  ...labelEnd,
  name: 'bounded labelEnd',
  tokenize(effects, ok, nok) {
    if (refusedEnds.get(this.parser)?.has(this.now().offset)) return nok;
    return labelEnd.tokenize.call(this, effects, ok, nok);
  },
};

/**
 * CommonMark's emphasis and link starts, bounded. Goes before any other
 * extension that adds to what is resolved inside a span, so the resolvers
 * keep micromark's order there.
 */
export const boundedInline: Extension = {
  disable: { null: [attention.name!, labelStartImage.name!, labelStartLink.name!, labelEnd.name!] },
  text: { 33: imageStart, 42: heldAttention, 91: linkStart, 93: boundedLabelEnd, 95: heldAttention },
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
