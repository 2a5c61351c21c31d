// --cache: remember each file's messages by a hash of its text, of the
// settings it was linted with, and of overclaim's version, so an unchanged
// file is not linted again. A cache from another version is ignored whole.
//
// Reading and hashing every file is most of a warm run, so each entry also
// keeps the file's stamp (size, mtime, ctime, inode) from just before it was
// read, much as git's index does: a file with the same stamp has the same
// text and is not read again. The kernel sets ctime on every write and
// nothing can set it back, so a rewritten file never passes for unchanged,
// even with its old mtime put back. But two writes in one tick of the file
// system's clock leave the same stamp, so a file changed less than QUIET_MS
// before it was read gets no stamp: next time its text is hashed.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import type { LintOptions } from '../lint.js';
import type { PlainMessage } from '../report/transfer.js';

/** Bumped when an entry's shape changes, so a cache of another shape is not misread. */
const FORMAT = 2;

/** How long a file must have been left alone for its stamp to vouch for its text (FAT's clock ticks every 2 s). */
const QUIET_MS = 2000;

/** What a file's metadata said when its text was read: size, mtime, ctime, inode. */
export type FileStamp = [size: number, mtimeMs: number, ctimeMs: number, ino: number];

interface Entry {
  /** Hash of the file's text. */
  text: string;
  /** Hash of the settings it was linted with. */
  settings: string;
  /** Null when the file had just changed as it was read. */
  stamp: FileStamp | null;
  messages: PlainMessage[];
}

interface CacheFile {
  format: number;
  version: string;
  entries: Record<string, Entry>;
}

/** JSON with Infinity kept ("unlimited" limits), so two settings never hash alike by accident. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner) => (typeof inner === 'number' && !Number.isFinite(inner) ? String(inner) : inner));
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The file's stamp, or undefined when it cannot be stat'ed (reading it will say why). */
export function stampOf(path: string): FileStamp | undefined {
  try {
    const stats = statSync(path);
    return stats.isFile() ? [stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino] : undefined;
  } catch {
    return undefined;
  }
}

const sameStamp = (a: FileStamp | null, b: FileStamp) => a !== null && a.every((value, index) => value === b[index]);

/**
 * The stamp to keep for a file, judged when the stamp is taken, just before
 * the file is read: null when the file had only just changed.
 */
export const keepableStamp = (stamp: FileStamp): FileStamp | null => (Date.now() - Math.max(stamp[1], stamp[2]) >= QUIET_MS ? stamp : null);

export class LintCache {
  private readonly settingsHashes = new WeakMap<object, string>();
  /** Whether any entry changed since the cache was read: a run that changed nothing writes nothing. */
  private changed = false;
  /** The files this run asked about: the entries of others are checked for files since deleted. */
  private readonly seen = new Set<string>();

  private constructor(
    private readonly path: string,
    private readonly version: string,
    private readonly entries: Record<string, Entry>,
  ) {}

  /** Read the cache, or start empty when it is missing, unreadable, of another shape or from another version. */
  static load(path: string, version: string): LintCache {
    try {
      const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<CacheFile>;
      if (data.format === FORMAT && data.version === version && data.entries && typeof data.entries === 'object') return new LintCache(path, version, data.entries);
    } catch {
      // No cache yet, or a damaged one: lint everything and write a fresh one.
    }
    return new LintCache(path, version, {});
  }

  private settingsHash(options: LintOptions): string {
    let hash = this.settingsHashes.get(options);
    if (!hash) {
      hash = sha256(stableJson(options));
      this.settingsHashes.set(options, hash);
    }
    return hash;
  }

  /** Hash of a file's text, as entries keep it. */
  textHash(text: string): string {
    return sha256(text);
  }

  /**
   * The messages of a file whose stamp is the one kept when it was cached,
   * known without reading it; undefined when only its text can tell.
   */
  unchanged(key: string, stamp: FileStamp, options: LintOptions): PlainMessage[] | undefined {
    this.seen.add(key);
    const entry = this.entries[key];
    return entry && sameStamp(entry.stamp, stamp) && entry.settings === this.settingsHash(options) ? entry.messages : undefined;
  }

  /** The cached messages for this text and these settings, if any; a new keepable stamp for the same text is kept for next time. */
  get(key: string, textHash: string, options: LintOptions, stamp: FileStamp | null): PlainMessage[] | undefined {
    this.seen.add(key);
    const entry = this.entries[key];
    if (!entry || entry.text !== textHash || entry.settings !== this.settingsHash(options)) return undefined;
    if (stamp && !sameStamp(entry.stamp, stamp)) {
      entry.stamp = stamp;
      this.changed = true;
    }
    return entry.messages;
  }

  /** Remember a file's messages, with the keepable stamp taken before its text was read, so a change while reading shows next time. */
  set(key: string, textHash: string, options: LintOptions, stamp: FileStamp | null, messages: PlainMessage[]): void {
    this.seen.add(key);
    this.entries[key] = { text: textHash, settings: this.settingsHash(options), stamp, messages };
    this.changed = true;
  }

  /**
   * Write atomically (temp file, then rename) so a killed run never leaves
   * half a cache. Entries of files that no longer exist are dropped, so a
   * site whose pages are renamed over the years does not carry them all;
   * entries of files this run did not ask about but that still exist stay
   * (a run over one folder keeps the rest of the site's).
   */
  save(): void {
    if (!this.changed) return;
    for (const key of Object.keys(this.entries)) if (!this.seen.has(key) && !existsSync(key)) delete this.entries[key];
    const temporary = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.tmp`);
    writeFileSync(temporary, JSON.stringify({ format: FORMAT, version: this.version, entries: this.entries } satisfies CacheFile));
    renameSync(temporary, this.path);
  }
}
