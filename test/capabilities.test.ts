import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { formatDuration, formatHours } from '../src/capabilities/format.js';
import { parseHours } from '../src/capabilities/hours.js';
import { capabilitiesTemplate, writeCapabilitiesTemplate } from '../src/capabilities/init.js';
import { findJsonSyntaxError } from '../src/capabilities/json-syntax.js';
import {
  CapabilitiesError,
  clearCapabilitiesCache,
  findCapabilitiesFile,
  loadCapabilities,
  parseCapabilities,
} from '../src/capabilities/load.js';
import { capabilitiesSchema } from '../src/capabilities/schema.js';
import type { OpenSpan } from '../src/capabilities/types.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const labelled = '/work/shared/corpus/labelled/capabilities';

function weekdays(days: number[], start: number, end: number): OpenSpan[] {
  return days.map((day) => ({ day, start, end }));
}

/** The problems a text produces, or [] when it parses. */
function problemsOf(text: string, file = 'capabilities.yml'): string[] {
  try {
    parseCapabilities(text, file);
    return [];
  } catch (error) {
    if (!(error instanceof CapabilitiesError)) throw error;
    return error.problems;
  }
}

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'overclaim-capabilities-'));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => clearCapabilitiesCache());

describe('real capabilities files', () => {
  it('loads the SaaS example', () => {
    const caps = loadCapabilities(join(root, 'examples/saas/capabilities.yml'), 'examples/saas/capabilities.yml');
    expect(caps.file).toBe('examples/saas/capabilities.yml');
    expect(caps.business).toEqual({ value: 'CloudNest', text: 'CloudNest', at: 'examples/saas/capabilities.yml:1' });
    expect(caps.support.hours).toEqual({
      value: { always: false, spans: weekdays([0, 1, 2, 3, 4], 480, 1200) },
      text: 'Mon-Fri 08:00-20:00',
      at: 'examples/saas/capabilities.yml:3',
    });
    expect(caps.support.channels).toEqual({ value: ['email', 'chat'], text: 'email, chat', at: 'examples/saas/capabilities.yml:4' });
    expect(caps.support.firstResponse).toEqual({ value: 240, text: '4h', at: 'examples/saas/capabilities.yml:5' });
    expect(caps.support.resolution?.value).toBe(3 * 1440);
    expect(caps.uptime).toEqual({ value: 99.9, text: '99.9%', at: 'examples/saas/capabilities.yml:7' });
    expect(caps.limits).toEqual({
      storage_per_user: { value: { value: 2, unit: 'TB' }, text: '2TB', at: 'examples/saas/capabilities.yml:9' },
    });
    expect(caps.pricing.freeTrial).toEqual({ value: 14 * 1440, text: '14d', at: 'examples/saas/capabilities.yml:11' });
    expect(caps.pricing.creditCardRequired).toEqual({ value: false, text: 'false', at: 'examples/saas/capabilities.yml:12' });
    expect(caps.delivery).toEqual({});
    expect(caps.refunds).toEqual({});
    expect(caps.offerings).toEqual({});
    expect(caps.evidence).toEqual([]);
    expect(caps.warranty).toBeUndefined();
    expect(formatHours(caps.support.hours!.value)).toBe('Mon–Fri 08:00–20:00');
  });

  it('loads the seafood example', () => {
    const caps = loadCapabilities(join(root, 'examples/seafood/capabilities.yml'), 'capabilities.yml');
    expect(caps.business?.at).toBe('capabilities.yml:2');
    expect(caps.support.hours?.value).toEqual({ always: false, spans: weekdays([1, 2, 3, 4, 5, 6], 660, 1320) });
    expect(caps.support.hours?.at).toBe('capabilities.yml:4');
    expect(formatHours(caps.support.hours!.value)).toBe('Tue–Sun 11:00–22:00');
    expect(caps.support.channels?.value).toEqual(['phone', 'email']);
    expect(caps.support.firstResponse).toEqual({ value: 1440, text: '24h', at: 'capabilities.yml:6' });
    expect(caps.refunds.window).toEqual({ value: 1440, text: '1d', at: 'capabilities.yml:8' });
    expect(caps.refunds.conditions).toEqual({
      value: 'unfinished meals, reported to the manager on the day',
      text: 'unfinished meals, reported to the manager on the day',
      at: 'capabilities.yml:9',
    });
    expect(caps.offerings.complete).toEqual({ value: false, text: 'false', at: 'capabilities.yml:11' });
    expect(caps.offerings.items?.value).toEqual(['salmon', 'tuna', 'cod', 'shrimp', 'oysters', 'lobster', 'mussels', 'crab']);
    expect(caps.offerings.items?.at).toBe('capabilities.yml:12');
    expect(caps.offerings.notOffered).toEqual({ value: ['caviar'], text: 'caviar', at: 'capabilities.yml:13' });
    expect(caps.evidence).toEqual([
      { claim: 'best seafood in Boston', source: 'Boston Magazine, Best of Boston 2025, seafood category', at: 'capabilities.yml:15' },
    ]);
    expect(caps.uptime).toBeUndefined();
  });

  it('loads the always-on labelled profile', () => {
    const caps = loadCapabilities(join(labelled, 'always-on.yml'), 'always-on.yml');
    expect(caps.support.hours?.value.always).toBe(true);
    expect(caps.support.hours?.value.spans).toEqual(weekdays([0, 1, 2, 3, 4, 5, 6], 0, 1440));
    expect(caps.support.hours?.text).toBe('24/7');
    expect(caps.support.hours?.at).toBe('always-on.yml:4');
    expect(formatHours(caps.support.hours!.value)).toBe('24/7');
    expect(caps.support.channels?.value).toEqual(['email', 'chat', 'phone']);
    expect(caps.support.firstResponse).toEqual({ value: 15, text: '15m', at: 'always-on.yml:6' });
    expect(caps.support.resolution).toEqual({ value: 1440, text: '1d', at: 'always-on.yml:7' });
    expect(caps.uptime).toEqual({ value: 99.99, text: '99.99%', at: 'always-on.yml:8' });
  });

  it('loads the weekday labelled profile', () => {
    const caps = loadCapabilities(join(labelled, 'weekday.yml'), 'weekday.yml');
    expect(caps.support.hours?.value).toEqual({ always: false, spans: weekdays([0, 1, 2, 3, 4], 540, 1020) });
    expect(caps.support.firstResponse?.value).toBe(240);
    expect(caps.support.resolution?.value).toBe(2880);
    expect(caps.uptime?.value).toBe(99.9);
    expect(caps.limits).toEqual({
      users: { value: { value: 50, unit: '' }, text: '50', at: 'weekday.yml:10' },
      storage: { value: { value: 100, unit: 'GB' }, text: '100GB', at: 'weekday.yml:11' },
    });
  });
});

describe('normalisation', () => {
  it('reads every section', () => {
    const caps = parseCapabilities(
      [
        'support:',
        '  hours: Mon-Fri 09:00-17:00, Sat 10:00-14:00; Sun closed',
        'delivery:',
        '  regions: [US, " CA "]',
        '  fastest: 1w',
        'setup: 30m',
        'warranty:',
        '  length: 2y',
        '  conditions: parts only',
        'uptime: 99.5',
        'limits:',
        '  Sites: 3 Sites',
        '  transfer: 1.5tb',
        'pricing:',
        '  free_trial: 1.5h',
        '  extra_fees: true',
        '  free_plan: false',
      ].join('\n'),
      'c.yml',
    );
    expect(caps.support.hours?.value).toEqual({
      always: false,
      spans: [...weekdays([0, 1, 2, 3, 4], 540, 1020), { day: 5, start: 600, end: 840 }],
    });
    expect(formatHours(caps.support.hours!.value)).toBe('Mon–Fri 09:00–17:00, Sat 10:00–14:00');
    expect(caps.delivery.regions).toEqual({ value: ['us', 'ca'], text: 'US, CA', at: 'c.yml:4' });
    expect(caps.delivery.fastest?.value).toBe(10080);
    expect(caps.setup).toEqual({ value: 30, text: '30m', at: 'c.yml:6' });
    expect(caps.warranty).toEqual({ value: { minutes: 2 * 525600, conditions: 'parts only' }, text: '2y (parts only)', at: 'c.yml:8' });
    expect(caps.uptime).toEqual({ value: 99.5, text: '99.5%', at: 'c.yml:10' });
    expect(caps.limits.sites.value).toEqual({ value: 3, unit: 'sites' });
    expect(caps.limits.transfer.value).toEqual({ value: 1.5, unit: 'TB' });
    expect(caps.pricing.freeTrial?.value).toBe(90);
    expect(caps.pricing.extraFees?.value).toBe(true);
    expect(caps.pricing.freePlan?.value).toBe(false);
  });

  it('reads a lifetime warranty as no end date', () => {
    expect(parseCapabilities('warranty: lifetime', 'c.yml').warranty?.value).toEqual({ minutes: null });
    expect(parseCapabilities('warranty: 10y', 'c.yml').warranty?.value).toEqual({ minutes: 10 * 525600 });
  });

  it('reads a JSON file with the same positions', () => {
    const caps = parseCapabilities('{\n  "support": {\n    "first_response": "2h",\n    "hours": "daily 00:00-24:00"\n  }\n}\n', 'capabilities.json');
    expect(caps.support.firstResponse).toEqual({ value: 120, text: '2h', at: 'capabilities.json:3' });
    // Spans that cover the whole week count as always open.
    expect(caps.support.hours?.value.always).toBe(true);
    expect(formatHours(caps.support.hours!.value)).toBe('24/7');
  });
});

describe('opening hours', () => {
  it('expands day ranges, including ones that wrap round the week', () => {
    expect(parseHours('Fri-Mon 10:00-18:00')).toEqual({ ok: true, hours: { always: false, spans: weekdays([0, 4, 5, 6], 600, 1080) } });
    expect(parseHours('weekends 10:00-16:00')).toEqual({ ok: true, hours: { always: false, spans: weekdays([5, 6], 600, 960) } });
    expect(parseHours('Every day 08:00-12:00, every day 11:00-13:00')).toEqual({
      ok: true,
      hours: { always: false, spans: weekdays([0, 1, 2, 3, 4, 5, 6], 480, 780) },
    });
  });

  it('formats grouped hours', () => {
    const hours = (text: string) => {
      const parsed = parseHours(text);
      if (!parsed.ok) throw new Error(parsed.error);
      return formatHours(parsed.hours);
    };
    expect(hours('Fri-Mon 10:00-18:00')).toBe('Fri–Mon 10:00–18:00');
    expect(hours('daily 09:00-17:00')).toBe('Mon–Sun 09:00–17:00');
    expect(hours('Mon-Fri 09:00-12:00, Mon-Fri 13:00-17:00, Sat 10:00-14:00')).toBe('Mon–Fri 09:00–12:00 and 13:00–17:00, Sat 10:00–14:00');
    expect(hours('Mon 09:00-17:00, Wed 09:00-17:00')).toBe('Mon 09:00–17:00, Wed 09:00–17:00');
    expect(hours('Sun closed')).toBe('closed');
  });

  it('agrees with the schema pattern on what is well-formed', () => {
    const pattern = new RegExp(capabilitiesSchema().schema.definitions!.hours.pattern as string, 'u');
    const samples = [
      '24/7',
      'Mon-Fri 09:00-17:00',
      'Mon - Fri 9:00 - 17:00',
      'Mon–Fri 09:00–17:00',
      'mon-fri 09:00-17:00',
      'Monday-Friday 09:00-17:00; Saturday closed',
      'Tues-Thurs 10:00-16:00',
      'daily 00:00-24:00',
      'Everyday 10:00-14:00',
      'weekdays 08:00-18:00, weekends closed',
      'Sun closed',
      '9 to 5',
      'Mon-Fri',
      'Mon-Fri 9am-5pm',
      'Funday 09:00-17:00',
      'Mon-Fri 09:00-25:00',
      'Mon-Fri 24:00-24:00',
      'Mon-Fri 09:00-17:00,',
      'MON-FRI 09:00-17:00',
    ];
    for (const sample of samples) {
      const parsed = parseHours(sample);
      expect({ sample, ok: pattern.test(sample) }).toEqual({ sample, ok: parsed.ok });
    }
  });

  it('rejects a day declared both open and closed', () => {
    expect(parseHours('daily 09:00-17:00, Sun closed')).toEqual({ ok: false, error: 'Sun is listed both as open (09:00-17:00) and as closed' });
  });
});

describe('formatDuration', () => {
  it.each([
    [15, '15 minutes'],
    [1, '1 minute'],
    [60, '1 hour'],
    [240, '4 hours'],
    [1440, '24 hours'],
    [2160, '36 hours'],
    [2880, '2 days'],
    [10080, '1 week'],
    [43200, '30 days'],
    [525600, '1 year'],
    [90, '90 minutes'],
    [Number.POSITIVE_INFINITY, 'lifetime'],
  ])('%d minutes → %s', (minutes, text) => {
    expect(formatDuration(minutes)).toBe(text);
  });
});

describe('broken files', () => {
  const cases: Array<{ name: string; file?: string; text: string; problems: string[] }> = [
    {
      name: 'YAML syntax error',
      text: 'support:\n  hours: 24/7\n channels: [email]\n',
      problems: ['capabilities.yml:3:1: YAML syntax error: All mapping items must start at the same column'],
    },
    {
      name: 'unclosed flow list',
      text: 'support:\n  channels: [email, phone\nuptime: 99%\n',
      problems: [
        'capabilities.yml:3:1: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
      ],
    },
    {
      name: 'a string where a list is wanted',
      text: 'support:\n  channels: email\n',
      problems: ['capabilities.yml:2:13: support.channels: expected a list of strings, got "email"'],
    },
    {
      name: 'a duration in words',
      text: 'business: Acme\nsupport:\n  hours: 24/7\n  first_response: 24 hours\n',
      problems: ['capabilities.yml:4:19: support.first_response: expected a duration like 30m, 24h or 2d, got "24 hours"'],
    },
    {
      name: 'hours in words',
      text: 'support:\n  hours: 9 to 5\n',
      problems: ['capabilities.yml:2:10: support.hours: expected opening hours like 24/7 or Mon-Fri 09:00-17:00, got "9 to 5"'],
    },
    {
      name: 'hours that close before they open',
      text: 'support:\n  hours: Mon-Fri 17:00-09:00\n',
      problems: [
        'capabilities.yml:2:10: support.hours: closing time 09:00 is not after opening time 17:00 in "Mon-Fri 17:00-09:00"; for hours past midnight write two ranges, like "Fri 22:00-24:00, Sat 00:00-02:00"',
      ],
    },
    {
      name: 'an unknown day',
      text: 'support:\n  hours: Funday 09:00-17:00\n',
      problems: ['capabilities.yml:2:10: support.hours: unknown day "Funday"; write days as Mon, Tue, Wed, Thu, Fri, Sat or Sun'],
    },
    {
      name: 'a time that is not a time of day',
      text: 'support:\n  hours: "Mon-Fri 09:00-25:00"\n',
      problems: ['capabilities.yml:2:10: support.hours: "25:00" is not a time of day; use 24-hour HH:MM, like 09:00'],
    },
    {
      name: 'a misspelt top-level key',
      text: 'business: Acme\nsuport:\n  hours: 24/7\n',
      problems: ['capabilities.yml:2:1: suport: unknown key; did you mean "support"?'],
    },
    {
      name: 'a misspelt nested key',
      text: 'support:\n  channels: [email]\n  hours_: 24/7\n',
      problems: ['capabilities.yml:3:3: support.hours_: unknown key; did you mean "hours"?'],
    },
    {
      name: 'an unknown key with no close match',
      text: 'refunds:\n  window: 30d\n  colour: blue\n',
      problems: ['capabilities.yml:3:3: refunds.colour: unknown key; known keys are window, conditions'],
    },
    {
      name: 'an empty file',
      text: '',
      problems: ['capabilities.yml:1:1: the file is empty; declare at least one capability (run "overclaim init" for a template)'],
    },
    {
      name: 'a file with only comments',
      text: '# todo\n\n',
      problems: ['capabilities.yml:1:1: the file is empty; declare at least one capability (run "overclaim init" for a template)'],
    },
    {
      name: 'a list at the top level',
      text: '# capabilities\n- support: 24/7\n',
      problems: ['capabilities.yml:2:1: expected a mapping of capabilities at the top level (like "support:" and "uptime:"), got a list'],
    },
    {
      name: 'JSON with a trailing comma',
      file: 'capabilities.json',
      text: '{\n  "uptime": "99.9%",\n  "support": {"channels": ["email"],}\n}\n',
      problems: ['capabilities.json:3:36: JSON syntax error: trailing comma; JSON does not allow a comma before "}"'],
    },
    {
      name: 'JSON with a bare word',
      file: 'capabilities.json',
      text: '{\n  "pricing": {\n    "free_plan": yes\n  }\n}',
      problems: ['capabilities.json:3:18: JSON syntax error: unexpected "yes"; write true, false, null, a number, or text in double quotes'],
    },
    {
      name: 'valid JSON with wrong types',
      file: 'capabilities.json',
      text: '{\n  "pricing": {\n    "free_plan": "yes",\n    "free_trial": 14\n  }\n}\n',
      problems: [
        'capabilities.json:3:18: pricing.free_plan: expected true or false, got "yes"',
        'capabilities.json:4:19: pricing.free_trial: expected a duration like 30m, 24h or 2d, got 14',
      ],
    },
    {
      name: 'uptime over 100%',
      text: 'uptime: 101%\n',
      problems: ['capabilities.yml:1:9: uptime: expected a percentage from 0% to 100%, got "101%"'],
    },
    {
      name: 'uptime as a number over 100',
      text: 'uptime: 120\n',
      problems: ['capabilities.yml:1:9: uptime: expected a percentage from 0% to 100%, got 120'],
    },
    {
      name: 'evidence without a source',
      text: 'evidence:\n  - claim: best coffee in town\n    source: Town Gazette 2024\n  - claim: fastest delivery\n',
      problems: ['capabilities.yml:4:5: evidence[1]: missing required key "source"'],
    },
    {
      name: 'an empty value',
      text: 'refunds:\n  window:\n  conditions: unused\n',
      problems: ['capabilities.yml:2:3: refunds.window: expected a duration like 30m, 24h or 2d, got nothing'],
    },
    {
      name: 'a duplicate key',
      text: 'uptime: 99%\nuptime: 98%\n',
      problems: ['capabilities.yml:2:1: duplicate key; each key may appear only once'],
    },
    {
      name: 'a section that is not a mapping',
      text: 'delivery: 2d\n',
      problems: ['capabilities.yml:1:11: delivery: expected a mapping (keys: regions, fastest), got "2d"'],
    },
    {
      name: 'bad warranty and limits',
      text: 'warranty:\n  length: 2 years\n  cover: parts\nlimits:\n  users: many\n  storage: -5\n',
      problems: [
        'capabilities.yml:2:11: warranty.length: expected a duration like 1y or 90d, or "lifetime", got "2 years"',
        'capabilities.yml:3:3: warranty.cover: unknown key; known keys are length, conditions',
        'capabilities.yml:5:10: limits.users: expected an amount like 2TB, 100GB or 50, or unlimited, got "many"',
        'capabilities.yml:6:12: limits.storage: expected an amount of 0 or more, got -5',
      ],
    },
    {
      name: 'several problems at once, sorted by position',
      text: 'uptime: 100.5%\nsupport:\n  channels: [email, 5]\n  first_response: soon\noffering:\n  complete: no\n',
      problems: [
        'capabilities.yml:1:9: uptime: expected a percentage from 0% to 100%, got "100.5%"',
        'capabilities.yml:3:21: support.channels[1]: expected text, got 5',
        'capabilities.yml:4:19: support.first_response: expected a duration like 30m, 24h or 2d, got "soon"',
        'capabilities.yml:5:1: offering: unknown key; did you mean "offerings"?',
      ],
    },
  ];

  it('covers at least 14 broken files', () => {
    expect(cases.length).toBeGreaterThanOrEqual(14);
  });

  it.each(cases)('$name', ({ text, file, problems }) => {
    expect(problemsOf(text, file)).toEqual(problems);
  });

  it('puts all problems in the error message, one a line', () => {
    try {
      parseCapabilities('uptime: 101%\nsuport: {}\n', 'caps.yml');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CapabilitiesError);
      expect((error as Error).message).toBe(
        'caps.yml:1:9: uptime: expected a percentage from 0% to 100%, got "101%"\ncaps.yml:2:1: suport: unknown key; did you mean "support"?',
      );
    }
  });
});

describe('JSON syntax checker', () => {
  it.each([
    ['{"a": 1}', undefined],
    ['[1, 2.5e3, -0, "x\\u00e9", true, null]', undefined],
    ['[1,]', { offset: 2, message: 'trailing comma; JSON does not allow a comma before "]"' }],
    ['{"a": 1', { offset: 7, message: 'expected "," or "}" after a value, got the end of the file' }],
    ["{'a': 1}", { offset: 1, message: 'expected a key in double quotes, got "\'"' }],
    ['{"a": 1} // note', { offset: 9, message: 'JSON does not allow comments; use capabilities.yml if you want comments' }],
    ['{"a": "x\ny"}', { offset: 8, message: 'line break or control character inside a string; write it as \\n or \\t' }],
    ['{"a" 1}', { offset: 5, message: 'expected ":" after the key, got "1"' }],
  ])('%j', (text, expected) => {
    expect(findJsonSyntaxError(text)).toEqual(expected);
  });
});

describe('loadCapabilities', () => {
  it('explains an unreadable file', () => {
    const dir = tempDir();
    expect(() => loadCapabilities(join(dir, 'capabilities.yml'), 'capabilities.yml')).toThrow(
      new CapabilitiesError(['capabilities.yml: cannot read: no such file (ENOENT)']),
    );
    try {
      loadCapabilities(dir, 'here');
    } catch (error) {
      expect((error as CapabilitiesError).problems).toEqual(['here: cannot read: it is a folder, not a file (EISDIR)']);
    }
  });

  it('reads .json files as JSON and names them as given', () => {
    const dir = tempDir();
    const path = join(dir, 'capabilities.json');
    writeFileSync(path, '{"uptime": "99%",}');
    expect(() => loadCapabilities(path, 'site/capabilities.json')).toThrow(
      'site/capabilities.json:1:17: JSON syntax error: trailing comma; JSON does not allow a comma before "}"',
    );
    writeFileSync(path, '{"uptime": "99%"}');
    expect(loadCapabilities(path).uptime?.at).toBe(`${path}:1`);
  });

  it('caches by path and re-reads a changed file', () => {
    const dir = tempDir();
    const path = join(dir, 'capabilities.yml');
    writeFileSync(path, 'uptime: 99%\n');
    const first = loadCapabilities(path, 'capabilities.yml');
    expect(loadCapabilities(path, 'capabilities.yml')).toBe(first);
    writeFileSync(path, 'uptime: 99.95%\n');
    expect(loadCapabilities(path, 'capabilities.yml').uptime?.value).toBe(99.95);
  });
});

describe('findCapabilitiesFile', () => {
  it('finds the nearest file, preferring .yml, then .yaml, then .json in one folder', () => {
    const top = tempDir();
    const nested = join(top, 'site', 'blog');
    mkdirSync(nested, { recursive: true });
    writeFileSync(join(top, 'capabilities.json'), '{}');
    writeFileSync(join(top, 'site', 'capabilities.yaml'), 'uptime: 99%\n');
    writeFileSync(join(top, 'site', 'capabilities.json'), '{}');
    expect(findCapabilitiesFile(nested)).toBe(join(top, 'site', 'capabilities.yaml'));
    expect(findCapabilitiesFile(top)).toBe(join(top, 'capabilities.json'));
    clearCapabilitiesCache();
    writeFileSync(join(nested, 'capabilities.yml'), 'uptime: 99%\n');
    expect(findCapabilitiesFile(nested)).toBe(join(nested, 'capabilities.yml'));
  });

  it('finds a file in a parent folder', () => {
    const top = tempDir();
    const nested = join(top, 'a', 'b', 'c');
    mkdirSync(nested, { recursive: true });
    writeFileSync(join(top, 'a', 'capabilities.yml'), 'uptime: 99%\n');
    expect(findCapabilitiesFile(nested)).toBe(join(top, 'a', 'capabilities.yml'));
    expect(findCapabilitiesFile(join(top, 'a', 'b'))).toBe(join(top, 'a', 'capabilities.yml'));
  });

  it('ignores a folder named like the file and returns undefined when there is none', () => {
    const top = tempDir();
    mkdirSync(join(top, 'capabilities.yml'));
    // The temp folder's parents (tmp, /) hold no capabilities file.
    expect(findCapabilitiesFile(top)).toBeUndefined();
  });
});

describe('init template', () => {
  it('starts with the schema line and parses cleanly with every section', () => {
    const template = capabilitiesTemplate();
    expect(template.split('\n')[0]).toBe('# yaml-language-server: $schema=./node_modules/overclaim/schema/capabilities.schema.json');
    const caps = parseCapabilities(template, 'capabilities.yml');
    expect(caps.support.hours?.value.spans).toHaveLength(5);
    expect(caps.support.firstResponse?.value).toBe(1440);
    expect(caps.delivery.fastest).toBeDefined();
    expect(caps.setup).toBeDefined();
    expect(caps.refunds.window?.value).toBe(30 * 1440);
    expect(caps.warranty?.value.minutes).toBe(525600);
    expect(caps.uptime?.value).toBe(99.5);
    expect(Object.keys(caps.limits)).toEqual(['storage', 'users']);
    expect(caps.pricing.creditCardRequired?.value).toBe(false);
    expect(caps.offerings.complete?.value).toBe(false);
    expect(caps.evidence).toEqual([]);
    // Every top-level key of the schema appears in the template ("$schema" as its first line's comment).
    const keys = Object.keys(capabilitiesSchema().schema.properties!).filter((key) => key !== '$schema');
    for (const key of keys) expect(template).toMatch(new RegExp(`^${key}:`, 'm'));
  });

  it('writes capabilities.yml and never overwrites it', () => {
    const dir = tempDir();
    const path = writeCapabilitiesTemplate(dir);
    expect(path).toBe(join(dir, 'capabilities.yml'));
    expect(readFileSync(path, 'utf8')).toBe(capabilitiesTemplate());
    writeFileSync(path, 'uptime: 99%\n');
    expect(() => writeCapabilitiesTemplate(dir)).toThrow(`capabilities.yml already exists in ${dir}; not overwriting it`);
    expect(readFileSync(path, 'utf8')).toBe('uptime: 99%\n');
  });

  it('is not written beside a capabilities file of another name, which the template would take the place of', () => {
    // Found by a review: capabilities.yml is found first, so the template silently replaced what applied.
    for (const name of ['capabilities.yaml', 'capabilities.json']) {
      const dir = tempDir();
      writeFileSync(join(dir, name), name.endsWith('json') ? '{"uptime": "99%"}' : 'uptime: 99%\n');
      expect(() => writeCapabilitiesTemplate(dir)).toThrow(`${name} already exists in ${dir}; not writing capabilities.yml beside it`);
      expect(existsSync(join(dir, 'capabilities.yml'))).toBe(false);
    }
  });
});
