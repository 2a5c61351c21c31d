// A file's raw text made close enough to its copy for the prefilter
// (check/prefilter.ts): lower case, typographic characters folded, character
// references decoded, and the markup that can sit inside a word or between
// the words of one phrase taken out. It may keep text that is not copy
// (code, URLs, tags' attributes); it must never lose a word that is.
//
// Where markup is taken out, a DELETED mark is left in its place: the copy
// may join the words on either side ("ev*er*y") or keep the markup as a
// literal character between them ("x*in 5 days"), and only the pattern
// (prefilter.ts) can try both. Without the mark, the prefilter could not
// keep a trigger's word boundaries or ask for a character where the
// trigger has a space.
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeHTML } from 'entities';
import { FOLD } from '../util/fold.js';
import { NOT_COPY } from './html.js';
import type { Format } from './index.js';

/** Stands where markup was taken out: not a letter or digit, never in copy. */
export const DELETED = '\u0001';

/**
 * A tag that runs on to a line opening on ">": in a quote the parser takes
 * that ">" off as the quote's marker and the tag goes on ("in<em cl\n> ass='x'>sta</em>nt");
 * anywhere else it closes the tag ('fresh<em class="x"\n> caviar'). A block
 * of a quote may come without its first marker, so both are read.
 */
const TAG_ACROSS_QUOTED_LINE = /<[a-z][^<>]*(?:\r\n?|\n)[ \t]*>/i;
const QUOTE_MARKERS = /((?:\r\n?|\n)[ \t]*)(?:>[ \t]?)+/g;

/** Characters of emphasis, strike-through, code spans and escapes: they can split a word in Markdown ("ev*er*y"). */
const INLINE_MARKUP = /[*_~`\\]/g;

/**
 * Footnote references, reference labels ("][label]") and the brackets of
 * links and images. A footnote's label holds no "[" (GFM reads none there),
 * which also keeps the scan linear on "[^a[^a[^a…" with no "]".
 */
const LINK_SYNTAX = /\[\^[^[\]\s]*\]|\]\[[^\]]*\]|!?\[|\]/g;

/**
 * Every single character the two patterns above take out, wherever it is:
 * where the copy has one of them literally, the loose text may not.
 */
export const REMOVED_CHARACTERS: readonly string[] = ['*', '_', '~', '`', '\\', '[', ']', '!'];

/** A comment; one never closed runs to the end, which keeps the scan linear (the other reading keeps its words). */
const HTML_COMMENT = /<!---?>|<!--[\s\S]*?(?:-->|$)/g;

/**
 * What CommonMark reads as raw HTML inline besides tags: comments,
 * processing instructions, CDATA and declarations ("<!x …>"). Each runs to
 * the end if never closed, as a comment does.
 */
const MARKDOWN_SPECIAL = new RegExp(`${HTML_COMMENT.source}|<\\?[\\s\\S]*?(?:\\?>|$)|<!\\[CDATA\\[[\\s\\S]*?(?:\\]\\]>|$)|<![a-z][^>]*(?:>|$)`, 'gi');

/**
 * A comment, processing instruction, CDATA or declaration that is closed is
 * not copy. One never closed runs to the end in MARKDOWN_SPECIAL, which keeps
 * the scan linear; but inline, CommonMark reads it as text ("<!-- note
 * --[>in](…)stant" holds "instant"), so only its opener is taken out.
 */
function markdownSpecial(match: string): string {
  const [opener, closer] = match.startsWith('<![CDATA[') ? ['<![CDATA[', ']]>'] : match.startsWith('<!--') ? ['<!--', '-->'] : match.startsWith('<?') ? ['<?', '?>'] : ['<!', '>'];
  // "<!-->" and "<!--->" are whole comments.
  if ((match.endsWith(closer) && match.length >= opener.length + closer.length) || /^<!---?>$/.test(match)) return DELETED;
  return DELETED + match.slice(opener.length);
}

/** An HTML tag or an autolink, as CommonMark reads one inside a paragraph. */
const TAG = /<\/?[a-z][a-z0-9-]*(?:\s+[a-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<[a-z][a-z0-9+.-]{1,31}:[^\s<>]*>/gi;

/**
 * Any tag at all, for HTML files (parse5 forgives more than CommonMark). A
 * ">" in a quoted attribute does not end it; a "<" outside one ends the
 * search, which keeps it linear on "<a <a <a …".
 */
const ANY_TAG = /<[a-z/!?](?:[^<>"']|"[^"]*"|'[^']*')*>/gi;

/**
 * Opening tags of HTML elements whose content is never copy, and of del,
 * which hast-util-to-nlcst never reads. Not svg or math, which it does not
 * read either: a "<b>" or "<img>" inside one ends it for parse5, and the
 * text after it is copy.
 */
const NOT_COPY_OPENING = new RegExp(`<(${[...NOT_COPY, 'del'].join('|')})\\b[^<>]*>`, 'gi');

/** A character reference, as the parsers read one (a semicolon may be missing). */
export const CHARACTER_REFERENCE = /&(?:#x([0-9a-f]{1,6})|#([0-9]{1,7})|([a-z][a-z0-9]{1,31}));?/gi;

const FOLDABLE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

/**
 * Stars and underscores, which plain text and HTML copy use for emphasis by
 * hand: the sentence reads a pair of them around words as not there
 * (check/sentence.ts), so the loose text marks where each was.
 */
const HAND_EMPHASIS = /[*_]/g;

export function looseText(source: string, format: Format): string {
  if (format === 'text') return fold(source.replace(HAND_EMPHASIS, DELETED));
  // Where a reference decodes differently than a parser would ("&amp" with
  // no semicolon in Markdown is text), keep the undecoded text as well.
  // HTML is decoded as parse5 decodes it ("&copyfree" is "©free", "&#150;" an en dash).
  const decoded = source.includes('&') ? `${format === 'html' ? decodeHTML(source) : decodeReferences(source)}\n${source}` : source;
  if (format === 'html') {
    // Copy in alt, title and meta content lives inside tags: keep one copy of
    // the text with its tags, and one without them, where words join up.
    const withoutTags = withoutNotCopyElements(decoded).replace(HTML_COMMENT, DELETED).replace(ANY_TAG, DELETED).replace(HAND_EMPHASIS, DELETED);
    return fold(`${withoutTags}\n${decoded}`);
  }
  // Text that only looks like a link or a tag ("list[0](every day)") is
  // copy: keep a second reading with nothing but inline markup taken out.
  const withoutSyntax = (text: string) => withoutDestinations(text.replace(MARKDOWN_SPECIAL, markdownSpecial).replace(TAG, DELETED)).replace(LINK_SYNTAX, DELETED).replace(INLINE_MARKUP, DELETED);
  const quoted = TAG_ACROSS_QUOTED_LINE.test(decoded) ? `\n${withoutSyntax(decoded.replace(QUOTE_MARKERS, '$1'))}` : '';
  return fold(`${withoutSyntax(decoded)}${quoted}\n${decoded.replace(INLINE_MARKUP, DELETED)}`);
}

/**
 * Take out each "(destination "title")" after a "]". Parentheses nest in a
 * destination to any depth ("](https://a.example/(b(c)))"), which no regular
 * expression follows: one pass pairs every parenthesis with a stack, so the
 * time stays linear however the brackets are written.
 */
function withoutDestinations(text: string): string {
  if (!text.includes('](')) return text;
  const spans: Array<[number, number]> = [];
  // A destination never spans lines, but its ")" may stand on the next one
  // ("[inst](https://example.com\n)ant" reads "instant"): the parentheses
  // still open from the line before are kept, and no older ones.
  let opens: number[] = [];
  let openBefore: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (character === '\\') index++;
    else if (character === '\n') [openBefore, opens] = [opens, []];
    else if (character === '(') opens.push(index);
    else if (character === ')' && (opens.length > 0 || openBefore.length > 0)) {
      const open = opens.length > 0 ? opens.pop()! : openBefore.pop()!;
      if (text[open - 1] === ']') {
        // An outer destination swallows the inner ones already found.
        while (spans.length > 0 && spans[spans.length - 1][0] > open) spans.pop();
        spans.push([open, index + 1]);
      }
    }
  }
  let result = '';
  let from = 0;
  for (const [start, end] of spans) {
    result += text.slice(from, start) + DELETED;
    from = end;
  }
  return result + text.slice(from);
}

/**
 * Take out elements whose content is never copy, so their words cannot
 * stand between two of the copy's. Each closing tag is looked for once, from
 * its opening tag on; an element never closed ends the search.
 */
function withoutNotCopyElements(text: string): string {
  const lower = text.toLowerCase();
  let result = '';
  let from = 0;
  NOT_COPY_OPENING.lastIndex = 0;
  for (let opening = NOT_COPY_OPENING.exec(text); opening; opening = NOT_COPY_OPENING.exec(text)) {
    const closing = lower.indexOf(`</${opening[1].toLowerCase()}`, NOT_COPY_OPENING.lastIndex);
    if (closing < 0) break;
    const end = lower.indexOf('>', closing);
    if (end < 0) break;
    result += text.slice(from, opening.index) + DELETED;
    from = end + 1;
    NOT_COPY_OPENING.lastIndex = from;
  }
  return result + text.slice(from);
}

/**
 * "\u0130" (capital I with a dot) is the one character that lower-cases to
 * two, "i" and a combining dot; the copy's view keeps it whole, as a
 * character that is not a letter of any trigger. Fold it to the combining
 * dot alone, so no "i" appears that the copy does not have.
 */
const DOTTED_CAPITAL_I = /\u0130/g;

function fold(text: string): string {
  return text.replace(FOLDABLE, (character) => FOLD[character]).replace(DOTTED_CAPITAL_I, '\u0307').toLowerCase();
}

function decodeReferences(text: string): string {
  return text.replace(CHARACTER_REFERENCE, decodeReference);
}

/** What a CHARACTER_REFERENCE match stands for, or the reference as written when it stands for nothing. */
export function decodeReference(reference: string, hex: string | undefined, decimal: string | undefined, name: string | undefined): string {
  if (name !== undefined) {
    const value = decodeNamedCharacterReference(name);
    return value === false ? reference : value;
  }
  const code = Number.parseInt(hex ?? decimal ?? '', hex ? 16 : 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
}
