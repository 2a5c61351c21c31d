// The typographic characters that copy writes in several ways: the
// sentence view (check/sentence.ts) and the prefilter's loose text
// (parse/loose.ts) must fold them alike, or a trigger could match one and
// not the other.
/** Typographic characters folded to their plain forms. */
export const FOLD: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u00a0': ' ',
  '\uff03': '#',
};
