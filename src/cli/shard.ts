// --shard k/n: a stable, balanced 1/n of the files, chosen by a hash of each
// path relative to the working folder, so the n jobs of a CI matrix never
// overlap and together cover every file, on any machine.
import { relative, sep } from 'node:path';
import { UsageError } from './files.js';

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = match ? Number(match[1]) : 0;
  const count = match ? Number(match[2]) : 0;
  if (!match || count < 1 || index < 1 || index > count) throw new UsageError(`--shard expects <k>/<n> with 1 <= k <= n, like 2/4; got "${value}"`);
  return { index, count };
}

/** FNV-1a: tiny, fast, and the same everywhere. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function inShard(path: string, cwd: string, shard: Shard): boolean {
  const key = relative(cwd, path).split(sep).join('/');
  return fnv1a(key) % shard.count === shard.index - 1;
}
