// Small pure parsers for the scalar forms the capabilities file uses. The
// schema has already checked the shape with a pattern; these turn the
// accepted text into numbers the rules can compare with.

import type { Amount } from './types.js';

/** Minutes per duration unit: m, h, d, w, y (a year is 365 days). */
export const MINUTES_PER_UNIT: Record<string, number> = {
  m: 1,
  h: 60,
  d: 1440,
  w: 10080,
  y: 525600,
};

const DURATION = /^(\d+(?:\.\d+)?)\s*([mhdwy])$/;

/** "30m" → 30, "24h" → 1440, "2d" → 2880; undefined when not a duration. */
export function parseDuration(text: string): number | undefined {
  const match = DURATION.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * MINUTES_PER_UNIT[match[2]];
}

/** "99.9%" or 99.9 → 99.9; undefined when not a percentage. */
export function parsePercentage(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const match = /^(\d+(?:\.\d+)?)\s*%$/.exec(value.trim());
  return match ? Number(match[1]) : undefined;
}

/** Byte units are kept upper-case ("2tb" → "TB") so they read as written in specs. */
const BYTE_UNIT = /^[kmgtpe]?i?b$/i;

/** "2TB" → {2, "TB"}, "50" or 50 → {50, ""}, "5 sites" → {5, "sites"}. */
export function parseAmount(value: string | number): Amount | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? { value, unit: '' } : undefined;
  // "unlimited" is a declared fact too: it backs "unlimited storage".
  if (value.trim() === 'unlimited') return { value: Number.POSITIVE_INFINITY, unit: '' };
  const match = /^(\d+(?:\.\d+)?)\s*(.*)$/.exec(value.trim());
  if (!match) return undefined;
  const unit = match[2].trim();
  return { value: Number(match[1]), unit: BYTE_UNIT.test(unit) ? unit.toUpperCase() : unit.toLowerCase() };
}
