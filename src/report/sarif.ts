// SARIF 2.1.0 (OASIS), the format GitHub code scanning and SARIF viewers
// read: one run, every rule described in tool.driver.rules, one result per
// message, and a fix wherever a rewrite is built from a declared fact.
import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { VFile } from 'vfile';
import { location as vfileLocation } from 'vfile-location';
import { rules } from '../../rules/index.js';
import { explainRule, explainRuleMarkdown } from '../cli/explain.js';
import { formatFromPath } from '../parse/formats.js';
import type { ReportContext } from './index.js';
import { toJsonMessage, type JsonMessage } from './json.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/overclaim/overclaim';
/** The rule id of a file that could not be read as copy (binary, invalid UTF-8). */
export const INPUT_RULE_ID = 'overclaim/input';
/** partialFingerprints key: versioned, so a change of recipe can take a new key. */
export const FINGERPRINT_KEY = 'overclaimClaimHash/v1';
const SRCROOT = '%SRCROOT%';

// The subset of the SARIF object model this reporter writes.
type Level = 'error' | 'warning' | 'note';

interface SarifMessage {
  text: string;
  markdown?: string;
}

export interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export interface SarifArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

export interface SarifReportingDescriptor {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: SarifMessage;
  defaultConfiguration: { level: Level };
  properties: { tags: string[] };
}

export interface SarifFix {
  description: SarifMessage;
  artifactChanges: Array<{
    artifactLocation: SarifArtifactLocation;
    replacements: Array<{ deletedRegion: SarifRegion; insertedContent: { text: string } }>;
  }>;
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: Level;
  message: SarifMessage;
  locations: Array<{ physicalLocation: { artifactLocation: SarifArtifactLocation; region: SarifRegion } }>;
  partialFingerprints: Record<string, string>;
  properties: { verdict: JsonMessage['verdict']; declared: string | null; declaredAt: string | null };
  fixes?: SarifFix[];
}

export interface SarifNotification {
  level: Level;
  message: SarifMessage;
  descriptor: { id: string };
  locations: Array<{ physicalLocation: { artifactLocation: SarifArtifactLocation } }>;
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [
    {
      tool: { driver: { name: 'overclaim'; version: string; informationUri: string; rules: SarifReportingDescriptor[] } };
      invocations: [{ executionSuccessful: boolean; toolExecutionNotifications?: SarifNotification[] }];
      originalUriBaseIds: Record<string, { uri: string; description: SarifMessage }>;
      /** vfile counts columns in UTF-16 code units, as JavaScript strings do. */
      columnKind: 'utf16CodeUnits';
      results: SarifResult[];
    },
  ];
}

const LEVELS: Record<JsonMessage['severity'], Level> = { error: 'error', warning: 'warning', info: 'note' };

/** "availability" → "Availability", "money-back" → "MoneyBack". */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');
}

function ruleDescriptors(): SarifReportingDescriptor[] {
  return rules.map((rule) => ({
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.why },
    help: { text: explainRule(rule.id), markdown: explainRuleMarkdown(rule.id) },
    // Each result carries its finding's severity as its level (by default
    // from the verdict: contradicted is an error, puffery a note); "warning"
    // is what an unbacked promise gets.
    defaultConfiguration: { level: 'warning' },
    properties: { tags: ['marketing-copy', 'claims', rule.id] },
  }));
}

/**
 * Messages that are not claims: a file that could not be read, and a
 * control comment naming a rule that does not exist. Code scanning reads a
 * result's rule metadata from tool.driver.rules, so each gets a descriptor,
 * added only to a log that has such a result: the 8 claim rules stay the
 * whole list for a run without them.
 */
const TOOL_DESCRIPTORS: Record<string, Omit<SarifReportingDescriptor, 'id' | 'name' | 'properties'>> = {
  [INPUT_RULE_ID]: {
    shortDescription: { text: 'A file that could not be read as copy.' },
    fullDescription: { text: 'overclaim lints UTF-8 text; a binary file or one with invalid UTF-8 is not linted at all, so its promises went unchecked.' },
    help: {
      text: 'The file is binary or is not valid UTF-8, so none of its copy was checked. Save it as UTF-8, or keep it out of the paths you lint (.overclaimignore or --ignore-pattern).\n',
      markdown: 'The file is binary or is not valid UTF-8, so none of its copy was checked. Save it as UTF-8, or keep it out of the paths you lint (`.overclaimignore` or `--ignore-pattern`).\n',
    },
    defaultConfiguration: { level: 'error' },
  },
  'unknown-rule': {
    shortDescription: { text: 'A control comment names a rule that does not exist.' },
    fullDescription: { text: 'An overclaim-disable, -enable or -disable-next-line comment that names a misspelt rule silences nothing, which is easy to miss.' },
    help: {
      text: `Use one of the rule ids: ${rules.map((rule) => rule.id).join(', ')}.\n`,
      markdown: `Use one of the rule ids: ${rules.map((rule) => `\`${rule.id}\``).join(', ')}.\n`,
    },
    defaultConfiguration: { level: 'error' },
  },
};

function toolDescriptor(id: string): SarifReportingDescriptor {
  const known = TOOL_DESCRIPTORS[id];
  const text = `overclaim reported "${id}".`;
  return {
    id,
    name: pascalCase(id),
    ...(known ?? { shortDescription: { text }, fullDescription: { text }, help: { text: `${text}\n` }, defaultConfiguration: { level: 'warning' } }),
    properties: { tags: ['overclaim'] },
  };
}

/**
 * Where a file is, for SARIF: relative to cwd (and to %SRCROOT%, which is
 * cwd) with forward slashes and each segment percent-encoded, as
 * code scanning matches it against paths in the repository; an absolute
 * file: URI for a file outside cwd.
 */
export function artifactLocation(path: string, cwd: string): SarifArtifactLocation {
  const absolute = resolve(cwd, path);
  const shown = relative(cwd, absolute);
  if (shown === '' || shown.startsWith('..') || isAbsolute(shown)) return { uri: pathToFileURL(absolute).href };
  return { uri: shown.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function directoryUri(cwd: string): string {
  const href = pathToFileURL(cwd).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function regionOf(message: JsonMessage): SarifRegion {
  return { startLine: message.line, startColumn: message.column, endLine: message.endLine, endColumn: message.endColumn };
}

/**
 * The identity of a finding across commits: rule, file, the words and
 * which occurrence of them in the file it is, but not the line, so an edit
 * above a claim does not turn it into a new alert.
 */
export function claimFingerprint(ruleId: string, uri: string, actual: string, occurrence: number): string {
  return createHash('sha256').update([ruleId, uri, actual, String(occurrence)].join('\0')).digest('hex');
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * A replacement of the claim's words with the declared rewrite, offered only
 * where the region holds exactly those words in the source: a region that
 * also spans markup or character references would lose them.
 */
function fixFor(file: VFile, message: JsonMessage, where: SarifArtifactLocation, offsets: ReturnType<typeof vfileLocation>): SarifFix[] | undefined {
  const expected = message.expected[0];
  if (expected === undefined || message.actual === null) return undefined;
  const start = offsets.toOffset({ line: message.line, column: message.column });
  const end = offsets.toOffset({ line: message.endLine, column: message.endColumn });
  if (start === undefined || end === undefined || String(file.value).slice(start, end) !== message.actual) return undefined;
  const inserted = formatFromPath(file.path) === 'html' ? expected.replace(/[&<>"]/g, (character) => HTML_ESCAPES[character]) : expected;
  return [
    {
      description: { text: `Replace "${message.actual}" with "${expected}"` },
      artifactChanges: [{ artifactLocation: where, replacements: [{ deletedRegion: regionOf(message), insertedContent: { text: inserted } }] }],
    },
  ];
}

export function sarifReport(files: readonly VFile[], context: Pick<ReportContext, 'version' | 'cwd'>): SarifLog {
  const descriptors = ruleDescriptors();
  const ruleIndex = new Map(descriptors.map((descriptor, index) => [descriptor.id, index]));
  const results: SarifResult[] = [];
  const notifications: SarifNotification[] = [];

  for (const file of files) {
    const where = artifactLocation(file.path, context.cwd);
    const offsets = vfileLocation(file);
    const seen = new Map<string, number>();
    for (const raw of file.messages) {
      const message = toJsonMessage(raw);
      // A file that could not be read has no rule (ruleId null). It becomes a
      // result, because code scanning shows results only: of
      // runs[].invocations it reads nothing but workingDirectory, so a
      // toolExecutionNotification alone would drop the error silently. The
      // notification and executionSuccessful: false are written as well, for
      // SARIF consumers that check whether the run covered every file.
      const ruleId = message.ruleId ?? INPUT_RULE_ID;
      if (!ruleIndex.has(ruleId)) ruleIndex.set(ruleId, descriptors.push(toolDescriptor(ruleId)) - 1);
      if (message.ruleId === null) {
        notifications.push({ level: 'error', message: { text: message.message }, descriptor: { id: INPUT_RULE_ID }, locations: [{ physicalLocation: { artifactLocation: where } }] });
      }
      // The words of a claim; for other messages, what they say.
      const words = message.actual ?? message.message;
      const key = `${ruleId}\0${words}`;
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);

      const result: SarifResult = {
        ruleId,
        ruleIndex: ruleIndex.get(ruleId) as number,
        level: LEVELS[message.severity],
        message: { text: message.message },
        // A message without a position (an unreadable file) is put on line 1:
        // code scanning needs a region to show a result in the file.
        locations: [{ physicalLocation: { artifactLocation: where, region: regionOf(message) } }],
        partialFingerprints: { [FINGERPRINT_KEY]: claimFingerprint(ruleId, where.uri, words, occurrence) },
        properties: { verdict: message.verdict, declared: message.declared, declaredAt: message.declaredAt },
      };
      const fixes = fixFor(file, message, where, offsets);
      if (fixes) result.fixes = fixes;
      results.push(result);
    }
  }

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'overclaim', version: context.version, informationUri: INFORMATION_URI, rules: descriptors } },
        invocations: [notifications.length > 0 ? { executionSuccessful: false, toolExecutionNotifications: notifications } : { executionSuccessful: true }],
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(context.cwd), description: { text: 'The directory overclaim ran in; file paths are relative to it.' } } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
