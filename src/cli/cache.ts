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
import { dirname, join, basename, sep } from 'node:path';
import type { LintOptions } from '../lint.js';
import { checkWritable, UsageError } from './files.js';
import type { PlainMessage } from '../report/transfer.js';

/** Bumped when an entry's shape changes, so a cache of another shape is not misread. */
const FORMAT = 3;

/** How every version's cache file opens: one that does not was written by something else. */
const CACHE_OPENING = /^\s*\{\s*"format"\s*:/;

/** How long a file must have been left alone for its stamp to vouch for its text (FAT's clock ticks every 2 s). */
const QUIET_MS = 2000;

/** What a file's metadata said when its text was read: size, mtime, ctime, inode. */
export type FileStamp = [size: number, mtimeMs: number, ctimeMs: number, ino: number];

/**
 * One file's entry: the hash of its text, where the hash of the settings it
 * was linted with is in the settings table, its messages, and its stamp
 * unless it had just changed as it was read. A warm run reads the whole
 * cache before anything else, so entries are flat rows rather than objects
 * of named fields: the cache of a 7,000-file corpus went from 2.2 MB to
 * under 1 MB, and reading it from 80 ms to 35.
 */
type Entry = [text: string, settings: number, messages: PlainMessage[], ...stamp: [] | FileStamp];

interface CacheFile {
  format: number;
  version: string;
  /** Hashes of the settings files were linted with, each written once (most runs have one). */
  settings: string[];
  /** Entries by folder, then by file name, so a folder's path is written once. */
  folders: Record<string, Record<string, Entry>>;
}

/** JSON with Infinity kept ("unlimited" limits), so two settings never hash alike by accident. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner) => (typeof inner === 'number' && !Number.isFinite(inner) ? String(inner) : inner));
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

/** The file's stamp, or undefined when it cannot be stat'ed (reading it will say why). */
export function stampOf(path: string): FileStamp | undefined {
  try {
    const stats = statSync(path);
    return stats.isFile() ? [stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino] : undefined;
  } catch {
    return undefined;
  }
}

/** Whether an entry's stamp is this one: an entry without a stamp never matches. */
const sameStamp = (entry: Entry, stamp: FileStamp) => entry.length === 7 && entry[3] === stamp[0] && entry[4] === stamp[1] && entry[5] === stamp[2] && entry[6] === stamp[3];

/** An absolute path (every key is one) as the cache files it: its folder, and its name in that folder. */
function splitPath(path: string): [folder: string, name: string] {
  const cut = path.lastIndexOf(sep);
  return [path.slice(0, cut), path.slice(cut + 1)];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whether a row read from the cache file is one this version writes. A
 * damaged or hand-edited cache must cost a file its cached answer, never
 * crash the run or answer for the wrong settings: anything else is passed
 * over, and left out when the cache is written again.
 */
function isEntry(row: unknown, settingsCount: number): row is Entry {
  if (!Array.isArray(row) || (row.length !== 3 && row.length !== 7)) return false;
  const [text, settings, messages, ...stamp] = row as unknown[];
  return (
    typeof text === 'string' &&
    Number.isInteger(settings) &&
    (settings as number) >= 0 &&
    (settings as number) < settingsCount &&
    Array.isArray(messages) &&
    messages.every((message) => isRecord(message) && typeof message.reason === 'string') &&
    stamp.every((value) => typeof value === 'number')
  );
}

/**
 * The folders of a cache file read from disk, with every row this version
 * could not have written taken out; `dropped` says whether any was.
 */
function validFolders(folders: Record<string, unknown>, settingsCount: number): { folders: Record<string, Record<string, Entry>>; dropped: boolean } {
  let dropped = false;
  for (const [folder, files] of Object.entries(folders)) {
    if (!isRecord(files)) {
      delete folders[folder];
      dropped = true;
      continue;
    }
    for (const [name, row] of Object.entries(files)) {
      if (isEntry(row, settingsCount)) continue;
      delete files[name];
      dropped = true;
    }
  }
  return { folders: folders as Record<string, Record<string, Entry>>, dropped };
}

/** Where `hash` is in a settings table, added at the end if it is not there yet. */
function indexIn(table: string[], hash: string): number {
  const index = table.indexOf(hash);
  return index < 0 ? table.push(hash) - 1 : index;
}

/** Set a key as an own property, even "__proto__" (a file may have any name). */
function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * The stamp to keep for a file, judged when the stamp is taken, just before
 * the file is read: null when the file had only just changed.
 */
export const keepableStamp = (stamp: FileStamp): FileStamp | null => (Date.now() - Math.max(stamp[1], stamp[2]) >= QUIET_MS ? stamp : null);

export class LintCache {
  /** Each LintOptions object's index in the settings table. */
  private readonly settingsIndexes = new WeakMap<object, number>();
  /** Whether any entry changed since the cache was read: a run that changed nothing writes nothing. */
  private changed = false;
  /** The files this run asked about: the entries of others are checked for files since deleted. */
  private readonly seen = new Set<string>();

  private constructor(
    private readonly path: string,
    private readonly version: string,
    private readonly settings: string[],
    private readonly folders: Record<string, Record<string, Entry>>,
  ) {}

  /**
   * Read the cache, or start empty when it is missing, unreadable, of another
   * shape or from another version. A file there that no version of overclaim
   * wrote (a page, notes: a mistyped --cache-location) is refused, not
   * overwritten, and so is a place the cache could not be written to.
   */
  static load(path: string, version: string, shown = path): LintCache {
    checkWritable(path, shown, 'the cache');
    let text: string | undefined;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      // No cache yet: lint everything and write one.
    }
    if (text !== undefined && /\S/.test(text) && !CACHE_OPENING.test(text)) {
      throw new UsageError(`${shown}: not an overclaim cache, so --cache will not overwrite it; give --cache-location another file`);
    }
    try {
      const data = JSON.parse(text ?? '') as Partial<CacheFile>;
      if (data.format === FORMAT && data.version === version && Array.isArray(data.settings) && data.settings.every((hash) => typeof hash === 'string') && isRecord(data.folders)) {
        const { folders, dropped } = validFolders(data.folders, data.settings.length);
        const cache = new LintCache(path, version, data.settings, folders);
        // Written again without the rows passed over.
        cache.changed = dropped;
        return cache;
      }
    } catch {
      // No cache yet, or a damaged one: lint everything and write a fresh one.
    }
    return new LintCache(path, version, [], {});
  }

  private settingsIndex(options: LintOptions): number {
    let index = this.settingsIndexes.get(options);
    if (index === undefined) {
      index = indexIn(this.settings, sha256(stableJson(options)));
      this.settingsIndexes.set(options, index);
    }
    return index;
  }

  private filesIn(folder: string): Record<string, Entry> | undefined {
    return Object.hasOwn(this.folders, folder) ? this.folders[folder] : undefined;
  }

  private entry(key: string): Entry | undefined {
    this.seen.add(key);
    const [folder, name] = splitPath(key);
    const files = this.filesIn(folder);
    return files && Object.hasOwn(files, name) ? files[name] : undefined;
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
    const entry = this.entry(key);
    return entry && sameStamp(entry, stamp) && entry[1] === this.settingsIndex(options) ? entry[2] : undefined;
  }

  /** The cached messages for this text and these settings, if any; a new keepable stamp for the same text is kept for next time. */
  get(key: string, textHash: string, options: LintOptions, stamp: FileStamp | null): PlainMessage[] | undefined {
    const entry = this.entry(key);
    if (!entry || entry[0] !== textHash || entry[1] !== this.settingsIndex(options)) return undefined;
    if (stamp && !sameStamp(entry, stamp)) {
      entry.splice(3, 4, ...stamp);
      this.changed = true;
    }
    return entry[2];
  }

  /** Remember a file's messages, with the keepable stamp taken before its text was read, so a change while reading shows next time. */
  set(key: string, textHash: string, options: LintOptions, stamp: FileStamp | null, messages: PlainMessage[]): void {
    this.seen.add(key);
    const [folder, name] = splitPath(key);
    let files = this.filesIn(folder);
    if (!files) {
      files = {};
      setOwn(this.folders, folder, files);
    }
    setOwn(files, name, [textHash, this.settingsIndex(options), messages, ...(stamp ?? [])]);
    this.changed = true;
  }

  /**
   * Write atomically (temp file, then rename) so a killed run never leaves
   * half a cache. Entries of files that no longer exist are dropped, so a
   * site whose pages are renamed over the years does not carry them all;
   * entries of files this run did not ask about but that still exist stay
   * (a run over one folder keeps the rest of the site's). Settings no entry
   * points to any more are dropped too.
   */
  save(): void {
    if (!this.changed) return;
    const settings: string[] = [];
    const folders: Record<string, Record<string, Entry>> = {};
    for (const [folder, files] of Object.entries(this.folders)) {
      for (const [name, entry] of Object.entries(files)) {
        const key = folder + sep + name;
        if (!this.seen.has(key) && !existsSync(key)) continue;
        if (!Object.hasOwn(folders, folder)) setOwn(folders, folder, {});
        setOwn(folders[folder], name, [entry[0], indexIn(settings, this.settings[entry[1]]), ...entry.slice(2)] as Entry);
      }
    }
    const temporary = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.tmp`);
    writeFileSync(temporary, JSON.stringify({ format: FORMAT, version: this.version, settings, folders } satisfies CacheFile));
    renameSync(temporary, this.path);
  }
}
