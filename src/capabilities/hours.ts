// Opening hours: "24/7", or day ranges with 24-hour times, several separated
// by commas or semicolons ("Mon-Fri 09:00-17:00, Sat 10:00-14:00, Sun closed").
// The schema pattern accepts the same forms so editors flag mistakes; this
// parser turns them into spans and explains what is wrong in words.

import { coversWholeWeek, formatTime } from './format.js';
import type { OpenSpan, WeeklyHours } from './types.js';

export type HoursResult = { ok: true; hours: WeeklyHours } | { ok: false; error: string };

export const HOURS_EXAMPLE = 'opening hours like 24/7 or Mon-Fri 09:00-17:00';

const MINUTES_IN_DAY = 1440;
const ALL_DAYS = [0, 1, 2, 3, 4, 5, 6];

/** Accepted spellings of each day, lower-case; index = day number (Mon = 0). */
const DAY_SPELLINGS: string[][] = [
  ['mon', 'monday'],
  ['tue', 'tues', 'tuesday'],
  ['wed', 'wednesday'],
  ['thu', 'thur', 'thurs', 'thursday'],
  ['fri', 'friday'],
  ['sat', 'saturday'],
  ['sun', 'sunday'],
];

/** Words that name a set of days rather than one day (first letter either case, as in the schema). */
const DAY_SETS: Array<[RegExp, number[]]> = [
  [/^[Dd]aily$/, ALL_DAYS],
  [/^[Ee]very ?day$/, ALL_DAYS],
  [/^[Ww]eekdays$/, [0, 1, 2, 3, 4]],
  [/^[Ww]eekends$/, [5, 6]],
];

function generic(text: string): string {
  return `expected ${HOURS_EXAMPLE}, got ${JSON.stringify(text)}`;
}

/**
 * Day number for "Mon", "monday", "Thurs" … The first letter may be either
 * case but the rest must be lower-case, matching the schema's pattern.
 */
function dayNumber(word: string): number | undefined {
  if (word.slice(1) !== word.slice(1).toLowerCase()) return undefined;
  const lower = word.toLowerCase();
  const day = DAY_SPELLINGS.findIndex((spellings) => spellings.includes(lower));
  return day === -1 ? undefined : day;
}

/** "Mon-Fri" → [0..4]; "Fri-Mon" wraps → [4, 5, 6, 0]; an error string for unknown days. */
function parseDays(text: string): number[] | string {
  for (const [pattern, days] of DAY_SETS) if (pattern.test(text)) return days;
  const words = text.split(/\s*[-–]\s*/);
  if (words.length > 2 || words.some((word) => !/^[A-Za-z]+$/.test(word))) return `unknown days ${JSON.stringify(text)}`;
  const numbers: number[] = [];
  for (const word of words) {
    const day = dayNumber(word);
    if (day === undefined) return `unknown day ${JSON.stringify(word)}; write days as Mon, Tue, Wed, Thu, Fri, Sat or Sun`;
    numbers.push(day);
  }
  const [first, last = first] = numbers;
  const days = [first];
  for (let day = first; day !== last; ) {
    day = (day + 1) % 7;
    days.push(day);
  }
  return days;
}

/** "09:00" → 540; "24:00" only when it may close a range. */
function parseTime(text: string, isEnd: boolean): number | string {
  const [hours, minutes] = text.split(':').map(Number);
  if (isEnd && hours === 24 && minutes === 0) return MINUTES_IN_DAY;
  if (hours > 23 || minutes > 59) return `${JSON.stringify(text)} is not a time of day; use 24-hour HH:MM, like 09:00`;
  return hours * 60 + minutes;
}

/** One "DAYS TIME-TIME" or "DAYS closed" part: its days and span, or an error. */
function parseSegment(segment: string, whole: string): { days: number[]; span?: [number, number] } | string {
  // Split from the end: the last part is a time range or "closed", the rest names days.
  const match = /^(.*?)\s+(\d{1,2}:\d{2}\s*[-–]\s*\d{1,2}:\d{2}|[Cc]losed)$/.exec(segment);
  if (!match) return generic(whole);
  const days = parseDays(match[1]);
  if (typeof days === 'string') return /^unknown day /.test(days) ? days : generic(whole);
  if (/^[Cc]losed$/.test(match[2])) return { days };
  const range = /^(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})$/.exec(match[2]) as RegExpExecArray;
  const start = parseTime(range[1], false);
  if (typeof start === 'string') return start;
  const end = parseTime(range[2], true);
  if (typeof end === 'string') return end;
  if (end <= start) {
    return `closing time ${range[2]} is not after opening time ${range[1]} in ${JSON.stringify(segment)}; for hours past midnight write two ranges, like "Fri 22:00-24:00, Sat 00:00-02:00"`;
  }
  return { days, span: [start, end] };
}

/** Merge overlapping or touching spans on the same day, sorted by day then start. */
function mergeSpans(spans: OpenSpan[]): OpenSpan[] {
  const sorted = [...spans].sort((a, b) => a.day - b.day || a.start - b.start);
  const merged: OpenSpan[] = [];
  for (const span of sorted) {
    const previous = merged[merged.length - 1];
    if (previous && previous.day === span.day && span.start <= previous.end) previous.end = Math.max(previous.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

function fullWeek(): OpenSpan[] {
  return ALL_DAYS.map((day) => ({ day, start: 0, end: MINUTES_IN_DAY }));
}

const DAY_LABELS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Parse opening hours; the error is a plain sentence for the user. */
export function parseHours(text: string): HoursResult {
  const whole = text.trim();
  // "24/7" keeps full-day spans too, so code that only looks at spans agrees.
  if (whole === '24/7') return { ok: true, hours: { always: true, spans: fullWeek() } };

  const spans: OpenSpan[] = [];
  const closed = new Set<number>();
  for (const segment of whole.split(/\s*[,;]\s*/)) {
    const parsed = parseSegment(segment, whole);
    if (typeof parsed === 'string') return { ok: false, error: parsed };
    for (const day of parsed.days) {
      if (parsed.span) spans.push({ day, start: parsed.span[0], end: parsed.span[1] });
      else closed.add(day);
    }
  }
  // "Sun closed" next to "daily 09:00-17:00" is a contradiction, not an override.
  const clash = spans.find((span) => closed.has(span.day));
  if (clash) return { ok: false, error: `${DAY_LABELS[clash.day]} is listed both as open (${formatTime(clash.start)}-${formatTime(clash.end)}) and as closed` };

  const merged = mergeSpans(spans);
  return { ok: true, hours: { always: coversWholeWeek(merged), spans: merged } };
}
