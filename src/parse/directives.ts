// Inline control comments: <!-- overclaim-disable availability -->,
// <!-- overclaim-enable -->, <!-- overclaim-disable-next-line [rules] -->
// and <!-- overclaim-ignore --> (the next block). In MDX the same words go
// in an expression comment: {/* overclaim-disable-next-line */}.

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'ignore';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named in the comment; empty means every rule. */
  rules: string[];
  /** Where the comment is, as source offsets. */
  start: number;
  end: number;
  /** For 'ignore': the source span of the block it silences. */
  target?: { start: number; end: number };
}

const DIRECTIVE = /^\s*overclaim-(disable-next-line|disable|enable|ignore)\b([^]*)$/;

/** Every control comment names "overclaim-": a file without it holds none, and need not be searched. */
export function mayHoldDirectives(source: string): boolean {
  return source.includes('overclaim-');
}

/**
 * Read a directive from the inside of a comment ("overclaim-disable speed").
 * Returns undefined for comments that are not overclaim's.
 */
export function parseDirective(inside: string, start: number, end: number): Directive | undefined {
  const match = DIRECTIVE.exec(inside.trim());
  if (!match) return undefined;
  const rules = match[2]
    .split(/[\s,]+/)
    .map((word) => word.trim())
    .filter(Boolean);
  return { kind: match[1] as DirectiveKind, rules, start, end };
}

/** The inside of an HTML comment ("<!-- x -->" → " x "), or undefined. */
export function htmlCommentInside(value: string): string | undefined {
  const match = /^<!--([^]*?)-->\s*$/.exec(value.trim());
  return match?.[1];
}

/** The inside of an MDX expression comment ("/* x *\/" → " x "), or undefined. */
export function expressionCommentInside(value: string): string | undefined {
  const match = /^\s*\/\*([^]*?)\*\/\s*$/.exec(value);
  return match?.[1];
}
