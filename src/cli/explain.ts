// `overclaim explain`: what a rule catches, why it matters, and better copy.
import { rules, rulesById } from '../../rules/index.js';
import type { ClaimClass } from '../types.js';

export function explainRule(id: ClaimClass): string {
  const rule = rulesById.get(id);
  if (!rule) return '';
  const lines = [
    `${rule.id}: ${rule.description}`,
    '',
    `Why it matters: ${rule.why}`,
    '',
    `Triggers: ${rule.triggers.join(', ')}`,
    `Checked against (capabilities.yml): ${rule.checkedAgainst.join(', ')}`,
    'Hedged ("most orders", "usually", "up to"), negated ("not always") and question wording is not reported.',
    '',
    'Examples:',
    ...rule.examples.flatMap((example) => [`  bad:    ${example.bad}`, `  better: ${example.better}`]),
    '',
    `Turn it off: --rule ${rule.id}=off`,
  ];
  return `${lines.join('\n')}\n`;
}

export function listRules(): string {
  const width = Math.max(...rules.map((rule) => rule.id.length));
  return `${rules.map((rule) => `${rule.id.padEnd(width)}  ${rule.description}`).join('\n')}\n\nRun "overclaim explain <rule>" for details.\n`;
}
