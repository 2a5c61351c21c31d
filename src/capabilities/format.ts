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

/** True when the spans cover every minute of every day. */
export function coversWholeWeek(spans: OpenSpan[]): boolean {
  return DAY_NAMES.every((_, day) => spans.some((span) => span.day === day && span.start === 0 && span.end === MINUTES_IN_DAY));
}

/**
 * The longest time the spans stay open without a break, in minutes, across
 * midnights and round the end of the week: 7,200 for "Mon-Fri 00:00-24:00",
 * and for forex hours, "Sun 22:00-24:00, Mon-Thu 00:00-24:00, Fri
 * 00:00-22:00", too.
 */
export function longestOpenRun(spans: OpenSpan[]): number {
  const week = DAY_NAMES.length * MINUTES_IN_DAY;
  const runs = spans
    .map((span) => [span.day * MINUTES_IN_DAY + span.start, span.day * MINUTES_IN_DAY + span.end])
    .sort((a, b) => a[0] - b[0])
    .reduce<number[][]>((merged, [start, end]) => {
      const last = merged[merged.length - 1];
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else merged.push([start, end]);
      return merged;
    }, []);
  if (runs.length === 0) return 0;
  // A run to the end of Sunday goes on into one from the start of Monday.
  const [first, last] = [runs[0], runs[runs.length - 1]];
  if (runs.length > 1 && first[0] === 0 && last[1] === week) runs[0] = [last[0] - week, first[1]];
  return Math.min(week, Math.max(...runs.map(([start, end]) => end - start)));
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
