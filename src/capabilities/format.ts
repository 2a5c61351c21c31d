// Human wording for normalised facts, used by the rules to build rewrites
// ("24/7 support" → "support Mon–Fri 09:00–17:00").

import type { OpenSpan, WeeklyHours } from './types.js';

export const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

const MINUTES_IN_DAY = 1440;

/** 540 → "09:00"; 1440 → "24:00" (the end of a day that runs to midnight). */
export function formatTime(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes % 60);
  return `${String(hours).padStart(2, '0')}:${String(rest).padStart(2, '0')}`;
}

/** The spans of one day as "09:00–12:00 and 13:00–17:00"; '' when closed. */
function daySignature(spans: OpenSpan[], day: number): string {
  return spans
    .filter((span) => span.day === day)
    .sort((a, b) => a.start - b.start)
    .map((span) => `${formatTime(span.start)}–${formatTime(span.end)}`)
    .join(' and ');
}

/**
 * Compact opening hours: "24/7", "Mon–Fri 08:00–20:00",
 * "Tue–Sun 11:00–22:00", "Mon–Fri 09:00–17:00, Sat 10:00–14:00".
 * Consecutive days with the same hours are grouped, wrapping round the week
 * ("Fri–Mon") so a weekend-centred run stays one group.
 */
export function formatHours(hours: WeeklyHours): string {
  if (hours.always) return '24/7';
  const signatures = DAY_NAMES.map((_, day) => daySignature(hours.spans, day));
  if (signatures.every((signature) => signature === '')) return 'closed';
  if (signatures.every((signature) => signature === signatures[0])) return `Mon–Sun ${signatures[0]}`;

  const groups: string[] = [];
  for (let day = 0; day < 7; day++) {
    const signature = signatures[day];
    // A run starts where the previous day (cyclically) has different hours.
    if (signature === '' || signatures[(day + 6) % 7] === signature) continue;
    let last = day;
    while (signatures[(last + 1) % 7] === signature) last = (last + 1) % 7;
    const days = last === day ? DAY_NAMES[day] : `${DAY_NAMES[day]}–${DAY_NAMES[last]}`;
    groups.push(`${days} ${signature}`);
  }
  return groups.join(', ');
}

/** How many days the spans cover from midnight to midnight (spans are merged, so a whole day is one span). */
export function wholeDays(spans: OpenSpan[]): number {
  return DAY_NAMES.filter((_, day) => spans.some((span) => span.day === day && span.start === 0 && span.end === MINUTES_IN_DAY)).length;
}

/** True when the spans cover every minute of every day. */
export function coversWholeWeek(spans: OpenSpan[]): boolean {
  return wholeDays(spans) === DAY_NAMES.length;
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/**
 * "15 minutes", "1 hour", "4 hours", "24 hours", "2 days", "1 week",
 * "1 year". Up to a day reads in hours ("within 24 hours" is how people say
 * it); longer spans use the largest unit that divides evenly.
 */
export function formatDuration(minutes: number): string {
  if (minutes === Number.POSITIVE_INFINITY) return 'lifetime';
  if (minutes < 60 || minutes % 60 !== 0) return plural(minutes, 'minute');
  if (minutes <= MINUTES_IN_DAY) return plural(minutes / 60, 'hour');
  if (minutes % 525600 === 0) return plural(minutes / 525600, 'year');
  if (minutes % 10080 === 0) return plural(minutes / 10080, 'week');
  if (minutes % MINUTES_IN_DAY === 0) return plural(minutes / MINUTES_IN_DAY, 'day');
  return plural(minutes / 60, 'hour');
}
