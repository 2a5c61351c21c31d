// The sarif and github formats: the built CLI spawned as CI runs it, SARIF
// checked against the official 2.1.0 schema, and the escaping rules of
// GitHub workflow commands.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { escapeData, escapeProperty, githubCommand } from '../src/report/github.js';
import type { JsonMessage } from '../src/report/json.js';
import { artifactLocation, claimFingerprint, FINGERPRINT_KEY, pascalCase, sarifReport, type SarifLog, type SarifResult } from '../src/report/sarif.js';
import type { Verdict } from '../src/types.js';
import { ROOT, run, tempDir } from './helpers.js';

const seafood = 'examples/seafood/landing.md';
const saas = 'examples/saas/index.html';

// The schema declares draft-07, which is what Ajv's default class implements
// (Ajv2019 and Ajv2020 are for the later drafts).
const schema = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/sarif-2.1.0.schema.json'), 'utf8'));
const ajv = new Ajv({
  allErrors: true,
  strict: true,
  // The official schema trips one strict check: anyOf branches that list
  // "required" properties declared beside the anyOf, not inside the branch.
  // That is valid JSON Schema, so only that check is off.
  strictRequired: false,
});
// The formats the schema uses, checked rather than ignored (RFC 3986 / 3339).
const URI_REFERENCE = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/;
ajv.addFormat('uri-reference', (value: string) => URI_REFERENCE.test(value) && (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value) || URL.canParse(value)));
ajv.addFormat('uri', (value: string) => URI_REFERENCE.test(value) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value) && URL.canParse(value));
ajv.addFormat('date-time', (value: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/i.test(value) && !Number.isNaN(Date.parse(value)));
const validateSarif = ajv.compile(schema);

function expectValidSarif(log: unknown): void {
  const valid = validateSarif(log);
  expect(validateSarif.errors ?? [], 'SARIF schema errors').toEqual([]);
  expect(valid).toBe(true);
}

function runSarif(args: string[], options: { cwd?: string } = {}) {
  const result = run([...args, '--format', 'sarif'], options);
  return { ...result, log: JSON.parse(result.stdout) as SarifLog };
}

function regionOf(result: SarifResult) {
  return result.locations[0].physicalLocation.region;
}

describe('--format sarif', () => {
  const { code, stderr, log } = runSarif([seafood, saas]);
  const [sarifRun] = log.runs;

  test('is valid SARIF 2.1.0 by the official schema', () => {
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expectValidSarif(log);
    expect(log).toMatchObject({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0' });
    expect(log.runs).toHaveLength(1);
  });

  test('the validator does reject what the schema forbids', () => {
    // Guard against a schema or validator that accepts anything.
    expect(validateSarif({ version: '2.1.0' })).toBe(false);
    const broken = structuredClone(log);
    (broken.runs[0].results[0].locations[0].physicalLocation.region as unknown as Record<string, unknown>).startLine = 0;
    expect(validateSarif(broken)).toBe(false);
    const spaced = structuredClone(log);
    spaced.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'a b.md';
    expect(validateSarif(spaced)).toBe(false);
  });

  test('describes the tool and all 8 rules', () => {
    const { driver } = sarifRun.tool;
    expect(driver).toMatchObject({ name: 'overclaim', version: JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version, informationUri: 'https://github.com/overclaim/overclaim' });
    expect(driver.rules).toHaveLength(8);
    expect(driver.rules.map((rule) => rule.id)).toEqual(['completeness', 'availability', 'speed', 'guarantee', 'perfection', 'superlative', 'unlimited', 'offering']);
    const availability = driver.rules[1];
    expect(availability).toMatchObject({
      name: 'Availability',
      shortDescription: { text: expect.stringContaining('24/7') },
      fullDescription: { text: expect.stringContaining('calls at 3 a.m.') },
      defaultConfiguration: { level: 'warning' },
      properties: { tags: expect.arrayContaining(['availability']) },
    });
    // help.text is what `overclaim explain` prints; the Markdown says the same.
    expect(availability.help.text).toBe(run(['explain', 'availability']).stdout);
    expect(availability.help.markdown).toContain('**Why it matters:** A customer who reads "24/7"');
    expect(availability.help.markdown).toContain('| Call us anytime. | Call us Mon–Fri, 9:00–17:00; email us any time and we reply within a day. |');
    expect(availability.help.markdown).toContain('`anytime` (with a call, chat or visit)');
  });

  test('points %SRCROOT% at the directory it ran in', () => {
    expect(sarifRun.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `${pathToFileURL(ROOT).href}/`, description: { text: expect.any(String) } } });
    expect(sarifRun.columnKind).toBe('utf16CodeUnits');
    expect(sarifRun.invocations).toEqual([{ executionSuccessful: true }]);
  });

  test('one result per message, with the JSON report\'s positions and levels', () => {
    const json = JSON.parse(run([seafood, saas, '--format', 'json']).stdout) as { files: Array<{ path: string; messages: JsonMessage[] }> };
    const messages = json.files.flatMap((file) => file.messages.map((message) => ({ path: file.path, ...message })));
    expect(sarifRun.results).toHaveLength(messages.length);
    sarifRun.results.forEach((result, index) => {
      const message = messages[index];
      expect(result.ruleId).toBe(message.ruleId);
      expect(sarifRun.tool.driver.rules[result.ruleIndex].id).toBe(message.ruleId);
      expect(result.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[message.severity]);
      expect(result.message.text).toBe(message.message);
      expect(result.locations[0].physicalLocation.artifactLocation).toEqual({ uri: message.path, uriBaseId: '%SRCROOT%' });
      expect(regionOf(result)).toEqual({ startLine: message.line, startColumn: message.column, endLine: message.endLine, endColumn: message.endColumn });
      expect(result.properties).toEqual({ verdict: message.verdict, declared: message.declared, declaredAt: message.declaredAt });
      expect(Boolean(result.fixes)).toBe(message.expected.length > 0);
    });
    expect(sarifRun.results.filter((result) => result.level === 'warning')).toHaveLength(5);
  });

  test('the seafood page: contradicted promises are errors with a fix', () => {
    const results = sarifRun.results.filter((result) => result.locations[0].physicalLocation.artifactLocation.uri === seafood);
    expect(results.map((result) => [result.ruleId, result.level, result.properties.verdict])).toEqual([
      ['completeness', 'error', 'contradicted'],
      ['availability', 'error', 'contradicted'],
      ['availability', 'error', 'contradicted'],
      ['speed', 'error', 'contradicted'],
      ['guarantee', 'error', 'contradicted'],
      ['offering', 'error', 'contradicted'],
    ]);
    const allDay = results.find((result) => result.message.text.startsWith('"24/7"'));
    const artifact = { uri: 'examples/seafood/landing.md', uriBaseId: '%SRCROOT%' };
    const region = { startLine: 9, startColumn: 35, endLine: 9, endColumn: 39 };
    expect(allDay).toEqual({
      ruleId: 'availability',
      ruleIndex: 1,
      level: 'error',
      message: { text: '"24/7" is contradicted: support.hours is Tue-Sun 11:00-22:00 (examples/seafood/capabilities.yml:4); say "Tue–Sun 11:00–22:00" instead' },
      locations: [{ physicalLocation: { artifactLocation: artifact, region } }],
      partialFingerprints: { [FINGERPRINT_KEY]: claimFingerprint('availability', 'examples/seafood/landing.md', '24/7', 0) },
      properties: { verdict: 'contradicted', declared: 'support.hours is Tue-Sun 11:00-22:00', declaredAt: 'examples/seafood/capabilities.yml:4' },
      fixes: [
        {
          description: { text: 'Replace "24/7" with "Tue–Sun 11:00–22:00"' },
          artifactChanges: [{ artifactLocation: artifact, replacements: [{ deletedRegion: region, insertedContent: { text: 'Tue–Sun 11:00–22:00' } }] }],
        },
      ],
    });
    // Applying a fix replaces exactly the promise.
    const line = readFileSync(join(ROOT, seafood), 'utf8').split('\n')[8];
    expect(line.slice(0, 34) + 'Tue–Sun 11:00–22:00' + line.slice(38)).toBe('Our friendly team is here for you Tue–Sun 11:00–22:00. Call us anytime and we will reply within the hour.');
  });

  test('the SaaS page: warnings have no fix, HTML findings point into the source', () => {
    const results = sarifRun.results.filter((result) => result.locations[0].physicalLocation.artifactLocation.uri === saas);
    const instant = results.find((result) => result.message.text.startsWith('"instant"'));
    expect(instant).toMatchObject({ ruleId: 'speed', level: 'warning', properties: { verdict: 'unsubstantiated', declared: null, declaredAt: null } });
    expect(instant?.fixes).toBeUndefined();
    const uptime = results.find((result) => result.message.text.startsWith('"100% uptime"'));
    expect(regionOf(uptime as SarifResult)).toEqual({ startLine: 5, startColumn: 74, endLine: 5, endColumn: 85 });
    expect(uptime?.fixes?.[0].artifactChanges[0].replacements[0].insertedContent.text).toBe('99.9% uptime');
  });

  test('--output writes the log to the file and nothing to stdout', () => {
    const out = join(tempDir(), 'overclaim.sarif');
    const result = run([seafood, '--format', 'sarif', '--output', out]);
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: '' });
    const written = JSON.parse(readFileSync(out, 'utf8')) as SarifLog;
    expectValidSarif(written);
    expect(written.runs[0].results).toHaveLength(6);
  });

  test('no findings: an empty, valid results array', () => {
    const { code, log: empty } = runSarif(['--text', 'Fresh bread from our bakery.']);
    expect(code).toBe(0);
    expectValidSarif(empty);
    expect(empty.runs[0].results).toEqual([]);
    expect(empty.runs[0].tool.driver.rules).toHaveLength(8);
  });

  test('copy that is not a file still gets a valid URI', () => {
    const { log: text } = runSarif(['--text', 'Support 24/7.']);
    expectValidSarif(text);
    expect(text.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: '%3Ctext%3E', uriBaseId: '%SRCROOT%' });
  });

  test('a file that cannot be read is an error result, and the run says it did not cover it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'logo.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(join(dir, 'page.md'), 'Support 24/7.\n');
    const { code, log: withBinary } = runSarif(['logo.md', 'page.md'], { cwd: dir });
    expect(code).toBe(2);
    expectValidSarif(withBinary);
    const [binaryRun] = withBinary.runs;
    expect(binaryRun.tool.driver.rules).toHaveLength(9);
    expect(binaryRun.tool.driver.rules[8]).toMatchObject({ id: 'overclaim/input', defaultConfiguration: { level: 'error' } });
    expect(binaryRun.results[0]).toMatchObject({
      ruleId: 'overclaim/input',
      ruleIndex: 8,
      level: 'error',
      message: { text: 'binary file (a NUL byte at byte 4), not linted' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'logo.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } } }],
    });
    expect(binaryRun.results[1]).toMatchObject({ ruleId: 'availability', level: 'warning' });
    expect(binaryRun.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: 'binary file (a NUL byte at byte 4), not linted' },
            descriptor: { id: 'overclaim/input' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'logo.md', uriBaseId: '%SRCROOT%' } } }],
          },
        ],
      },
    ]);
  });

  test('a control comment naming no rule is a result with its own descriptor', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'page.md'), '<!-- overclaim-disable-next-line availabilty -->\nSupport 24/7.\n');
    const { code, log: commented } = runSarif(['page.md'], { cwd: dir });
    expect(code).toBe(1);
    expectValidSarif(commented);
    const [commentRun] = commented.runs;
    expect(commentRun.tool.driver.rules.map((rule) => rule.id)).toHaveLength(9);
    expect(commentRun.tool.driver.rules[8]).toMatchObject({ id: 'unknown-rule', name: 'UnknownRule' });
    expect(commentRun.results.map((result) => [result.ruleId, result.ruleIndex, result.level])).toEqual([
      ['unknown-rule', 8, 'error'],
      ['availability', 1, 'warning'],
    ]);
    expect(regionOf(commentRun.results[0])).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 49 });
    // The run still covered every file.
    expect(commentRun.invocations).toEqual([{ executionSuccessful: true }]);
  });
});

describe('SARIF fingerprints', () => {
  function fingerprints(log: SarifLog): string[] {
    return log.runs[0].results.map((result) => result.partialFingerprints[FINGERPRINT_KEY]);
  }

  test('survive an edit above the claim, and tell repeated words apart', () => {
    const dir = tempDir();
    copyFileSync(join(ROOT, 'examples/seafood/capabilities.yml'), join(dir, 'capabilities.yml'));
    const page = join(dir, 'page.md');
    writeFileSync(page, 'We are here 24/7.\n\nCall us, we answer 24/7.\n');
    const before = runSarif(['page.md'], { cwd: dir }).log;
    writeFileSync(page, '# New heading\n\nA new paragraph.\n\nWe are here 24/7.\n\nCall us, we answer 24/7.\n');
    const after = runSarif(['page.md'], { cwd: dir }).log;

    expect(before.runs[0].results.map((result) => regionOf(result).startLine)).toEqual([1, 3]);
    expect(after.runs[0].results.map((result) => regionOf(result).startLine)).toEqual([5, 7]);
    expect(fingerprints(after)).toEqual(fingerprints(before));
    const [first, second] = fingerprints(before);
    expect(first).not.toBe(second);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
  });

  test('depend on rule, file, words and occurrence', () => {
    const base = claimFingerprint('availability', 'a.md', '24/7', 0);
    expect(claimFingerprint('availability', 'a.md', '24/7', 0)).toBe(base);
    expect(new Set([base, claimFingerprint('speed', 'a.md', '24/7', 0), claimFingerprint('availability', 'b.md', '24/7', 0), claimFingerprint('availability', 'a.md', 'anytime', 0), claimFingerprint('availability', 'a.md', '24/7', 1)]).size).toBe(5);
  });
});

describe('SARIF reporter units', () => {
  function fileWith(path: string, value: string, finding: { line: number; column: number; endColumn: number; actual: string; expected: string[]; verdict: Verdict }): VFile {
    const file = new VFile({ path, value });
    const message = file.message('a finding', {
      place: { start: { line: finding.line, column: finding.column }, end: { line: finding.line, column: finding.endColumn } },
      ruleId: 'availability',
      source: 'overclaim',
    });
    message.fatal = true;
    message.actual = finding.actual;
    message.expected = finding.expected;
    Object.assign(message, { verdict: finding.verdict });
    return file;
  }

  test('a fix is offered only where the region holds exactly the words', () => {
    const clean = fileWith('a.md', 'Help 24/7.', { line: 1, column: 6, endColumn: 10, actual: '24/7', expected: ['Mon–Fri'], verdict: 'contradicted' });
    expect(sarifReport([clean], { version: '0.0.0', cwd: '/site' }).runs[0].results[0].fixes).toHaveLength(1);
    // The region spans markup the words do not include: replacing it would drop the <b>.
    const marked = fileWith('a.html', '<p>Files <b>always</b> available</p>', { line: 1, column: 10, endColumn: 33, actual: 'always available', expected: ['available 99.9% of the time'], verdict: 'contradicted' });
    const log = sarifReport([marked], { version: '0.0.0', cwd: '/site' });
    expect(log.runs[0].results[0].fixes).toBeUndefined();
    expectValidSarif(log);
  });

  test('a fix into HTML escapes what HTML would read as markup', () => {
    const file = fileWith('page.html', '<p>Help 24/7.</p>', { line: 1, column: 9, endColumn: 13, actual: '24/7', expected: ['Mon & Tue <9–5>'], verdict: 'contradicted' });
    const [result] = sarifReport([file], { version: '0.0.0', cwd: '/site' }).runs[0].results;
    expect(result.fixes?.[0]).toEqual({
      description: { text: 'Replace "24/7" with "Mon & Tue <9–5>"' },
      artifactChanges: [
        {
          artifactLocation: { uri: 'page.html', uriBaseId: '%SRCROOT%' },
          replacements: [{ deletedRegion: { startLine: 1, startColumn: 9, endLine: 1, endColumn: 13 }, insertedContent: { text: 'Mon &amp; Tue &lt;9–5&gt;' } }],
        },
      ],
    });
  });

  test('artifact URIs: relative with forward slashes and encoded segments, or absolute outside cwd', () => {
    expect(artifactLocation('docs/our page#1.md', '/site')).toEqual({ uri: 'docs/our%20page%231.md', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('/site/a/b.md', '/site')).toEqual({ uri: 'a/b.md', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('/elsewhere/b.md', '/site')).toEqual({ uri: 'file:///elsewhere/b.md' });
  });

  test('rule names are PascalCase ids', () => {
    expect(pascalCase('availability')).toBe('Availability');
    expect(pascalCase('money-back_claim')).toBe('MoneyBackClaim');
  });
});

describe('--format github', () => {
  test('one workflow command per message, paths relative to cwd', () => {
    const result = run([seafood, saas, '--format', 'github']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout.endsWith('\n')).toBe(true);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(18);
    expect(lines.filter((line) => line.startsWith('::error '))).toHaveLength(13);
    expect(lines.filter((line) => line.startsWith('::warning '))).toHaveLength(5);
    expect(lines[1]).toBe(
      '::error file=examples/seafood/landing.md,line=9,col=35,endLine=9,endColumn=39,title=overclaim availability (contradicted)::"24/7" is contradicted: support.hours is Tue-Sun 11:00-22:00 (examples/seafood/capabilities.yml:4); say "Tue–Sun 11:00–22:00" instead',
    );
    // "%" in a message is escaped, ":" and "," in a message are not.
    expect(lines).toContain(
      '::error file=examples/saas/index.html,line=5,col=74,endLine=5,endColumn=85,title=overclaim perfection (contradicted)::"100%25 uptime" is contradicted: uptime is 99.9%25 (examples/saas/capabilities.yml:7); say "99.9%25 uptime" instead',
    );
    expect(lines).toContain(
      '::warning file=examples/saas/index.html,line=5,col=56,endLine=5,endColumn=63,title=overclaim speed (unsubstantiated)::"instant" is an unsubstantiated speed promise: say what you can deliver, or declare it in capabilities.yml',
    );
  });

  test('puffery is a notice', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'page.md'), 'We serve the best pizza in town.\n');
    const result = run(['page.md', '--format', 'github'], { cwd: dir });
    expect(result.stdout).toBe('::notice file=page.md,line=1,col=10,endLine=1,endColumn=18,title=overclaim superlative (puffery)::"the best" is puffery: a vague boast; say something specific you can show, or leave it as style\n');
  });

  test('nothing to report prints nothing', () => {
    expect(run(['--text', 'Fresh bread from our bakery.', '--format', 'github'])).toMatchObject({ code: 0, stdout: '' });
  });

  test('--output writes the commands to the file', () => {
    const out = join(tempDir(), 'annotations.txt');
    const result = run([seafood, '--format', 'github', '--output', out]);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(readFileSync(out, 'utf8').split('\n')).toHaveLength(7);
  });

  test('a message that is not a claim has no verdict in its title', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'page.md'), '<!-- overclaim-disable-next-line availabilty -->\nSupport 24/7.\n');
    expect(run(['page.md', '--format', 'github'], { cwd: dir }).stdout.split('\n')[0]).toBe(
      '::error file=page.md,line=1,col=1,endLine=1,endColumn=49,title=overclaim unknown-rule::unknown rule "availabilty" in overclaim-disable-next-line comment; did you mean "availability"?',
    );
  });

  test('a file that cannot be read is annotated on the file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'logo.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const result = run(['logo.md', '--format', 'github'], { cwd: dir });
    expect(result).toMatchObject({ code: 2, stdout: '::error file=logo.md,title=overclaim%3A file not linted::binary file (a NUL byte at byte 4), not linted\n' });
  });
});

describe('workflow command escaping', () => {
  test('data escapes %, CR and LF, and nothing else', () => {
    expect(escapeData('100% sure,\r\nreally: yes')).toBe('100%25 sure,%0D%0Areally: yes');
    // "%" goes first, so an escape sequence already in the text survives as text.
    expect(escapeData('%0A')).toBe('%250A');
  });

  test('properties also escape ":" and ","', () => {
    expect(escapeProperty('a,b:c\nd%e\r')).toBe('a%2Cb%3Ac%0Ad%25e%0D');
  });

  test('a message and path with commas, colons and newlines', () => {
    const message: JsonMessage = {
      ruleId: 'availability',
      verdict: 'contradicted',
      severity: 'error',
      message: 'Open 24/7, says line one:\nline two',
      line: 2,
      column: 3,
      endLine: 3,
      endColumn: 4,
      actual: '24/7',
      expected: [],
      declared: null,
      declaredAt: null,
      quantity: null,
      fixable: false,
    };
    expect(githubCommand(message, 'pages/a,b:c.md')).toBe(
      '::error file=pages/a%2Cb%3Ac.md,line=2,col=3,endLine=3,endColumn=4,title=overclaim availability (contradicted)::Open 24/7, says line one:%0Aline two',
    );
    expect(githubCommand({ ...message, severity: 'warning', verdict: 'unsubstantiated' }, 'a.md')).toMatch(/^::warning file=a\.md,.*title=overclaim availability \(unsubstantiated\)::/);
    expect(githubCommand({ ...message, severity: 'info', verdict: 'puffery' }, 'a.md')).toMatch(/^::notice /);
  });
});

test('--help lists the new formats', () => {
  expect(run(['--help']).stdout.replace(/\s+/g, ' ')).toMatch(/choices: "stylish", "json", "sarif", "github"/);
});
