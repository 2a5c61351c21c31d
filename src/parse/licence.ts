// A licence's full text is legal text, not copy. The GNU licences speak of
// "free software", of no "guarantee" and of copies "at no charge", and each
// such word read as a promise: a LICENSE.md holding the GPL or the GFDL got
// 8 to 12 warnings, in every repository that ships one as Markdown or text.
//
// A licence is known by its own wording, which no page of copy uses
// ("Everyone is permitted to copy and distribute verbatim copies",
// "Redistribution and use in source and binary forms"), not by its title or
// a copyright line: copy says "licensed under the State Plumbing Board" and
// opens on "Copyright-free music", and a licence may sit under a badge, an
// HTML comment, a "# License" heading or a line saying where it came from.
// The file is passed over only when nothing before that wording could hold
// a claim, so a README that ends on its licence is copy, checked whole.
// What follows the licence in the same file is passed over with it.
import { phrasePattern } from '../check/match.js';

/** How far into a file (after its front matter) a licence's wording must begin. */
const OPENING = 2000;

/**
 * Sentences of the licences that hold words read as promises (the GNU
 * family, MIT, BSD, ISC, Boost, Apache, CC0 and the Creative Commons legal
 * code, the Unlicense, the AFL, the Ms-PL, the PSF licence), each as only
 * the licence's own text words it: in no page of copy. Not the notices that
 * head other files ("… is free software; you can redistribute it", "you may
 * not use this file except in compliance with the License"): an Apache
 * project's docs open every page with one, and GnuPG's help text too.
 */
const LICENCE_WORDING = caseless([
  'everyone is permitted to copy and distribute verbatim copies',
  'terms and conditions for copying, distribution and modification',
  'permission is hereby granted, free of charge, to any person',
  'redistribution and use in source and binary forms',
  'permission to use, copy, modify',
  'terms and conditions for use, reproduction, and distribution',
  'is not a law firm and does not provide legal services',
  'this is free and unencumbered software released into the public domain',
  'licensor hereby grants you',
  'licensor grants you',
  'if you use the software, you accept this license',
  'this license agreement is between',
]);

/** A phrase pattern (written for lower-cased text) that matches text as written. */
function caseless(phrases: readonly string[]): RegExp {
  return new RegExp(phrasePattern(phrases).source, 'i');
}

/** YAML front matter at the very top of a Markdown file: metadata, not where the text begins. */
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n(?:[^]*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * A licence's own heading line, which may name a trigger word ("GNU Free
 * Documentation License", "Copyright (C) 2007 Free Software Foundation,
 * Inc."): its title, its version, its copyright line. Markdown's marks
 * aside, a short line naming a licence, a line opening on a version or a
 * copyright line.
 */
function isLicenceHeading(line: string): boolean {
  const words = line.replace(/^[\s#>*_=-]+|[\s*_=-]+$/g, '');
  return /^(?:copyright\b|\(c\)|©)/i.test(words) || /^version\s+\d/i.test(words) || (/\blicen[cs]e\b/i.test(words) && words.length <= 100);
}

/**
 * Whether a file is licence text: a licence's own wording begins within its
 * first 2,000 characters (front matter aside), and nothing before it but
 * the licence's heading lines could hold a claim (a badge, an HTML comment,
 * "Original text at https://…" cannot).
 */
export function opensAsALicence(text: string, mayHoldClaims: (text: string) => boolean): boolean {
  const start = FRONT_MATTER.exec(text)?.[0].length ?? 0;
  const opening = text.slice(start, start + OPENING);
  // Typographic quotes folded one for one, so offsets stay the file's.
  const wording = LICENCE_WORDING.exec(opening.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"'));
  if (!wording) return false;
  const before = opening.slice(0, wording.index).split(/\r?\n/).filter((line) => !isLicenceHeading(line));
  return !mayHoldClaims(before.join('\n'));
}
