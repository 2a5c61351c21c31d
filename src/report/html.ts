// The HTML report: one self-contained page (inline CSS and JS, nothing
// fetched) for people who would rather look than read a terminal. A summary
// with small bar charts, then each file's copy with every claim highlighted
// by verdict, and under each line what was promised, what is declared and
// where, and the rewrite. Colour is never the only signal: every highlight
// carries an icon and a number, and every note names its verdict in words.
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { CLAIM_CLASSES, type Verdict } from '../types.js';
import type { ReportContext } from './index.js';
import { toJsonMessage, type JsonMessage } from './json.js';

/** A verdict, or "problem" for messages that have none (an unknown rule in a comment, an unreadable file). */
export type Category = Verdict | 'problem';

/** Worst first: where highlights overlap, the worst one shows. */
export const CATEGORIES: readonly Category[] = ['contradicted', 'unsubstantiated', 'puffery', 'substantiated', 'problem'];

/** The icon and words beside every highlight, so colour is never the only signal. */
export const CATEGORY_LABELS: Record<Category, { icon: string; label: string; meaning: string }> = {
  contradicted: { icon: '✖', label: 'contradicted', meaning: 'the capabilities file says otherwise' },
  unsubstantiated: { icon: '⚠', label: 'unsubstantiated', meaning: 'an objective promise nothing declared backs' },
  puffery: { icon: '≈', label: 'puffery', meaning: 'a vague boast a reasonable reader does not take literally' },
  substantiated: { icon: '✓', label: 'substantiated', meaning: 'a declared fact or evidence entry backs it' },
  problem: { icon: '!', label: 'problem', meaning: 'not a claim: something overclaim could not check' },
};

/**
 * Colours and underline styles per verdict, shared with the playground.
 * Each verdict also differs in underline style, which survives printing in
 * black and white.
 */
export const VERDICT_CSS = `
:root { --contradicted: #b42318; --contradicted-bg: #fde4e1; --unsubstantiated: #8a5a00; --unsubstantiated-bg: #fff1c7;
  --puffery: #1d4ed8; --puffery-bg: #e3ecff; --substantiated: #166534; --substantiated-bg: #dcf5e3; --problem: #4b5563; --problem-bg: #eceef1; }
mark.claim { color: inherit; border-radius: 2px; padding: 0 1px; text-decoration-thickness: 2px; text-underline-offset: 3px; }
.v-contradicted { --c: var(--contradicted); --bg: var(--contradicted-bg); }
.v-unsubstantiated { --c: var(--unsubstantiated); --bg: var(--unsubstantiated-bg); }
.v-puffery { --c: var(--puffery); --bg: var(--puffery-bg); }
.v-substantiated { --c: var(--substantiated); --bg: var(--substantiated-bg); }
.v-problem { --c: var(--problem); --bg: var(--problem-bg); }
mark.claim { background: var(--bg); text-decoration-line: underline; text-decoration-color: var(--c); }
mark.v-contradicted { text-decoration-style: double; }
mark.v-unsubstantiated { text-decoration-style: dashed; }
mark.v-puffery { text-decoration-style: dotted; }
mark.v-substantiated { text-decoration-style: solid; }
mark.v-problem { text-decoration-style: wavy; }
.tag { display: inline-block; font: 600 0.75em/1.2 system-ui, sans-serif; color: #fff; background: var(--c); border-radius: 3px;
  padding: 0 0.3em; margin: 0 0.15em; vertical-align: 0.15em; text-decoration: none; white-space: nowrap; }
.badge { display: inline-block; font-weight: 600; color: var(--c); border: 1px solid var(--c); background: var(--bg); border-radius: 3px; padding: 0 0.35em; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
@media print {
  mark.claim, .tag, .badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

/** A message placed in its file: offsets into the source, and its number in the file. */
export interface PlacedFinding {
  number: number;
  category: Category;
  message: JsonMessage;
  start: number;
  end: number;
}

export function categoryOf(message: JsonMessage): Category {
  return message.verdict ?? 'problem';
}

/** Start offsets of every line; line breaks as vfile-location counts them. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  const breaks = /\r\n|\n|\r/g;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) starts.push(match.index + match[0].length);
  return starts;
}

/** The 0-based line holding `offset` (an offset at a line's end belongs to that line). */
function lineIndexOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Messages with a place in the copy, with offsets; messages about the whole file apart. */
export function placeFindings(text: string, messages: readonly JsonMessage[]): { placed: PlacedFinding[]; fileProblems: JsonMessage[] } {
  const place = location(text);
  const placed: PlacedFinding[] = [];
  const fileProblems: JsonMessage[] = [];
  const clamp = (offset: number) => Math.max(0, Math.min(text.length, offset));
  for (const message of messages) {
    if (message.ruleId === null) {
      fileProblems.push(message);
      continue;
    }
    const start = clamp(place.toOffset({ line: message.line, column: message.column }) ?? 0);
    const end = Math.max(start, clamp(place.toOffset({ line: message.endLine, column: message.endColumn }) ?? start));
    placed.push({ number: placed.length + 1, category: categoryOf(message), message, start, end });
  }
  return { placed, fileProblems };
}

function worst(findings: readonly PlacedFinding[]): Category {
  return CATEGORIES.find((category) => findings.some((finding) => finding.category === category)) ?? 'problem';
}

function findingId(fileId: string, finding: PlacedFinding): string {
  return `${fileId}-finding-${finding.number}`;
}

function tag(fileId: string, finding: PlacedFinding): string {
  const { icon, label } = CATEGORY_LABELS[finding.category];
  return (
    `<a class="tag v-${finding.category}" href="#${findingId(fileId, finding)}">` +
    `<span aria-hidden="true">${icon}</span><span class="sr-only"> ${label}, finding</span> ${finding.number}</a>`
  );
}

/** One line of copy, escaped, with highlights (split at line ends) and a numbered tag after each claim. */
function renderLine(text: string, lineStart: number, lineEnd: number, findings: readonly PlacedFinding[], tagAt: ReadonlyMap<PlacedFinding, number>, fileId: string): string {
  const points = new Set<number>([lineStart, lineEnd]);
  for (const finding of findings) {
    for (const offset of [finding.start, finding.end, tagAt.get(finding) ?? -1]) if (offset > lineStart && offset < lineEnd) points.add(offset);
  }
  const sorted = [...points].sort((a, b) => a - b);
  const tagsAt = (offset: number) =>
    findings
      .filter((finding) => tagAt.get(finding) === offset)
      .map((finding) => tag(fileId, finding))
      .join('');
  let html = '';
  for (let index = 0; index < sorted.length - 1; index++) {
    const from = sorted[index];
    const to = sorted[index + 1];
    html += tagsAt(from);
    const active = findings.filter((finding) => finding.start <= from && finding.end >= to && finding.start < finding.end);
    const words = escapeHtml(text.slice(from, to));
    if (active.length === 0) {
      html += words;
      continue;
    }
    const category = worst(active);
    const refs = active.map((finding) => findingId(fileId, finding)).join(' ');
    html += `<mark class="claim v-${category}" aria-describedby="${refs}">${words}</mark>`;
  }
  return html + tagsAt(lineEnd);
}

function quoted(text: string): string {
  return `“${escapeHtml(text)}”`;
}

/** Under the line: what was promised, what is declared and where, and the rewrite. */
function renderNote(fileId: string, finding: PlacedFinding): string {
  const { message, category } = finding;
  const { icon, label } = CATEGORY_LABELS[category];
  const rows: Array<[string, string]> = [];
  if (message.actual) rows.push(['Promised', quoted(message.actual)]);
  if (message.declared) {
    const at = message.declaredAt ? ` <span class="declared-at">(declared at <code>${escapeHtml(message.declaredAt)}</code>)</span>` : '';
    rows.push([category === 'substantiated' ? 'Backed by' : 'Declared', `${escapeHtml(message.declared)}${at}`]);
  }
  if (message.expected.length > 0) {
    rows.push(['Rewrite', message.expected.map((rewrite) => `<ins class="rewrite">${escapeHtml(rewrite)}</ins>`).join(' or ')]);
  }
  if (category !== 'contradicted' || rows.length < 2) rows.push(['Finding', escapeHtml(message.message)]);
  return (
    `<li class="note v-${category}" id="${findingId(fileId, finding)}">` +
    `<p class="note-head"><span class="badge v-${category}"><span aria-hidden="true">${icon}</span> ${finding.number} ${label}</span> ` +
    `<span class="rule">${escapeHtml(message.ruleId ?? '')}</span> <span class="where">line ${message.line}, column ${message.column}</span> ` +
    `<span class="severity">(${message.severity})</span></p>` +
    `<dl>${rows.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join('')}</dl></li>`
  );
}

interface FileView {
  id: string;
  path: string;
  text: string;
  messages: JsonMessage[];
}

function countBy<T extends string>(messages: readonly JsonMessage[], key: (message: JsonMessage) => T | null): Map<T, number> {
  const counts = new Map<T, number>();
  for (const message of messages) {
    const value = key(message);
    if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/** A horizontal bar chart as inline SVG: a text label and the number beside every bar. */
function barChart(id: string, title: string, rows: ReadonlyArray<{ label: string; count: number; category?: Category }>): string {
  const rowHeight = 24;
  const labelWidth = 135;
  const barSpace = 115;
  const height = rows.length * rowHeight + 4;
  const max = Math.max(1, ...rows.map((row) => row.count));
  const description = rows.map((row) => `${row.label}: ${row.count}`).join(', ');
  const bars = rows
    .map((row, index) => {
      const y = index * rowHeight + 2;
      const width = row.count === 0 ? 0 : Math.max(3, Math.round((row.count / max) * barSpace));
      const fill = row.category ? `var(--${row.category})` : '#475569';
      return (
        `<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end">${escapeHtml(row.label)}</text>` +
        `<rect x="${labelWidth}" y="${y + 4}" width="${width}" height="${rowHeight - 8}" rx="2" fill="${fill}"/>` +
        `<text x="${labelWidth + width + 6}" y="${y + 16}" class="count">${row.count}</text>`
      );
    })
    .join('');
  return (
    `<figure class="chart"><figcaption id="${id}-title">${escapeHtml(title)}</figcaption>` +
    `<svg role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${labelWidth + barSpace + 40} ${height}" width="${labelWidth + barSpace + 40}" height="${height}">` +
    `<desc id="${id}-desc">${escapeHtml(description)}</desc>${bars}</svg></figure>`
  );
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function renderSummary(views: readonly FileView[]): string {
  const all = views.flatMap((view) => view.messages);
  const severities = countBy(all, (message) => message.severity);
  const verdicts = countBy(all, (message) => message.verdict);
  const classes = countBy(all, (message) => ((CLAIM_CLASSES as readonly string[]).includes(message.ruleId ?? '') ? message.ruleId : null));
  const verdictRows = (['contradicted', 'unsubstantiated', 'puffery', 'substantiated'] as const)
    .filter((verdict) => verdict !== 'substantiated' || verdicts.has(verdict))
    .map((verdict) => ({ label: `${CATEGORY_LABELS[verdict].icon} ${verdict}`, count: verdicts.get(verdict) ?? 0, category: verdict }));
  const classRows = CLAIM_CLASSES.map((ruleId) => ({ label: ruleId, count: classes.get(ruleId) ?? 0 }));
  const legend = CATEGORIES.filter((category) => category !== 'problem')
    .map((category) => {
      const { icon, label, meaning } = CATEGORY_LABELS[category];
      return `<li><span class="badge v-${category}"><span aria-hidden="true">${icon}</span> ${label}</span> ${escapeHtml(meaning)}</li>`;
    })
    .join('');
  return (
    `<section class="summary" aria-labelledby="summary-heading"><h2 id="summary-heading">Summary</h2>` +
    `<p class="totals" data-testid="totals">${plural(views.length, 'file')}, ${plural(all.length, 'finding')}: ` +
    `<strong>${plural(severities.get('error') ?? 0, 'error')}</strong>, ${plural(severities.get('warning') ?? 0, 'warning')}, ${severities.get('info') ?? 0} info</p>` +
    `<div class="charts">${barChart('chart-verdicts', 'Findings by verdict', verdictRows)}${barChart('chart-classes', 'Findings by claim class', classRows)}</div>` +
    `<h3>What the marks mean</h3><ul class="legend">${legend}</ul></section>`
  );
}

function renderFile(view: FileView): string {
  const { placed, fileProblems } = placeFindings(view.text, view.messages);
  const starts = lineStarts(view.text);
  const byLine = new Map<number, PlacedFinding[]>();
  const tagAt = new Map<PlacedFinding, number>();
  const touching = new Map<number, PlacedFinding[]>();
  for (const finding of placed) {
    const first = lineIndexOf(starts, finding.start);
    const last = lineIndexOf(starts, finding.end);
    byLine.set(first, [...(byLine.get(first) ?? []), finding]);
    tagAt.set(finding, finding.end);
    for (let line = first; line <= last; line++) touching.set(line, [...(touching.get(line) ?? []), finding]);
  }
  const counts = countBy(view.messages, (message) => message.severity);
  const headingId = `${view.id}-heading`;
  let html =
    `<section class="file" id="${view.id}" aria-labelledby="${headingId}">` +
    `<h2 id="${headingId}"><code>${escapeHtml(view.path)}</code></h2>` +
    `<p class="file-counts">${plural(view.messages.length, 'finding')}: ${plural(counts.get('error') ?? 0, 'error')}, ${plural(counts.get('warning') ?? 0, 'warning')}, ${counts.get('info') ?? 0} info</p>`;
  for (const problem of fileProblems) {
    html += `<p class="file-problem v-problem" role="note"><span class="badge v-problem"><span aria-hidden="true">!</span> not linted</span> ${escapeHtml(problem.message)}</p>`;
  }
  if (view.text === '' && fileProblems.length > 0) return `${html}</section>`;

  let rows = '';
  for (let index = 0; index < starts.length; index++) {
    const lineStart = starts[index];
    const next = starts[index + 1];
    const lineEnd = next === undefined ? view.text.length : next - (view.text.slice(next - 2, next) === '\r\n' ? 2 : 1);
    // A trailing line break does not make an empty last line worth showing.
    if (next === undefined && lineStart === lineEnd && index > 0) break;
    const here = touching.get(index) ?? [];
    const notes = byLine.get(index) ?? [];
    rows +=
      `<div class="row${here.length > 0 ? ' has-findings' : ''}"><span class="ln">${index + 1}</span>` +
      `<code class="src">${renderLine(view.text, lineStart, lineEnd, here, tagAt, view.id)}</code></div>`;
    if (notes.length > 0) rows += `<ol class="notes" aria-label="Findings on line ${index + 1}">${notes.map((finding) => renderNote(view.id, finding)).join('')}</ol>`;
  }
  const copyHeading = `<h3 id="${view.id}-copy">Copy</h3>`;
  const copy = `<div class="copy" role="group" aria-labelledby="${view.id}-copy">${rows}</div>`;
  html += placed.length > 0 ? `${copyHeading}${copy}` : `<details><summary>Show the copy (nothing to report)</summary>${copyHeading}${copy}</details>`;
  return `${html}</section>`;
}

const PAGE_CSS = `
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; background: #f6f7f9; }
header.page { background: #1f2937; color: #fff; padding: 0.75rem 1.5rem; }
header.page h1 { margin: 0; font-size: 1.4rem; }
header.page p { margin: 0; color: #d1d5db; font-size: 0.9rem; }
.layout { display: grid; grid-template-columns: minmax(10rem, 16rem) 1fr; gap: 1.5rem; padding: 1rem 1.5rem; max-width: 84rem; }
nav.files { position: sticky; top: 1rem; align-self: start; font-size: 0.9rem; }
nav.files h2 { font-size: 1rem; margin: 0 0 0.5rem; }
nav.files ol { list-style: none; margin: 0; padding: 0; }
nav.files li { margin: 0 0 0.4rem; overflow-wrap: anywhere; }
nav.files .counts { display: block; color: #57606a; font-size: 0.85em; }
main { min-width: 0; }
main > section { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; padding: 0.75rem 1.25rem 1rem; margin: 0 0 1.25rem; }
h2 { font-size: 1.2rem; margin: 0.25rem 0 0.5rem; overflow-wrap: anywhere; }
h3 { font-size: 1rem; margin: 1rem 0 0.5rem; }
.charts { display: flex; flex-wrap: wrap; gap: 0.5rem 2rem; }
.chart { margin: 0; }
.chart figcaption { font-weight: 600; margin: 0 0 0.25rem; }
.chart svg { max-width: 100%; height: auto; font: 13px system-ui, sans-serif; fill: #1f2328; }
.chart .count { font-weight: 600; }
.legend { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 0.3rem 1.25rem; font-size: 0.9rem; }
.copy { border: 1px solid #d0d7de; border-radius: 6px; overflow: hidden; background: #fbfbfc; }
.row { display: grid; grid-template-columns: 3.5em 1fr; }
.row .ln { text-align: right; padding: 0 0.75em 0 0; color: #6e7781; background: #f0f2f4; user-select: none; font: 0.85rem/1.9 ui-monospace, SFMono-Regular, Menlo, monospace; }
.row .src { white-space: pre-wrap; overflow-wrap: anywhere; padding: 0 0.75em; font: 0.9rem/1.9 ui-monospace, SFMono-Regular, Menlo, monospace; min-height: 1.9em; }
.row.has-findings .ln { color: #1f2328; font-weight: 700; }
.notes { list-style: none; margin: 0; padding: 0.4rem 0.75rem 0.5rem 4.25em; background: #fff; border-top: 1px dashed #d0d7de; border-bottom: 1px dashed #d0d7de; }
.note { border-left: 4px solid var(--c); padding: 0.2rem 0 0.2rem 0.6rem; margin: 0.3rem 0; font-size: 0.9rem; }
.note-head { margin: 0 0 0.2rem; }
.note .rule { font-weight: 600; }
.note .where, .note .severity { color: #57606a; font-size: 0.85em; }
.note dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.75rem; margin: 0; }
.note dt { font-weight: 600; color: #57606a; }
.note dd { margin: 0; overflow-wrap: anywhere; }
.note ins.rewrite { text-decoration: none; background: #dcf5e3; border-bottom: 2px solid #166534; padding: 0 2px; }
.file-problem { padding: 0.4rem 0.6rem; background: var(--bg); border-left: 4px solid var(--c); }
.filter { font-size: 0.9rem; margin: 0.75rem 0 0; }
body.only-findings .row:not(.has-findings) { display: none; }
:target { outline: 3px solid #0969da; outline-offset: 2px; }
a { color: #0969da; }
@media (max-width: 50rem) { .layout { grid-template-columns: 1fr; } nav.files { position: static; } }
@media print {
  body { background: #fff; font-size: 11pt; }
  header.page { background: none; color: #000; border-bottom: 2px solid #000; padding: 0 0 0.5rem; }
  header.page p { color: #000; }
  .layout { display: block; padding: 0; }
  nav.files, .filter { display: none; }
  main > section { border: none; padding: 0; margin: 1rem 0; }
  .file { break-before: page; }
  .note, .row, .chart { break-inside: avoid; }
  details > * { display: block; }
  a { color: inherit; text-decoration: none; }
  body.only-findings .row:not(.has-findings) { display: grid; }
}
`;

/** Progressive enhancement only: the page is complete without it. */
const PAGE_SCRIPT = `
(function () {
  var summary = document.querySelector('.summary');
  if (!summary) return;
  var label = document.createElement('label');
  label.className = 'filter';
  var box = document.createElement('input');
  box.type = 'checkbox';
  box.addEventListener('change', function () { document.body.classList.toggle('only-findings', box.checked); });
  label.appendChild(box);
  label.appendChild(document.createTextNode(' Show only lines with findings'));
  summary.appendChild(label);
})();
`;

/** The whole report page. */
export function htmlReport(files: readonly VFile[], context: Pick<ReportContext, 'version'>): string {
  const views: FileView[] = files.map((file, index) => ({
    id: `file-${index + 1}`,
    path: file.path ?? '<text>',
    text: String(file),
    messages: file.messages.map(toJsonMessage),
  }));
  const total = views.reduce((sum, view) => sum + view.messages.length, 0);
  const errors = views.reduce((sum, view) => sum + view.messages.filter((message) => message.severity === 'error').length, 0);
  const nav = views
    .map((view) => {
      const contradicted = view.messages.filter((message) => message.verdict === 'contradicted').length;
      return (
        `<li><a href="#${view.id}"><code>${escapeHtml(view.path)}</code></a>` +
        `<span class="counts">${plural(view.messages.length, 'finding')}${contradicted > 0 ? `, ${contradicted} contradicted` : ''}</span></li>`
      );
    })
    .join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="overclaim ${escapeHtml(context.version)}">
<title>overclaim report: ${plural(errors, 'error')}, ${plural(total, 'finding')} in ${plural(views.length, 'file')}</title>
<style>${VERDICT_CSS}${PAGE_CSS}</style>
</head>
<body>
<header class="page"><h1>overclaim report</h1><p>Promises in the copy, checked against the declared capabilities · overclaim ${escapeHtml(context.version)}</p></header>
<div class="layout">
<nav class="files" aria-labelledby="files-heading"><h2 id="files-heading">Files</h2><ol>${nav}</ol></nav>
<main>
${renderSummary(views)}
${views.map(renderFile).join('\n')}
</main>
</div>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}
