import type { Node, Parent, Point } from 'unist';
import { describe, expect, test } from 'vitest';
import { chunkChildren, endsSentence, runs, TEXT_CHUNK } from '../src/parse/chunks.js';

interface Text extends Node {
  value: string;
}

/** Points on one line, column = offset + 1. */
const pointAt = (offset: number): Point => ({ line: 1, column: offset + 1, offset });
const text = (value: string, offset: number): Text => ({ type: 'text', value, position: { start: pointAt(offset), end: pointAt(offset + value.length) } });
const textOf = (nodes: readonly Node[]): string =>
  nodes.map((node) => ('children' in node ? textOf((node as Parent).children) : (node as Text).value)).join('');

describe('chunkChildren', () => {
  test('short children come back as they are', () => {
    const children = [text('Support 24/7.', 0)];
    expect(chunkChildren(children, { pointAt })).toEqual(children);
  });

  test('a long text node is cut after a sentence\'s end, each piece in its place', () => {
    const value = 'We answer every call. '.repeat(1000);
    const pieces = chunkChildren([text(value, 10)], { pointAt }) as Text[];
    expect(pieces.length).toBe(3);
    expect(pieces.map((piece) => piece.value).join('')).toBe(value);
    let offset = 10;
    for (const piece of pieces) {
      expect(piece.value.length).toBeLessThanOrEqual(TEXT_CHUNK);
      expect(piece.value.endsWith('call. ')).toBe(true);
      expect(piece.position).toEqual({ start: pointAt(offset), end: pointAt(offset + piece.value.length) });
      offset += piece.value.length;
    }
  });

  test('a node holding too much becomes copies of itself, the first starting and the last ending where it did', () => {
    const value = 'We answer every call. '.repeat(1000);
    const strong = { type: 'strong', children: [text(value, 2)], position: { start: pointAt(0), end: pointAt(value.length + 4) } };
    const copies = chunkChildren([strong], { pointAt }) as Parent[];
    expect(copies.map((copy) => copy.type)).toEqual(['strong', 'strong', 'strong']);
    expect(textOf(copies)).toBe(value);
    expect(copies[0].position!.start).toEqual(pointAt(0));
    expect(copies[1].position!.start).toEqual(copies[1].children[0].position!.start);
    expect(copies[2].position!.end).toEqual(pointAt(value.length + 4));
    expect(strong.children).toHaveLength(1);
  });

  test('thousands of empty elements count too, so no copy holds more than a chunk of nodes', () => {
    const link = { type: 'link', children: Array.from({ length: 3 * TEXT_CHUNK }, (_, index) => ({ type: 'emphasis', children: [], position: { start: pointAt(index), end: pointAt(index + 1) } })) };
    const copies = chunkChildren([link], { pointAt }) as Parent[];
    expect(copies.map((copy) => copy.children.length)).toEqual([2 * TEXT_CHUNK, TEXT_CHUNK]);
  });

  test('a skipped node is left whole; a node kept whole has its children cut', () => {
    const value = 'We answer every call. '.repeat(1000);
    const skipped = { type: 'element', tagName: 'script', children: [text(value, 0)] };
    expect(chunkChildren([skipped], { pointAt, skip: (node) => node === skipped })).toEqual([skipped]);
    const body = { type: 'element', tagName: 'body', children: [text(value, 0)] };
    const [kept, ...rest] = chunkChildren([body], { pointAt, keepWhole: (node) => node.type === 'element' }) as Parent[];
    expect(rest).toEqual([]);
    expect(kept.children).toHaveLength(3);
  });
});

describe('runs', () => {
  test('a run ends after a sentence once it is full, and is forced to end at twice the size', () => {
    const sizes = [TEXT_CHUNK - 10, 5, 20, 30];
    const ends = [false, true, false, false];
    expect(runs([0, 1, 2, 3], (index) => sizes[index], (index) => ends[index])).toEqual([[0, 1], [2, 3]]);
    expect(runs([0, 1, 2], () => TEXT_CHUNK, () => false)).toEqual([[0, 1], [2]]);
  });

  test('an item that says nothing of sentences (white space) leaves the last answer standing', () => {
    const sizes = [TEXT_CHUNK - 10, 1, 20, 30];
    expect(runs([0, 1, 2, 3], (index) => sizes[index], (index) => [true, undefined, false, false][index])).toEqual([[0, 1], [2, 3]]);
    expect(runs([0, 1, 2, 3], (index) => sizes[index], (index) => [false, undefined, false, false][index])).toEqual([[0, 1, 2, 3]]);
  });
});

describe('endsSentence', () => {
  const span = (...children: Node[]) => ({ type: 'element', tagName: 'span', children });
  test('text ending on a sentence mark, or an element whose last text does; white space alone says nothing', () => {
    expect(endsSentence(text('Call us today. ', 0))).toBe(true);
    expect(endsSentence(text('Call us', 0))).toBe(false);
    expect(endsSentence(text(' \n ', 0))).toBeUndefined();
    expect(endsSentence(span(text('Usually we ', 0), span(text('reply within an hour.', 0)), text('\n', 0)))).toBe(true);
    expect(endsSentence(span(text('Call us today.', 0), span(text('Usually we', 0))))).toBe(false);
    expect(endsSentence(span())).toBeUndefined();
    expect(endsSentence({ type: 'image' })).toBe(false);
  });
});
