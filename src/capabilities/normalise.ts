// Validated data → the Capabilities shape the rules compare with: minutes,
// percent, weekly spans, lower-cased lists, and where each fact was declared.
// Runs only on data that passed validation, so parsers here cannot fail on
// well-formed input; a failure would be a bug, and throws.

import { parseHours } from './hours.js';
import type { Amount, Capabilities, EvidenceEntry, Fact, WeeklyHours } from './types.js';
import { parseAmount, parseDuration, parsePercentage } from './units.js';

/** "capabilities.yml:4" for the value at a key path. */
export type Locate = (segments: string[]) => string;

type Data = Record<string, unknown>;

function sectionOf(data: Data, key: string): Data {
  const value = data[key];
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : {};
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`overclaim: validated ${what} did not parse; this is a bug`);
  return value;
}

/** Builds facts for one section, so each call only names the key. */
class Reader {
  constructor(
    private readonly data: Data,
    private readonly path: string[],
    private readonly locate: Locate,
  ) {}

  private fact<T>(key: string, convert: (raw: unknown) => { value: T; text: string }): Fact<T> | undefined {
    const raw = this.data[key];
    if (raw === undefined || raw === null) return undefined;
    return { ...convert(raw), at: this.locate([...this.path, key]) };
  }

  text(key: string): Fact<string> | undefined {
    return this.fact(key, (raw) => ({ value: String(raw).trim(), text: String(raw) }));
  }

  flag(key: string): Fact<boolean> | undefined {
    return this.fact(key, (raw) => ({ value: raw === true, text: String(raw) }));
  }

  /** Lists compare case-insensitively: "Email" in the file matches "email" in copy. */
  list(key: string): Fact<string[]> | undefined {
    return this.fact(key, (raw) => {
      const items = (raw as unknown[]).map(String);
      const trimmed = items.map((item) => item.trim());
      return { value: trimmed.map((item) => item.toLowerCase()), text: trimmed.join(', ') };
    });
  }

  /** Minutes. */
  duration(key: string): Fact<number> | undefined {
    return this.fact(key, (raw) => ({ value: must(parseDuration(String(raw)), key), text: String(raw) }));
  }

  hours(key: string): Fact<WeeklyHours> | undefined {
    return this.fact(key, (raw) => {
      const parsed = parseHours(String(raw));
      if (!parsed.ok) throw new Error(`overclaim: validated hours did not parse: ${parsed.error}`);
      return { value: parsed.hours, text: String(raw).trim() };
    });
  }

  /** A bare number is read as percent, and shown with its % sign. */
  percentage(key: string): Fact<number> | undefined {
    return this.fact(key, (raw) => {
      const value = must(parsePercentage(raw as string | number), key);
      return { value, text: typeof raw === 'number' ? `${raw}%` : String(raw) };
    });
  }

  amount(key: string): Fact<Amount> | undefined {
    return this.fact(key, (raw) => ({ value: must(parseAmount(raw as string | number), key), text: String(raw) }));
  }

  /** "2y", "lifetime" (minutes null: no end), or {length, conditions}. */
  warranty(key: string): Fact<{ minutes: number | null; conditions?: string }> | undefined {
    return this.fact(key, (raw) => {
      const { length, conditions } = typeof raw === 'string' ? { length: raw, conditions: undefined } : (raw as { length: string; conditions?: string });
      const minutes = length.trim() === 'lifetime' ? null : must(parseDuration(length), key);
      const value = conditions === undefined ? { minutes } : { minutes, conditions: conditions.trim() };
      return { value, text: conditions === undefined ? length : `${length} (${conditions.trim()})` };
    });
  }
}

function readLimits(data: Data, locate: Locate): Record<string, Fact<Amount>> {
  const section = sectionOf(data, 'limits');
  const reader = new Reader(section, ['limits'], locate);
  const limits: Record<string, Fact<Amount>> = {};
  for (const key of Object.keys(section)) {
    const fact = reader.amount(key);
    if (fact) limits[key.trim().toLowerCase()] = fact;
  }
  return limits;
}

function readEvidence(data: Data, locate: Locate): EvidenceEntry[] {
  const entries = Array.isArray(data.evidence) ? (data.evidence as Data[]) : [];
  return entries.map((entry, index) => ({
    claim: String(entry.claim).trim(),
    source: String(entry.source).trim(),
    at: locate(['evidence', String(index)]),
  }));
}

/** Drop keys whose value is undefined, so `'hours' in support` means declared. */
function defined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

export function normaliseCapabilities(data: Data, file: string, locate: Locate): Capabilities {
  const top = new Reader(data, [], locate);
  const support = new Reader(sectionOf(data, 'support'), ['support'], locate);
  const delivery = new Reader(sectionOf(data, 'delivery'), ['delivery'], locate);
  const refunds = new Reader(sectionOf(data, 'refunds'), ['refunds'], locate);
  const pricing = new Reader(sectionOf(data, 'pricing'), ['pricing'], locate);
  const offerings = new Reader(sectionOf(data, 'offerings'), ['offerings'], locate);

  return defined({
    file,
    business: top.text('business'),
    support: defined({
      hours: support.hours('hours'),
      channels: support.list('channels'),
      firstResponse: support.duration('first_response'),
      resolution: support.duration('resolution'),
    }),
    delivery: defined({
      regions: delivery.list('regions'),
      fastest: delivery.duration('fastest'),
    }),
    setup: top.duration('setup'),
    refunds: defined({
      window: refunds.duration('window'),
      conditions: refunds.text('conditions'),
    }),
    warranty: top.warranty('warranty'),
    uptime: top.percentage('uptime'),
    limits: readLimits(data, locate),
    pricing: defined({
      freeTrial: pricing.duration('free_trial'),
      creditCardRequired: pricing.flag('credit_card_required'),
      extraFees: pricing.flag('extra_fees'),
      freePlan: pricing.flag('free_plan'),
    }),
    offerings: defined({
      complete: offerings.flag('complete'),
      items: offerings.list('items'),
      notOffered: offerings.list('not_offered'),
    }),
    evidence: readEvidence(data, locate),
  });
}
