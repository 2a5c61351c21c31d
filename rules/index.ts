// Every claim class, in the order they are documented.
import type { Rule } from '../src/check/rule.js';
import type { ClaimClass } from '../src/types.js';
import { availability } from './availability.js';
import { completeness } from './completeness.js';
import { guarantee } from './guarantee.js';
import { offering } from './offering.js';
import { perfection } from './perfection.js';
import { speed } from './speed.js';
import { superlative } from './superlative.js';
import { unlimited } from './unlimited.js';

export const rules: readonly Rule[] = [completeness, availability, speed, guarantee, perfection, superlative, unlimited, offering];

export const rulesById: ReadonlyMap<ClaimClass, Rule> = new Map(rules.map((rule) => [rule.id, rule]));
