// The prefilter skips parsing files no trigger can match. It must never skip
// a file that holds a claim, however the claim's words are marked up.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileLooseForm, loosen, looseFormMatches, looseForms, mayHoldClaims, ownLooseForms, shortRuns, type LooseForms } from '../src/check/prefilter.js';
import { rules } from '../rules/index.js';
import { parseRegExpLiteral, visitRegExpAST } from '@eslint-community/regexpp';
import { analyse } from 'scslre';
import { toString } from 'nlcst-to-string';
import { VFile } from 'vfile';
import { lintText } from '../src/lint.js';
import { parseCopy } from '../src/parse/index.js';
import { markdownParser } from '../src/parse/markdown.js';
import { parseInSections, SECTION_SIZE, SECTIONED_FROM, sectionStarts } from '../src/parse/sections.js';
import type { Root as MdastRoot } from 'mdast';
import fc from 'fast-check';
import { requiredWords } from '../src/check/required-words.js';
import { DELETED, looseText } from '../src/parse/loose.js';
import { parseCapabilities } from '../src/capabilities/load.js';
import { ROOT } from './helpers.js';

/** The strict loose form, compiled: what the prefilter tests a file's marked loose text with. */
const strict = (pattern: RegExp) => new RegExp(loosen(pattern)!, pattern.flags.replace('g', ''));
/** A place markup was taken out, as looseText marks it. */
const M = DELETED;

describe('loosen: the quick form, over the text with its marks taken out', () => {
  test('drops word boundaries and lookarounds, and lets a space be any run of non-alphanumerics, or none', () => {
    expect(loosen(/\bsame[- ]day\b/g, 'quick')).toBe('same[^a-z0-9]*day');
    expect(loosen(/\beverything\b(?! else)/g, 'quick')).toBe('everything');
    expect(loosen(/(?<![\w])around\s+the clock(?![\w])/g, 'quick')).toBe('around[^a-z0-9]*the[^a-z0-9]*clock');
  });

  test('a character that can be markup may be missing', () => {
    expect(loosen(/a_b/, 'quick')).toBe('a[^a-z0-9]*b');
    expect(loosen(/[a-z_]x/, 'quick')).toBe('(?:[a-z_]|[^a-z0-9]*)x');
  });

  test('a repeated element that can be a gap matches anything, rather than backtrack', () => {
    expect(loosen(/x(?:[a-z ])+y/, 'quick')).toBe('x[\\s\\S]*y');
    expect(loosen(/x\s*y/, 'quick')).toBe('x[^a-z0-9]*y');
  });

  test('a form with "anything" in it is searched piece by piece, each from where the last one matched', () => {
    const form = compileLooseForm('never[^a-z0-9]*worry[\\s\\S]*again|stuck', '');
    expect(form.map((pieces) => pieces.map((piece) => piece.source))).toEqual([['never[^a-z0-9]*worry', 'again'], ['stuck']]);
    const matches = (text: string) => looseFormMatches(form, text);
    expect([matches('never worry about clogs again'), matches('never worry, again and again'), matches('get stuck')]).toEqual([true, true, true]);
    // The pieces in the wrong order, or one missing, is no match.
    expect([matches('again, never worry'), matches('never worry about clogs')]).toEqual([false, false]);
    // "Anything" inside a group is left to the expression; a form without it stays one expression.
    expect(compileLooseForm('x(?:a[\\s\\S]*b|c)y', '').map((pieces) => pieces.map((piece) => piece.source))).toEqual([['x(?:a[\\s\\S]*b|c)y']]);
    expect(compileLooseForm('a|b', '').map((pieces) => pieces.map((piece) => piece.source))).toEqual([['a|b']]);
  });

  test('a gap at either end of an alternative is dropped: a search needs no run of punctuation before or after', () => {
    expect(loosen(/(?:^|\s)(?:#\s?1|number one)\b/g, 'quick')).toBe('(?:#[^a-z0-9]*1|number[^a-z0-9]*one)');
    expect(loosen(/\s?fast\s/, 'quick')).toBe('fast');
  });

  test('after "anything", a gap is one character at most, so no piece opens on a run of punctuation', () => {
    // "x [words] than": the repeat is anything; the piece after it opened on a gap and was searched from every dash of a long run.
    const comparison = /\bcheaper(?:[\s-]+[a-z]+){0,3}[\s-]+than\s+others\b/g;
    expect(loosen(comparison, 'quick')).toBe('cheaper[\\s\\S]*than[^a-z0-9]*others');
    const strictForm = loosen(comparison)!;
    expect(strictForm.slice(strictForm.indexOf('[\\s\\S]*'))).toMatch(/^\[\\s\\S\]\*\[\^a-z0-9\]t/);
    const pieces = compileLooseForm(strictForm, 'i').flat().map((piece) => piece.source);
    expect(pieces.every((piece) => !/^(?:\(\?:\(\?<!\[a-z0-9\]\)\|\(\?!\[a-z0-9\]\)\))?\[\^a-z0-9\][*+]/.test(piece))).toBe(true);
    // Still a superset: the comparison over dashes and marks is found, "cheaperthan" and "cheaper, nathan others" are not.
    const matches = (text: string) => looseFormMatches(compileLooseForm(strictForm, 'i'), text);
    expect([matches('cheaper --- than others'), matches(`cheaper by far${M}than${M} others`), matches('cheaperthan others'), matches('cheaper, nathan others')]).toEqual([true, true, false, false]);
  });

  test('where a search may start, a repeated character counts once, or not at all when it may be missing', () => {
    expect(loosen(/\b\d+%/g, 'quick')).toBe('\\d%');
    expect(loosen(/\b(?:\d+(?:\.\d+)?|one)\s?% off\b/g, 'quick')).toBe('(?:\\d(?:(?:\\.(?:\\d)+))?|one)[^a-z0-9]*%[^a-z0-9]*off');
    expect(loosen(/\b[a-z]*ness\b/g, 'quick')).toBe('ness');
    // Not after something else, nor a repeated group, nor behind a boundary of the strict form.
    expect(loosen(/\bx\d+%/g, 'quick')).toBe('x(?:\\d)+%');
    expect(loosen(/(?:ab)+c/g, 'quick')).toBe('(?:(?:ab))+c');
    expect(loosen(/\b\d+%/g)).toContain('(?:\\d\\u0001*)+');
    // Still found wherever the trigger is.
    const quick = new RegExp(loosen(/\b(?:\d+(?:\.\d+)?|one)\s?% off\b/g, 'quick')!, 'i');
    expect(['save 125% off', 'save 12.5 % off', 'one% off'].every((text) => quick.test(text))).toBe(true);
  });

  test('a back-reference has no loose form', () => {
    expect(loosen(/(a)\1/, 'quick')).toBeUndefined();
    expect(loosen(/(a)\1/)).toBeUndefined();
  });
});

describe('requiredWords: a word every match holds', () => {
  test('a run of letters and digits, its optional letters spelt out', () => {
    expect(requiredWords(/\bkinds?\b/g)).toEqual(['kind', 'kinds']);
    expect(requiredWords(/\bGuarantee(?:d|s)?\b/gi)).toEqual(['guarantee', 'guaranteed', 'guarantees']);
    expect(requiredWords(/\bstor[ae]\b/g)).toEqual(['stora', 'store']);
  });

  test('of several runs, the rarest: the longest shortest word, and a common word counts as none', () => {
    expect(requiredWords(/\bsame[- ]day\b/g)).toEqual(['same']);
    expect(requiredWords(/\b(?:every|any|all) (?:kind|type)s?\b/g)).toEqual(['kind', 'kinds', 'type', 'types']);
    expect(requiredWords(/\bin a jiffy\b/g)).toEqual(['jiffy']);
  });

  test('every branch of an alternation brings its own word', () => {
    expect(requiredWords(/\b(?:around the clock|24\/7)\b/g)).toEqual(['around', '24']);
    expect(requiredWords(/\bfresh(?:ly)? (?:baked|made)\b|\bdaily\b/g)).toEqual(['fresh', 'freshly', 'daily']);
  });

  test('none when a match can do without every word: a branch of symbols, a repeat that may be empty, a class of many letters', () => {
    expect(requiredWords(/\d+%/g)).toBeUndefined();
    expect(requiredWords(/\bfree\b|#\d/g)).toBeUndefined();
    expect(requiredWords(/(?:very )*/g)).toBeUndefined();
    expect(requiredWords(/[a-z]+ness/g)).toEqual(['ness']);
  });

  test('every match of every trigger, in every rule test, holds one of the trigger\'s words', () => {
    // Whatever the text, a match without one would be a claim the prefilter hides.
    const text = readdirSync(join(ROOT, 'test', 'rules'))
      .map((name) => readFileSync(join(ROOT, 'test', 'rules', name), 'utf8'))
      .join('\n');
    let checked = 0;
    for (const pattern of Object.keys(ownLooseForms()).map((source) => new RegExp(source.slice(1, source.lastIndexOf('/')), source.slice(source.lastIndexOf('/') + 1)))) {
      const words = requiredWords(pattern);
      if (!words) continue;
      for (const match of text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))) {
        expect(words.some((word) => match[0].toLowerCase().includes(word)), `${pattern} matched "${match[0]}"`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});

describe('loosen: the strict form, over the marked text', () => {
  test('a word boundary holds where markup was taken out, and nowhere inside a word', () => {
    const free = strict(/\bfree\b/g);
    expect(['free', 'a free plan', `x${M}free${M}y`, '(free)'].filter((text) => free.test(text))).toEqual(['free', 'a free plan', `x${M}free${M}y`, '(free)']);
    expect(['freeze', 'carefree', 'freebie'].some((text) => free.test(text))).toBe(false);
  });

  test('marks may stand anywhere inside a word', () => {
    const everything = strict(/\beverything\b/g);
    expect(everything.test(`ev${M}${M}ery${M}thing`)).toBe(true);
    expect(strict(/\b[a-z]+ness\b/g).test(`kin${M}d${M}ness`)).toBe(true);
  });

  test('a space of the trigger needs a character there: a space, markup or a mark', () => {
    const sameDay = strict(/\bsame[- ]day\b/g);
    expect(['same day', 'same-day', `same${M}day`, 'same\n> day'].every((text) => sameDay.test(text))).toBe(true);
    expect(sameDay.test('sameday')).toBe(false);
    // "contain a directory" holds "in a d" with nothing between "a" and "d".
    expect(strict(/\bin (a|\d+) (d|days?)\b/g).test('contain a directory')).toBe(false);
  });

  test('nothing or a gap may be nothing', () => {
    expect(strict(/(?:^|\s)#1\b/g).test('#1')).toBe(true);
    expect(strict(/x\s*y/).test('xy')).toBe(true);
  });
});

describe('looseText', () => {
  const joined = (text: string) => text.replaceAll(M, '');

  test('Markdown: emphasis, links, references, escapes and tags are marked, and leave the words joined without the marks', () => {
    const text = looseText('Ev**er**y [kind](https://a.example/(x)) of \\#1 <b>fish</b>[^1] &amp; more', 'markdown');
    expect(joined(text)).toContain('every kind of #1 fish & more');
    expect(text).toContain(`ev${M}${M}er${M}${M}y ${M}kind${M}${M} of ${M}#1 ${M}fish${M}${M} & more`);
  });

  test('HTML: tags gone in one reading, attributes kept in the other', () => {
    const text = looseText('<p>Sup<em>port</em> 24&#47;7</p><img alt="Same day"><script>every kind</script>', 'html');
    expect(joined(text)).toContain('support 24/7');
    expect(text).toContain(`sup${M}port${M} 24/7`);
    expect(text).toContain('alt="same day"');
    expect(joined(text).split('\n')[0]).not.toContain('every kind');
  });

  test('plain text and HTML text: stars and underscores are marked, for emphasis written by hand reads as its words', () => {
    expect(looseText('Open 24/*7*, _free_ snake_case', 'text')).toBe(`open 24/${M}7${M}, ${M}free${M} snake${M}case`);
    expect(looseText('<p>Open 24/*7*</p>', 'html').split('\n')[0]).toBe(`${M}open 24/${M}7${M}${M}`);
    const shown = (noPrefilter: boolean) => lintText('Open *24/7*.\n', { path: 'page.txt', noPrefilter }).messages.map((message) => `${message.ruleId} ${message.line}:${message.column}`);
    expect(shown(false)).toEqual(['availability 1:7']);
    expect(shown(true)).toEqual(shown(false));
  });

  test('the dotted capital I folds to no letter, as the copy keeps it whole', () => {
    expect(looseText('\u0130n 5 days', 'text')).toBe('\u0307n 5 days');
  });
});

describe('mayHoldClaims', () => {
  test('says no to copy without a trigger, yes to copy with one', () => {
    expect(mayHoldClaims('# tar\n\n> Archiving utility.\n\n- Create an archive:\n\n`tar cf {{target.tar}} {{file}}`\n', 'markdown')).toBe(false);
    expect(mayHoldClaims('Support **24/7**.', 'markdown')).toBe(true);
  });

  test('a rank right after "!" is found with and without it: the sentence splitter starts a sentence there', () => {
    // Found by the property test at more runs: "#1" asked for a space or the start of the text before it, which the raw text does not have.
    const shown = (noPrefilter: boolean) => lintText('h\n> !#1 <p>. ', { path: 'page.md', noPrefilter }).messages.map((message) => `${message.ruleId} ${message.line}:${message.column}`);
    expect(shown(false)).toEqual(['superlative 2:4']);
    expect(shown(true)).toEqual(shown(false));
  });

  test('a long run of punctuation, spaces and marks is made short before any search: each of its characters three times, three times over', () => {
    expect(shortRuns(`a ${'-'.repeat(40)} b......c  d -.-.- e`)).toBe('a   ---   ---   ---b......c  d -.-.- e');
    expect(shortRuns(`24${' /'.repeat(20)} 7 and${' -.'.repeat(20)}`)).toBe('24   ///   ///   ///7 and   ---...   ---...   ---...');
    // Many different characters: no shorter, so left as it is.
    expect(shortRuns(`x${'!"#$%&()*+,./:;<=>?@[]^_{|}~'}y`)).toBe(`x${'!"#$%&()*+,./:;<=>?@[]^_{|}~'}y`);
    // A claim across a long run is still let through, and found.
    const copy = `We are cheaper ${'-'.repeat(500)} than competitors.`;
    expect(mayHoldClaims(copy, 'text')).toBe(true);
    expect(lintText(copy, {}).messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['superlative', 1, 8]]);
    expect(mayHoldClaims(`Page 24 ${'-'.repeat(500)} ends.`, 'text')).toBe(false);
    expect(mayHoldClaims(`Open 24${' /'.repeat(500)} 7.`, 'text')).toBe(true);
    // A phrase's own marks, a short run, are left as they are.
    const extraTriggers = { superlative: ['zap####zing'] };
    expect(mayHoldClaims('It is zap####zing here.', 'text', { extraTriggers })).toBe(true);
    expect(lintText('It is zap####zing here.', { extraTriggers }).messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['superlative', 1, 7]]);
  });

  /** Elements that stand for one character. */
  const ONE_MARK: ReadonlySet<string> = new Set(['Character', 'CharacterSet', 'CharacterClass']);

  /** Where a pattern asks for four or more of one punctuation mark or space in a row: a count ("-{4}") or four written out ("\\.\\.\\.\\."). */
  function asksForFourInARow(pattern: RegExp): string[] {
    const flags = pattern.flags.replace(/[gy]/g, '');
    const canBePunctuation = (raw: string) => [...' \t\n-./,!?#*_~:;()[]{}<>@^|`"\'$%&+=\u2014\u2013\u2026\u00d7\u2019'].some((character) => new RegExp(`^(?:${raw})$`, flags).test(character));
    const found: string[] = [];
    visitRegExpAST(parseRegExpLiteral(pattern), {
      onQuantifierEnter(node) {
        if (node.min >= 4 && canBePunctuation(node.element.raw)) found.push(node.raw);
      },
      onAlternativeEnter(node) {
        const raws = node.elements.map((element) => (ONE_MARK.has(element.type) && canBePunctuation(element.raw) ? element.raw : ''));
        if (raws.some((raw, index) => raw !== '' && index + 4 <= raws.length && raws.slice(index, index + 4).every((each) => each === raw))) found.push(node.raw);
      },
    });
    return found;
  }

  test('no trigger of the rules asks for four of one punctuation mark or space in a row, which a short run could not give', () => {
    expect([/a-{4}b/, /c\.\.\.\.d/, /x\s{5,}y/, /x\s\s\s\sy/, /a-{3}b|\d{4}|e\.\.\.-f/].map((pattern) => asksForFourInARow(pattern))).toEqual([['-{4}'], ['c\\.\\.\\.\\.d'], ['\\s{5,}'], ['x\\s\\s\\s\\sy'], []]);
    const found = rules.flatMap((rule) => rule.patterns(undefined)).flatMap(({ pattern }) => asksForFourInARow(pattern).map((where) => `${where} in ${pattern}`));
    expect(found).toEqual([]);
  });

  test('a text with a run of 256 letters or digits is parsed, not searched: no word is that long', () => {
    expect(mayHoldClaims(`We will ${'a'.repeat(255)} you.`, 'text')).toBe(false);
    expect(mayHoldClaims(`We will ${'a'.repeat(256)} you.`, 'text')).toBe(true);
    expect(mayHoldClaims(`Order ${'1'.repeat(300)}.`, 'text')).toBe(true);
    // Parsed, it is linted as ever: no claim here, and the one beside it found.
    expect(lintText(`We will ${'a'.repeat(300)} you.`, {}).messages).toEqual([]);
    expect(lintText(`We will ${'a'.repeat(300)} you. Support 24/7.`, {}).messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['availability', 1, 323]]);
  });

  test('scslre finds no run of one character that makes a loose form slow, but those the prefilter never searches', () => {
    // scslre finds where a regular expression backtracks more than linearly
    // on a run of some set of characters. A run of punctuation, spaces and
    // marks is made short (shortRuns) before any search, whatever its mix;
    // a run of letters or digits is searched only when shorter than 256
    // (longer, the text is parsed, block by block and sentence by sentence). So
    // no strict form may have such a run at all, and only these quick forms
    // one of letters: ones where a word of the trigger may be any word and
    // the gap before the next may be empty ("we will [a-z]+ly"), which split
    // a long word between them every way. They cost at most some 0.7 s on a
    // megabyte of nothing but such words; a new trigger joins them only by
    // changing this list.
    const slowOnLetters = [
      'completeness all your',
      'completeness start to finish',
      'speed blazing fast',
      'guarantee kept safe',
      'guarantee we will refund',
      'perfection the way we found it',
      'perfection we never log',
      'superlative than competitors',
      'superlative world-class',
    ];
    const onLetters = (source: string, flags: string) =>
      analyse(parseRegExpLiteral(new RegExp(source, flags)), { reportTypes: { Move: true, Self: true, Trade: true } }).reports.some((report) =>
        [...'abcdefghijklmnopqrstuvwxyz0123456789'].some((character) => report.character.set.has(character.charCodeAt(0))),
      );
    const found: Record<'quick' | 'strict', string[]> = { quick: [], strict: [] };
    for (const rule of rules) {
      for (const { name, pattern } of rule.patterns(undefined)) {
        const [quick, strict] = looseForms(pattern);
        const flags = pattern.flags.replace(/[gy]/g, '');
        for (const [form, source] of [['quick', quick], ['strict', strict]] as const) {
          if (compileLooseForm(source!, flags).flat().some((piece) => onLetters(piece.source, flags))) found[form].push(`${rule.id} ${name}`);
        }
      }
    }
    expect(found).toEqual({ quick: slowOnLetters, strict: [] });
    // What it looks for: the quick form of "fresh [a-z]+(?: [a-z]+)? daily" before 4c8c96f, and as it is since.
    expect(onLetters('fresh[^a-z0-9]*(?:(?:[a-z])+(?:(?:[^a-z0-9]*(?:[a-z])+))?)[^a-z0-9]*daily', 'i')).toBe(true);
    expect(onLetters('fresh[\\s\\S]*daily', 'i')).toBe(false);
  });

  test('a control comment is always read, to report an unknown rule in it', () => {
    const file = lintText('<!-- overclaim-disable-next-line speeed -->\nHello.\n', { path: 'page.md' });
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['unknown-rule', 1, 1]]);
  });

  test('items declared not offered are triggers too', () => {
    const capabilities = parseCapabilities('offerings:\n  complete: false\n  not_offered: [caviar]\n', 'capabilities.yml');
    expect(mayHoldClaims('Try our caviar.', 'text')).toBe(false);
    expect(mayHoldClaims('Try our caviar.', 'text', { capabilities })).toBe(true);
    expect(lintText('Try our caviar.', { capabilities }).messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['offering', 1, 9]]);
  });

  test('extra triggers from the config are triggers too', () => {
    const extraTriggers = { speed: ['lickety-split'] };
    expect(mayHoldClaims('Shipped lickety-split.', 'text')).toBe(false);
    expect(lintText('Shipped lickety-split.', { extraTriggers }).messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['speed', 1, 9]]);
  });

  const marked: Array<[string, string, string, number, number]> = [
    ['page.md', 'Help is here **24/7**.', 'availability', 1, 16],
    ['page.md', 'Help is here 24&#47;7.', 'availability', 1, 14],
    ['page.md', '[Same-day](https://example.com) delivery on every order.', 'speed', 1, 2],
    ['page.md', '> Help is here around the\n> clock.', 'availability', 1, 16],
    ['page.md', 'Z&#101;ro downtime, ever.', 'perfection', 1, 1],
    ['page.md', 'Un<em>limited</em> storage.', 'unlimited', 1, 1],
    ['page.md', '---\ndescription: Support around the clock\n---\n# Hi\n', 'availability', 2, 22],
    // Found by the property test: parentheses nested two deep in a link destination inside a word.
    ['page.md', 'Satisfaction gu[aran](https://example.com/a[(b)](https://example.com/a(b)c)c)teed.', 'guarantee', 1, 1],
    ['page.html', '<img src="a.png" alt="Support around the clock">', 'availability', 1, 31],
    // … and a ">" inside a quoted attribute, which does not end the tag.
    ['page.html', '<p>Open around the c<em class="</em>x">loc</em>k.</p>', 'availability', 1, 9],
    ['page.html', '<p>Same&nbsp;day delivery.</p>', 'speed', 1, 4],
    ['page.html', '<p>Ev<b>ery</b>thing you need.</p>', 'completeness', 1, 4],
    // Literal markup glued to a trigger is a word boundary, even with markup inside the trigger's words.
    ['page.md', 'We ship x*with**in** 5 days.', 'speed', 1, 11],
    ['page.md', 'Orders ship with**in** 5 days\\x.', 'speed', 1, 13],
    ['page.md', 'Support x~around the cl**oc**k.', 'availability', 1, 11],
    ['page.html', '<p>Support<br>around the clock.</p>', 'availability', 1, 15],
    // Decoded as parse5 decodes: a legacy name needs no semicolon, and &#128;–&#159; are Windows-1252.
    ['page.html', '<p>The &copyfastest plan.</p>', 'superlative', 1, 13],
    ['page.html', '<p>Answers in&nbspseconds.</p>', 'speed', 1, 12],
    ['page.html', '<p>Support 24&#150;7.</p>', 'availability', 1, 12],
    // hast-util-to-nlcst reads no del, nor svg, but parse5 ends an svg at a "<b>" or an "<img>": what follows is copy.
    ['page.html', '<p>Simply the <del>old</del> best.</p>', 'superlative', 1, 11],
    ['page.html', '<p>We are the <svg><b>best</b></svg> choice.</p>', 'superlative', 1, 11],
    // Found by the property test: CommonMark reads "<!x …>" as a declaration, raw HTML like a comment.
    ['page.md', 'withi<!x y>n the hour, from support', 'speed', 1, 1],
    ['page.md', 'Support around<![CDATA[ x ]]> the clock.', 'availability', 1, 9],
    // Found by the property test at more runs: the parser leaves a byte order mark out of its offsets, and a block's slice lost its last character.
    ['page.md', '\uFEFFHelp is here 24/7', 'availability', 1, 15],
    // Found by the property test at more runs: a comment never closed is text inline, and its words are copy.
    ['page.md', 'Hi <!-- note --[>in](https://example.com)stant', 'speed', 1, 18],
    // … and a link whose ")" stands on the next line: CommonMark allows a line ending before it.
    ['page.md', 'Hi [inst](https://example.com/a(b)c\n)ant', 'speed', 1, 5],
    // … and one never closed whose text happens to end on a ">" (a review found it).
    ['page.md', 'Hi <!-- note in<b></b>stant replies <br>', 'speed', 1, 14],
    // … and a tag that runs on to the next line of a quote, where the parser reads it without the "> " (npm run fuzz, seed 67).
    ['page.md', '> Hi in<em cl\n> ass="x">sta</em>nt replies', 'speed', 1, 6],
    // … but outside a quote that ">" closes the tag (seed 74).
    ['page.md', '---\nfresh<em class="x"\n> caviar d</em>aily ', 'offering', 2, 1],
  ];

  test.each(marked)('%s: %j is still linted', (path, text, ruleId, line, column) => {
    const found = lintText(text, { path }).messages.map((message) => [message.ruleId, message.line, message.column]);
    expect(found).toEqual([[ruleId, line, column]]);
    expect(found).toEqual(lintText(text, { path, noPrefilter: true }).messages.map((message) => [message.ruleId, message.line, message.column]));
  });

  test('the bundled examples give the same messages with and without it', () => {
    for (const path of ['examples/seafood/landing.md', 'examples/saas/index.html']) {
      const text = readFileSync(path, 'utf8');
      const shown = (noPrefilter: boolean) => lintText(text, { path, noPrefilter }).messages.map((message) => `${message.ruleId} ${message.line}:${message.column}`);
      expect(shown(false).length).toBeGreaterThan(5);
      expect(shown(false)).toEqual(shown(true));
    }
  });
});

describe('the prefilter, block by block', () => {
  test('in a file with a claim, only blocks the test lets through are turned into words', () => {
    const text = '# Plans\n\nWords about nothing.\n\n> Help is here 24/7.\n\n| Plan | Storage |\n| - | - |\n| Pro | Unlimited |\n\nMore plain words.\n';
    const file = new VFile({ value: text, path: 'page.md' });
    const paragraphs = (mayHold?: (block: string) => boolean) => parseCopy(file, 'markdown', mayHold).tree.children.filter((node) => node.type === 'ParagraphNode').map((paragraph) => toString(paragraph));
    expect(paragraphs((block) => mayHoldClaims(block, 'markdown'))).toEqual(['Help is here 24/7.', 'Unlimited']);
    expect(paragraphs()).toEqual(['Plans', 'Words about nothing.', 'Help is here 24/7.', 'Plan', 'Storage', 'Pro', 'Unlimited', 'More plain words.']);
    const shown = (noPrefilter: boolean) => lintText(text, { path: 'page.md', noPrefilter }).messages.map((message) => `${message.ruleId} ${message.line}:${message.column}`);
    expect(shown(false)).toEqual(['availability 5:16', 'unlimited 9:9']);
    expect(shown(false)).toEqual(shown(true));
  });
});

describe('the prefilter, section by section, in a long page', () => {
  // A page past SECTIONED_FROM is parsed in sections of SECTION_SIZE or more;
  // a section no trigger can match in is not parsed at all.
  const filler = (index: number) => `Paragraph ${index} tells the story of the shop in plain words, with nothing promised. `.repeat(16).trim();
  const page = (blocks: string[]) => blocks.map((block, index) => `${block}\n\n${filler(index)}\n\n${filler(index + 100)}\n\n`).join('');

  test('a section no trigger can match in is never given to the parser', () => {
    const text = page(['# Plans', 'Help is here 24/7.', 'Plain words.', 'More plain words.', 'Same-day delivery.', 'Still plain.', 'Yet more plain words.', 'Plain again.', 'The end, plainly.', 'Last plain words.']);
    expect(text.length).toBeGreaterThan(SECTIONED_FROM);
    const parsed: string[] = [];
    const tree = parseInSections(text, (part) => (parsed.push(part), markdownParser.parse(new VFile(part)) as MdastRoot), { mayHoldClaims: (block) => mayHoldClaims(block, 'markdown') });
    // Every section the parser saw holds a promise; most sections it never saw.
    expect(parsed.length).toBeGreaterThan(0);
    for (const part of parsed) expect(part, part.slice(0, 40)).toMatch(/24\/7|Same-day/);
    expect(parsed.join('').length).toBeLessThan(text.length / 2);
    // The paragraphs of parsed sections are where a whole parse puts them.
    const paragraphs = (root: MdastRoot) => root.children.filter((node) => node.type === 'paragraph' && /24\/7|Same-day/.test(text.slice(node.position!.start.offset, node.position!.end.offset))).map((node) => node.position);
    expect(paragraphs(tree)).toEqual(paragraphs(markdownParser.parse(new VFile(text)) as MdastRoot));
    expect(tree.position).toEqual((markdownParser.parse(new VFile(text)) as MdastRoot).position);
    const shown = (noPrefilter: boolean) => lintText(text, { path: 'page.md', noPrefilter }).messages.map((message) => `${message.ruleId} ${message.line}:${message.column}`);
    expect(shown(false)).toEqual(['availability 7:14', 'speed 25:1']);
    expect(shown(false)).toEqual(shown(true));
  });

  test('the whole text is asked only where it cannot be parsed in sections; then, holding no claim, it is not parsed at all', () => {
    const asked: number[] = [];
    const ask = (block: string) => (asked.push(block.length), mayHoldClaims(block, 'markdown'));
    const parsed: string[] = [];
    const parse = (part: string) => (parsed.push(part), markdownParser.parse(new VFile(part)) as MdastRoot);
    const text = page(['# Plans', 'Help is here 24/7.', 'Plain words.', 'More plain words.', 'Still plain.', 'Yet more plain words.', 'Plain again.']);
    expect(text.length).toBeGreaterThan(SECTIONED_FROM);
    parseInSections(text, parse, { mayHoldClaims: ask });
    expect(asked.length).toBeGreaterThan(2);
    expect(asked).not.toContain(text.length);
    // A byte order mark keeps the text in one piece (sectionStarts): asked once, whole.
    const marked = `\uFEFF${page(['Plain words.', 'More plain words.', 'Still plain.', 'Yet more plain words.', 'Plain again.', 'Plain once more.', 'The end, plainly.'])}`;
    expect(marked.length).toBeGreaterThan(SECTIONED_FROM);
    asked.length = 0;
    parsed.length = 0;
    const tree = parseInSections(marked, parse, { mayHoldClaims: ask });
    expect(asked).toEqual([marked.length]);
    expect(parsed).toEqual([]);
    expect(tree).toEqual({ type: 'root', children: [], position: (markdownParser.parse(new VFile(marked)) as MdastRoot).position });
  });

  test('a caption at the end of a section still reads as one when the code under it is in a skipped section', () => {
    // As command references write it: "- Build all models:" over its command.
    // "all models" is the program's doing there, no promise: nothing is reported
    // either way. The first section is one paragraph just short of SECTION_SIZE
    // and the caption, so the next starts at the command.
    const lead = 'Plain words about the shop. '.repeat(73).trim();
    const text = `${lead}\n\n- Build all models:\n\n\`dbt build\`\n\n${page(['Plain words.', 'Plain again.', 'Plain once more.', 'And more.', 'And yet more.', 'The end.'])}`;
    expect(text.length).toBeGreaterThan(SECTIONED_FROM);
    expect(sectionStarts(text)[1]).toBe(text.indexOf('`dbt build`'));
    const shown = (source: string, noPrefilter: boolean) => lintText(source, { path: 'page.md', noPrefilter }).messages.map((message) => `${message.ruleId} ${message.line}:${message.column}`);
    expect(shown(text, true)).toEqual([]);
    expect(shown(text, false)).toEqual([]);
    // Before copy the sentence is no caption, and a promise either way.
    const promise = text.replace('`dbt build`', 'We build them for you.');
    expect(shown(promise, true)).toEqual(['completeness 3:9']);
    expect(shown(promise, false)).toEqual(['completeness 3:9']);
  });

  /**
   * A page cut where the test says: each section is its head, plain words
   * (a paragraph, or list items to keep a list running) to fill it to
   * SECTION_SIZE, and its tail, so the next section starts right after the
   * tail; then plain paragraphs past SECTIONED_FROM.
   */
  function cutPage(sections: Array<{ head?: string; tail?: string; items?: boolean }>): string {
    let text = '';
    for (const { head = '', tail = '', items = false } of sections) {
      const room = SECTION_SIZE - head.length - tail.length - 2;
      const plain = `${items ? '- ' : ''}${'Plain words about the shop '.repeat(100)}`.slice(0, room).replace(/ $/, 's');
      text += `${head}${plain}\n\n${tail}`;
    }
    while (text.length < SECTIONED_FROM + 100) text += 'Plain words about the shop with nothing promised.\n\n';
    return text;
  }
  /** The line and column of the first `words` in `text`. */
  const at = (text: string, words: string) => {
    const before = text.slice(0, text.indexOf(words)).split('\n');
    return `${before.length}:${before[before.length - 1].length + 1}`;
  };

  // Found by a review: a section that opens nothing by its own lines can
  // still be misread by the scan, or read by what follows it; each is parsed.
  test.each([
    {
      name: 'a list item whose text starts five spaces in is indented code, for the caption above it',
      page: cutPage([{ tail: '- Build all models:\n\n' }, { head: '-     make all\n\n' }, {}]),
      found: () => [],
    },
    {
      name: 'a fence line inside an HTML block, which a blank line ends: the next fence opens, and the claim is code',
      page: cutPage([{ tail: 'Intro.\n\n' }, { head: 'Plain words.\n\n<div>\n```\n\n```\n\n', tail: 'Words.\n\n' }, { head: 'We answer 24/7.\n\n' }]),
      found: () => [],
    },
    {
      name: 'the same fence, closed in the next section: the claim is copy',
      page: cutPage([{ tail: 'Intro.\n\n' }, { tail: '<div>\n```\n\n```\n\n' }, { head: '```\n\nWe answer 24/7.\n\n```\n\n' }]),
      found: (text: string) => [`availability ${at(text, '24/7')}`],
    },
    {
      name: 'a thematic break the scan takes for a list item, then indented code: the next line is a paragraph, no caption',
      page: cutPage([{ tail: 'Intro.\n\n' }, { tail: '* * *\n    code\n\n' }, { head: '2. Build all models:\n\n       make\n\n' }]),
      found: (text: string) => [`completeness ${at(text, 'all models')}`],
    },
    {
      name: 'an ignore comment before a list that runs on through the next sections',
      page: cutPage([{ tail: 'Intro.\n\n<!-- overclaim-ignore -->\n\n' }, { head: '- Item.\n\n', items: true, tail: '- More plain words.\n\n' }, { head: '- We answer 24/7.\n\n' }]),
      found: () => [],
    },
  ])('$name', ({ page, found }) => {
    expect(page.length).toBeGreaterThan(SECTIONED_FROM);
    expect(sectionStarts(page).slice(1, 3)).toEqual([SECTION_SIZE, 2 * SECTION_SIZE]);
    const shown = (noPrefilter: boolean) => lintText(page, { path: 'page.md', noPrefilter }).messages.map((message) => `${message.ruleId} ${message.line}:${message.column}`);
    expect(shown(true)).toEqual(found(page));
    expect(shown(false)).toEqual(found(page));
  });

  test('generated long pages give the same messages with and without it', () => {
    const BLOCKS = [
      '# Heading', 'A paragraph with 24/7 support.', '> Quote with guaranteed results.', '> Quote\nlazy line', '- item\n- Unlimited storage', '1. first\n2. second',
      '```\ncode 24/7\n\nmore\n```', '~~~\nunclosed fence', '    indented code', '<!-- comment\n\nstill -->', '<div>\nthe best\n</div>', '<script>\n\n</script>',
      '| a | b |\n| - | - |\n| 1 | free forever |', '[link][ref] is the best', '[ref]: https://example.com', 'A note.[^n]', '[^n]: Replies within the hour.', '- Build all models:',
      '`tool --run`', '```js\nx\n```', '```a``` b', '# `cmd`', '<!-- note -->', '<!-- overclaim-disable -->', '<!-- overclaim-enable -->', '<!-- overclaim-disable-next-line -->', 'We are #1.', 'Plain words.', '- > Quoted item, same-day', '2. x',
    ];
    const document = fc.array(fc.tuple(fc.constantFrom(...BLOCKS), fc.boolean()), { minLength: 8, maxLength: 14 }).map((parts) => parts.map(([block, padded], index) => (padded ? `${block}\n\n${filler(index)}\n\n${filler(index + 50)}\n\n${filler(index + 70)}\n\n` : `${block}\n`)).join(''));
    let long = 0;
    fc.assert(
      fc.property(document, (text) => {
        if (text.length >= SECTIONED_FROM) long++;
        const shown = (noPrefilter: boolean) => lintText(text, { path: 'page.md', noPrefilter }).messages.map((message) => `${message.ruleId} ${message.line}:${message.column} ${message.reason}`);
        expect(shown(false)).toEqual(shown(true));
      }),
      { numRuns: 40, seed: 20261204 },
    );
    // Most pages are long enough to be parsed in sections.
    expect(long).toBeGreaterThan(20);
  });
});

describe('the prefilter, block by block, in HTML', () => {
  const text =
    '<title>Plans</title><body><h1>Plans</h1><p>Words about nothing.</p><div>Help is here 24/7.<p>More words.</p></div>' +
    '<ul><li>Plain item</li><li>Unlimited storage</li></ul><table><tr><td>Pro</td><td>Free forever</td></tr></table>' +
    '<p><span>Answers <b>within</b></span> 5 minutes.</p><span><div>Nothing here</div> but the best</span><img alt="Same-day delivery"></body>';
  const file = new VFile({ value: text, path: 'page.html' });
  const paragraphs = (mayHold?: (block: string) => boolean) => parseCopy(file, 'html', mayHold).tree.children.filter((node) => node.type === 'ParagraphNode').map((paragraph) => toString(paragraph));

  test('only the innermost blocks the test lets through are turned into words; a block that holds others keeps its own text', () => {
    expect(paragraphs()).toEqual(['Plans', 'Plans', 'Words about nothing.', 'Help is here 24/7.', 'More words.', 'Plain item', 'Unlimited storage', 'Pro', 'Free forever', 'Answers within 5 minutes.', 'Nothing here but the best', 'Same-day delivery']);
    // The title is read apart from the body; a div inside an inline element is part of the paragraph around it, and is never judged alone.
    expect(paragraphs((block) => mayHoldClaims(block, 'html'))).toEqual(['Plans', 'Help is here 24/7.', 'Unlimited storage', 'Free forever', 'Answers within 5 minutes.', 'Nothing here but the best', 'Same-day delivery']);
  });

  test('the same messages with and without it', () => {
    const shown = (noPrefilter: boolean) => lintText(text, { path: 'page.html', noPrefilter }).messages.map((message) => `${message.ruleId} ${message.line}:${message.column}`);
    const at = (ruleId: string, words: string) => `${ruleId} 1:${text.indexOf(words) + 1}`;
    expect(shown(false)).toEqual([at('availability', '24/7'), at('unlimited', 'Unlimited'), at('unlimited', 'Free forever'), at('speed', 'within'), at('superlative', 'the best'), at('speed', 'Same-day')]);
    expect(shown(false)).toEqual(shown(true));
  });
});

describe('loose forms worked out by the build', () => {
  test('the bundled CLI holds the loose forms of every trigger, as the sources work them out', () => {
    const chunks = join(ROOT, 'dist', 'src', 'cli', 'chunks');
    const bundle = readdirSync(chunks)
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(join(chunks, name), 'utf8'))
      .join('\n');
    // esbuild writes the defined string as a template literal.
    const literal = /prebuiltForms\s*=[^;]*?JSON\.parse\((`(?:[^`\\]|\\[\s\S])*`)\)/.exec(bundle)?.[1];
    expect(literal).toBeDefined();
    const embedded = JSON.parse(new Function(`return ${literal}`)() as string) as LooseForms;
    const forms = ownLooseForms();
    expect(Object.keys(forms).length).toBeGreaterThan(30);
    expect(embedded).toEqual(forms);
  });

  test('a pattern in the table gets its forms from it; one not in it (changed since the build) gets them worked out', () => {
    const table: LooseForms = { [String(/\bbest\b/gi)]: ['quick form', null, ['word']] };
    expect(looseForms(/\bbest\b/gi, table)).toEqual(['quick form', undefined, ['word']]);
    expect(looseForms(/\bbest\b/g, table)).toEqual([loosen(/\bbest\b/g, 'quick'), loosen(/\bbest\b/g, 'strict'), ['best']]);
    const forms = ownLooseForms();
    for (const source of Object.keys(forms).slice(0, 5)) {
      const pattern = new RegExp(source.slice(1, source.lastIndexOf('/')), source.slice(source.lastIndexOf('/') + 1));
      expect(looseForms(pattern, forms)).toEqual([loosen(pattern, 'quick'), loosen(pattern, 'strict'), requiredWords(pattern)]);
    }
  });
});

describe('loose forms over long runs of punctuation', () => {
  test('no trigger\'s loose form backtracks without end on a run of punctuation after one of its words', () => {
    // In a child process with a time limit: a regular expression that does
    // not finish cannot be interrupted here, and would hang the test runner.
    const script = join(ROOT, 'test', 'fixtures', 'punctuation-runs.mjs');
    const result = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 120_000 });
    expect(result.signal, 'the runs did not finish in 2 minutes (they take about a second)').toBe(null);
    expect(result.stderr).toBe('');
    const checked = Number(/^checked (\d+)$/m.exec(result.stdout)?.[1]);
    expect(checked).toBe(Object.values(ownLooseForms()).flatMap(([quick, strict]) => [quick, strict]).filter((form) => form !== null).length);
  });

  test('a heading underlined with dashes after a comparative word is linted at once, and the comparison under it found', () => {
    // "More" then 56 dashes took 12 s: the three optional words before "than" split the dashes every possible way.
    const text = `More\n${'-'.repeat(2000)}\n\nWe are faster than any other shop, and more ${'-'.repeat(2000)} than that.\n\nUnlike other ${'-'.repeat(2000)} cleaning companies, we bring our own supplies.\n`;
    expect(lintText(text, { path: 'heading.md' }).messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['superlative', 4, 8]]);
  });
});
