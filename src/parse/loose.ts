// A file's raw text made close enough to its copy for the prefilter
// (check/prefilter.ts): lower case, typographic characters folded, character
// references decoded, and the markup that can sit inside a word or between
// the words of one phrase taken out. It may keep text that is not copy
// (code, URLs, tags' attributes); it must never lose a word that is.
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { FOLD } from '../check/sentence.js';
import type { Format } from './index.js';

/** Characters of emphasis, strike-through, code spans and escapes: they can split a word in Markdown ("ev*er*y"). */
const INLINE_MARKUP = /[*_~`\\]/g;

/** Footnote references, reference labels ("][label]") and the brackets of links and images. */
const LINK_SYNTAX = /\[\^[^\]\s]*\]|\]\[[^\]]*\]|!?\[|\]/g;

/** A link destination and title longer than this is left in place (a scan per "](" must stay short). */
const MAX_DESTINATION = 4096;

const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

/** An HTML tag or an autolink, as CommonMark reads one inside a paragraph. */
const TAG = /<\/?[a-z][a-z0-9-]*(?:\s+[a-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<[a-z][a-z0-9+.-]{1,31}:[^\s<>]*>/gi;

/** Any tag at all, for HTML files (parse5 forgives more than CommonMark); a ">" in a quoted attribute does not end it. */
const ANY_TAG = /<[a-z/!?](?:[^>"']|"[^"]*"|'[^']*')*>/gi;

/** HTML elements whose content is never copy (as in html.ts): gone, so their words cannot stand between two of the copy's. */
const NOT_COPY_ELEMENTS = /<(script|style|code|pre|template|textarea|noscript|kbd|samp|var)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

const CHARACTER_REFERENCE = /&(?:#x([0-9a-f]{1,6})|#([0-9]{1,7})|([a-z][a-z0-9]{1,31}));?/gi;

const FOLDABLE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

export function looseText(source: string, format: Format): string {
  if (format === 'text') return fold(source);
  // Where a reference decodes differently than a parser would ("&amp" with
  // no semicolon in Markdown is text), keep the undecoded text as well.
  const decoded = source.includes('&') ? `${decodeReferences(source)}\n${source}` : source;
  if (format === 'html') {
    // Copy in alt, title and meta content lives inside tags: keep one copy of
    // the text with its tags, and one without them, where words join up.
    const withoutTags = decoded.replace(NOT_COPY_ELEMENTS, '').replace(HTML_COMMENT, '').replace(ANY_TAG, '');
    return fold(`${withoutTags}\n${decoded}`);
  }
  // Text that only looks like a link or a tag ("list[0](every day)") is
  // copy: keep a second reading with nothing but inline markup taken out.
  const withoutSyntax = withoutDestinations(decoded.replace(HTML_COMMENT, '').replace(TAG, '')).replace(LINK_SYNTAX, '').replace(INLINE_MARKUP, '');
  return fold(`${withoutSyntax}\n${decoded.replace(INLINE_MARKUP, '')}`);
}

/**
 * Take out each "(destination "title")" after a "]": parentheses nest in a
 * destination to any depth ("](https://a.example/(b(c)))"), which no
 * regular expression follows.
 */
function withoutDestinations(text: string): string {
  let result = '';
  let from = 0;
  for (let open = text.indexOf('](', from); open >= 0; open = text.indexOf('](', from)) {
    let depth = 0;
    let close = -1;
    for (let index = open + 1; index < text.length && index - open < MAX_DESTINATION; index++) {
      const character = text[index];
      if (character === '\\') index++;
      else if (character === '(') depth++;
      else if (character === ')' && --depth === 0) {
        close = index;
        break;
      }
    }
    result += text.slice(from, open + 1);
    from = close >= 0 ? close + 1 : open + 1;
  }
  return result + text.slice(from);
}

function fold(text: string): string {
  return text.replace(FOLDABLE, (character) => FOLD[character]).toLowerCase();
}

function decodeReferences(text: string): string {
  return text.replace(CHARACTER_REFERENCE, (reference, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
    if (name !== undefined) {
      const value = decodeNamedCharacterReference(name);
      return value === false ? reference : value;
    }
    const code = Number.parseInt(hex ?? decimal ?? '', hex ? 16 : 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
  });
}
