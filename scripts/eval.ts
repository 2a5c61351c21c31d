// npm run eval: accuracy on the labelled development set in ../shared
// (corpus/labelled/README.md gives the fields and the scoring rule).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCapabilities } from '../src/capabilities/load.js';
import type { Capabilities } from '../src/capabilities/types.js';
import { lintText } from '../src/lint.js';
import { toJsonMessage } from '../src/report/json.js';
import { CLAIM_CLASSES, type Verdict } from '../src/types.js';

interface Row {
  id: string;
  text: string;
  label: 'objective' | 'puffery' | 'none';
  class: string | null;
  capabilities: string | null;
  verdict: Verdict | null;
}

const VERDICT_RANK: Array<Verdict | 'none'> = ['contradicted', 'unsubstantiated', 'puffery', 'substantiated', 'none'];

const corpus = resolve(process.argv[2] ?? join(import.meta.dirname, '../../../shared/corpus/labelled'));
const dataset = join(corpus, 'dev.jsonl');
if (!existsSync(dataset)) {
  console.log(`skipped: ${dataset} is not here (the labelled corpus lives in ../shared beside the repository)`);
  process.exit(0);
}

const rows: Row[] = readFileSync(dataset, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
const profiles = new Map<string, Capabilities>();
const profile = (name: string) => {
  if (!profiles.has(name)) profiles.set(name, loadCapabilities(join(corpus, 'capabilities', `${name}.yml`)));
  return profiles.get(name)!;
};

interface Outcome {
  row: Row;
  /** Reported at warning or error. */
  flagged: boolean;
  /** Reported at any severity. */
  reported: boolean;
  rules: Set<string>;
  verdict: Verdict | 'none';
  messages: string[];
}

const outcomes: Outcome[] = rows.map((row) => {
  const file = lintText(row.text, { capabilities: row.capabilities ? profile(row.capabilities) : undefined, verbose: true });
  const messages = file.messages.map(toJsonMessage).filter((message) => message.verdict !== 'substantiated' || row.capabilities);
  const shown = messages.filter((message) => message.verdict !== 'substantiated');
  const worst = messages.map((message) => message.verdict ?? 'none').sort((a, b) => VERDICT_RANK.indexOf(a) - VERDICT_RANK.indexOf(b))[0] ?? 'none';
  return {
    row,
    flagged: shown.some((message) => message.severity !== 'info'),
    reported: shown.length > 0,
    rules: new Set(shown.map((message) => message.ruleId ?? '')),
    verdict: worst,
    messages: shown.map((message) => `${message.ruleId}/${message.verdict} "${message.actual}"`),
  };
});

/** Objective rows must be flagged unless substantiated; puffery at most as info; none never. */
function score(outcome: Outcome): 'tp' | 'fp' | 'fn' | 'tn' {
  const { row } = outcome;
  if (row.label === 'objective' && row.verdict !== 'substantiated') return outcome.flagged ? 'tp' : 'fn';
  if (row.label === 'puffery') return outcome.flagged ? 'fp' : outcome.reported ? 'tp' : 'fn';
  if (row.label === 'objective') return outcome.flagged ? 'fp' : 'tn';
  return outcome.reported ? 'fp' : 'tn';
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const fixed = (value: number) => value.toFixed(2);

function summary(name: string, selected: Outcome[], hit: (outcome: Outcome) => boolean = () => true): string {
  const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const outcome of selected) {
    const result = score(outcome);
    counts[result === 'tp' && !hit(outcome) ? 'fn' : result]++;
  }
  const precision = ratio(counts.tp, counts.tp + counts.fp);
  const recall = ratio(counts.tp, counts.tp + counts.fn);
  return `${name.padEnd(14)} precision ${fixed(precision)}  recall ${fixed(recall)}  F1 ${fixed(f1(precision, recall))}  (tp ${counts.tp}, fp ${counts.fp}, fn ${counts.fn})`;
}

console.log(`overclaim on ${dataset}: ${rows.length} sentences\n`);
console.log(summary('overall', outcomes));
for (const ruleId of CLAIM_CLASSES) {
  // A class is scored on the rows labelled with it and the rows it fired on.
  const selected = outcomes.filter((outcome) => outcome.row.class === ruleId || outcome.rules.has(ruleId));
  if (selected.length === 0) continue;
  console.log(summary(ruleId, selected.map((outcome) => (outcome.row.class === ruleId || !outcome.rules.has(ruleId) ? outcome : { ...outcome, row: { ...outcome.row, label: 'none' as const } })), (outcome) => outcome.rules.has(ruleId)));
}

const judged = outcomes.filter((outcome) => outcome.reported && outcome.row.label !== 'none');
const expectedVerdict = (row: Row) => (row.label === 'puffery' ? 'puffery' : row.verdict);
const rightVerdicts = judged.filter((outcome) => outcome.verdict === expectedVerdict(outcome.row));
const paired = outcomes.filter((outcome) => outcome.row.capabilities);
const rightPaired = paired.filter((outcome) => outcome.verdict === (outcome.row.verdict === 'substantiated' ? 'substantiated' : outcome.row.verdict));
console.log(`\nverdict right on ${rightVerdicts.length}/${judged.length} flagged sentences (${fixed(ratio(rightVerdicts.length, judged.length))})`);
console.log(`verdict right on ${rightPaired.length}/${paired.length} rows paired with a capabilities profile (${fixed(ratio(rightPaired.length, paired.length))})`);

const misses = outcomes.filter((outcome) => score(outcome) === 'fn');
const alarms = outcomes.filter((outcome) => score(outcome) === 'fp');
const wrongVerdicts = [...judged, ...paired].filter((outcome, index, all) => all.indexOf(outcome) === index && outcome.verdict !== expectedVerdict(outcome.row));
const line = (outcome: Outcome) => `  ${outcome.row.id} [${outcome.row.label}/${outcome.row.class ?? '-'}${outcome.row.capabilities ? ` vs ${outcome.row.capabilities}: ${outcome.row.verdict}` : ''}] ${outcome.row.text}${outcome.messages.length ? `\n      got: ${outcome.messages.join('; ')}` : ''}`;
console.log(`\nmisses (${misses.length}):\n${misses.map(line).join('\n')}`);
console.log(`\nfalse alarms (${alarms.length}):\n${alarms.map(line).join('\n')}`);
console.log(`\nwrong verdicts (${wrongVerdicts.length}):\n${wrongVerdicts.map((outcome) => `${line(outcome)}\n      verdict: ${outcome.verdict}`).join('\n')}`);
