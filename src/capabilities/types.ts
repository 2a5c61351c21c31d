// The capabilities file after validation and normalisation: every value is
// in a unit the rules can compare with (minutes, percent, lower-cased lists)
// and keeps where it was declared, so a message can point at it.

/** One declared fact and where it came from. */
export interface Fact<T> {
  value: T;
  /** The value as the user wrote it, for messages ("Tue-Sun 11:00-22:00"). */
  text: string;
  /** "capabilities.yml:4" – file (as given/displayed) and 1-based line. */
  at: string;
}

/** One open span on one weekday; minutes from midnight, end exclusive. */
export interface OpenSpan {
  /** 0 = Monday … 6 = Sunday. */
  day: number;
  start: number;
  end: number;
}

export interface WeeklyHours {
  /** True only for "24/7" (or spans that cover every minute of the week). */
  always: boolean;
  spans: OpenSpan[];
}

export interface Amount {
  value: number;
  unit: string;
}

export interface EvidenceEntry {
  claim: string;
  source: string;
  at: string;
}

export interface Capabilities {
  /** Path of the file as shown to the user. */
  file: string;
  business?: Fact<string>;
  support: {
    hours?: Fact<WeeklyHours>;
    channels?: Fact<string[]>;
    /** Minutes. */
    firstResponse?: Fact<number>;
    /** Minutes. */
    resolution?: Fact<number>;
  };
  delivery: {
    regions?: Fact<string[]>;
    /** Minutes. */
    fastest?: Fact<number>;
  };
  /** Minutes from sign-up to a working account, when declared. */
  setup?: Fact<number>;
  refunds: {
    /** Minutes. */
    window?: Fact<number>;
    conditions?: Fact<string>;
  };
  warranty?: Fact<{ minutes: number | null; conditions?: string }>;
  /** Percent, e.g. 99.9. */
  uptime?: Fact<number>;
  /** Named limits, e.g. storage_per_user → 2 TB, users → 50. Keys lower-case. */
  limits: Record<string, Fact<Amount>>;
  pricing: {
    /** Minutes of free trial. */
    freeTrial?: Fact<number>;
    creditCardRequired?: Fact<boolean>;
    /** True when charges exist beyond the listed price (setup fees, overage …). */
    extraFees?: Fact<boolean>;
    /** True when some plan is free of charge with no end date. */
    freePlan?: Fact<boolean>;
  };
  offerings: {
    complete?: Fact<boolean>;
    items?: Fact<string[]>;
    notOffered?: Fact<string[]>;
  };
  evidence: EvidenceEntry[];
}
