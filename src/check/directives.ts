// Apply inline control comments to the findings of one document.
import type { Directive } from '../parse/directives.js';

interface Located {
  ruleId: string;
  start: number;
  line: number;
}

/** Line (1-based) of a source offset. */
type LineOf = (offset: number) => number;

/** Does any directive silence a finding of `ruleId` that starts at `start`? */
export function isSilenced(finding: Located, directives: readonly Directive[], lineOf: LineOf): boolean {
  const names = (directive: Directive) => directive.rules.length === 0 || directive.rules.includes(finding.ruleId);
  let disabled = false;
  // disable/enable pairs act in document order, up to the finding.
  for (const directive of directives) {
    if (directive.start > finding.start) break;
    if (directive.kind === 'disable' && names(directive)) disabled = true;
    if (directive.kind === 'enable' && names(directive)) disabled = false;
  }
  if (disabled) return true;
  return directives.some((directive) => {
    if (!names(directive)) return false;
    if (directive.kind === 'disable-next-line') return lineOf(directive.end) + 1 === finding.line;
    if (directive.kind === 'ignore') return directive.target !== undefined && finding.start >= directive.target.start && finding.start < directive.target.end;
    return false;
  });
}
