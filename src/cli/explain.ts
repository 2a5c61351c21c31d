// `overclaim explain`: what a rule catches, why it matters, and better copy.
// The same explanation goes into SARIF rule help, as text and as Markdown.
import { rules, rulesById } from '../../rules/index.js';
import type { ClaimClass } from '../types.js';

const NOT_REPORTED = 'Hedged ("most orders", "usually", "up to"), negated ("not always") and question wording is not reported.';

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
    NOT_REPORTED,
    '',
    'Examples:',
    ...rule.examples.flatMap((example) => [`  bad:    ${example.bad}`, `  better: ${example.better}`]),
    '',
    `Turn it off: --rule ${rule.id}=off`,
  ];
  return `${lines.join('\n')}\n`;
}

/** The same explanation as Markdown (GitHub code scanning shows it beside an alert). */
export function explainRuleMarkdown(id: ClaimClass): string {
  const rule = rulesById.get(id);
  if (!rule) return '';
  const lines = [
    `**${rule.id}**: ${markdownText(rule.description)}`,
    '',
    `**Why it matters:** ${markdownText(rule.why)}`,
    '',
    `**Triggers:** ${rule.triggers.map(markdownTrigger).join(', ')}`,
    '',
    `**Checked against** (${markdownCode('capabilities.yml')}): ${rule.checkedAgainst.map(markdownCode).join(', ')}`,
    '',
    markdownText(NOT_REPORTED),
    '',
    '| Bad | Better |',
    '| --- | --- |',
    ...rule.examples.map((example) => `| ${markdownText(example.bad)} | ${markdownText(example.better)} |`),
    '',
    `Turn it off: ${markdownCode(`--rule ${rule.id}=off`)}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** "the best (puffery)" → `the best` (puffery): the note is not part of the words. */
function markdownTrigger(trigger: string): string {
  const noted = /^(.+?) (\([^()]+\))$/.exec(trigger);
  return noted ? `${markdownCode(noted[1])} ${markdownText(noted[2])}` : markdownCode(trigger);
}

/** Prose as literal Markdown text, safe inside a table cell too. */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/\s*\n\s*/g, ' ');
}

/** A code span that holds any text, backticks included (not for table cells: "|" would end the cell). */
export function markdownCode(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

export function listRules(): string {
  const width = Math.max(...rules.map((rule) => rule.id.length));
  return `${rules.map((rule) => `${rule.id.padEnd(width)}  ${rule.description}`).join('\n')}\n\nRun "overclaim explain <rule>" for details.\n`;
}
