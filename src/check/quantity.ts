// Amounts in copy ("within 5 minutes", "the hour", "two days", "100%") as numbers.
import type { Quantity } from '../types.js';

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  the: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  'twenty-four': 24,
  'forty-eight': 48,
  sixty: 60,
  ninety: 90,
};

/** Regex source for a number as copy writes it: 5, 1.5, five, a, an, the. */
export const NUMBER = `(?:\\d+(?:[.,]\\d+)?|${Object.keys(NUMBER_WORDS).join('|')})`;

/** Regex source for a time unit. */
export const TIME_UNIT = `(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|h|(?:business |working )?(?:days?|hours?)|d|weeks?|wks?|months?|years?|yrs?)`;

const MINUTES_PER: Array<[RegExp, number]> = [
  [/^sec/, 1 / 60],
  [/^min/, 1],
  [/^(h|hr|hrs|hour|hours)$/, 60],
  [/day|^d$/, 1440],
  [/^w/, 10080],
  [/^month/, 43200],
  [/^(year|yr)/, 525600],
];

export function numberFrom(text: string): number | undefined {
  const word = text.toLowerCase();
  if (word in NUMBER_WORDS) return NUMBER_WORDS[word];
  const value = Number(word.replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}

export function minutesIn(unit: string): number | undefined {
  const normalised = unit.toLowerCase().replace(/^(business|working) /, '');
  return MINUTES_PER.find(([pattern]) => pattern.test(normalised))?.[1];
}

export function duration(amount: string, unit: string, text: string): Quantity | undefined {
  const value = numberFrom(amount);
  const perUnit = minutesIn(unit);
  if (value === undefined || perUnit === undefined) return undefined;
  return { kind: 'duration', minutes: value * perUnit, text };
}

export function percent(amount: string, text: string): Quantity | undefined {
  const value = numberFrom(amount);
  return value === undefined ? undefined : { kind: 'percent', value, text };
}
