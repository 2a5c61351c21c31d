// A licence's full text is legal text, not copy. The GNU licences speak of
// "free software", of no "guarantee" and of copies "at no charge", and each
// such word read as a promise: a LICENSE.md holding the GPL or the GFDL got
// 8 to 12 warnings, in every repository that ships one as Markdown or text.
// A file that opens as a licence is therefore not checked. Only its opening
// decides, so a README that ends on its licence is copy, and checked whole.

/** How much of a file's opening may show that it is licence text. */
const OPENING = 2000;

/**
 * A licence's title, as the first line of its text: "GNU GENERAL PUBLIC
 * LICENSE", "The MIT License (MIT)", "Mozilla Public License Version 2.0",
 * "BSD 3-Clause License", "Creative Commons Legal Code".
 */
const LICENCE_TITLE =
  /^(?:the\s+)?"?(?:gnu\s+(?:(?:lesser|library|affero)\s+)?general\s+public|gnu\s+free\s+documentation|mit|apache|mozilla\s+public|isc|bsd(?:\s+[\w-]+){0,3}|eclipse\s+public|boost\s+software|zlib|artistic|european\s+union\s+public|academic\s+free|open\s+software|sil\s+open\s+font|universal\s+permissive|python\s+software\s+foundation|end\s+user)"?\s+licen[cs]e\b"?|^creative\s+commons\s+(?:legal\s+code|attribution|cc0|zero)\b|^(?:the\s+)?unlicen[cs]e\b/i;

/** What a licence's body says near its start: it grants or permits. */
const GRANT =
  /\b(?:permission is hereby granted|redistribution and use in source and binary forms|is free software|everyone is permitted to copy|licensed under|permission to use, copy, modify|free and unencumbered software)\b/i;

/** Or, under a licence's title, it sets terms or disclaims. */
const TERMS = /\b(?:terms and conditions|without (?:any )?warrant(?:y|ies)|no warrant(?:y|ies)|licensor)\b/i;

/** Words a licence's title line may hold besides the title: its version, its date, "(MIT)". */
const TITLE_EXTRAS = /\b(?:version|agreement|mit|expat|v|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|\d+(?:st|nd|rd|th))\b/gi;

/** A copyright line opening the text: "Copyright (c) 2024 …", "(C) 2019 …", "© 2020 …". */
const COPYRIGHT_LINE = /^(?:copyright\b|\(c\)\s*\d|©)/i;

/** The first line with words on it, without a BOM, Markdown's heading and emphasis marks, or a plain-text title's surrounding space. */
function firstLine(opening: string): string {
  for (const line of opening.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const words = line.replace(/^\s*#{1,6}\s+/, '').replace(/[*_`]/g, '').trim();
    if (words !== '' && !/^[=\-\s]+$/.test(words)) return words;
  }
  return '';
}

/** A licence's title and nothing else on its line but what TITLE_EXTRAS allows: not "MIT License checker: the fastest way to …". */
function isLicenceTitle(line: string): boolean {
  const title = LICENCE_TITLE.exec(line);
  return title !== null && !/[a-z]/i.test(line.slice(title[0].length).replace(TITLE_EXTRAS, ''));
}

/**
 * Whether a text opens as a licence: with a licence's title and, soon
 * after, the words of its grant or its terms; or with a copyright line and
 * a grant ("Copyright (c) 2024 … Permission is hereby granted"). A
 * copyright line alone is not enough: a page may open on "© 2024 Acme".
 */
export function opensAsALicence(text: string): boolean {
  const opening = text.slice(0, OPENING);
  const first = firstLine(opening);
  if (isLicenceTitle(first)) return GRANT.test(opening) || TERMS.test(opening);
  return (COPYRIGHT_LINE.test(first) || /^this is free and unencumbered software\b/i.test(first)) && GRANT.test(opening);
}
