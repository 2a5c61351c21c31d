// --cache: remember each file's messages by a hash of its text, of the
// settings it was linted with, and of overclaim's version, so an unchanged
// file is not linted again. A cache from another version is ignored whole.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import type { LintOptions } from '../lint.js';
import type { PlainMessage } from '../report/transfer.js';

interface CacheFile {
  version: string;
  entries: Record<string, { hash: string; messages: PlainMessage[] }>;
}

/** JSON with Infinity kept ("unlimited" limits), so two settings never hash alike by accident. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner) => (typeof inner === 'number' && !Number.isFinite(inner) ? String(inner) : inner));
}

export class LintCache {
  private readonly entries: CacheFile['entries'];
  private readonly settingsHashes = new WeakMap<object, string>();
  /** Whether any entry changed since the cache was read: a run that changed nothing writes nothing. */
  private changed = false;

  private constructor(
    private readonly path: string,
    private readonly version: string,
    entries: CacheFile['entries'],
  ) {
    this.entries = entries;
  }

  /** Read the cache, or start empty when it is missing, unreadable or from another version. */
  static load(path: string, version: string): LintCache {
    try {
      const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<CacheFile>;
      if (data.version === version && data.entries && typeof data.entries === 'object') return new LintCache(path, version, data.entries);
    } catch {
      // No cache yet, or a damaged one: lint everything and write a fresh one.
    }
    return new LintCache(path, version, {});
  }

  /** The hash a file's entry must match: its text, its settings, this version. */
  hash(text: string, options: LintOptions): string {
    let settings = this.settingsHashes.get(options);
    if (!settings) {
      settings = createHash('sha256').update(stableJson(options)).digest('hex');
      this.settingsHashes.set(options, settings);
    }
    return createHash('sha256').update(this.version).update('\0').update(settings).update('\0').update(text).digest('hex');
  }

  get(key: string, hash: string): PlainMessage[] | undefined {
    const entry = this.entries[key];
    return entry?.hash === hash ? entry.messages : undefined;
  }

  set(key: string, hash: string, messages: PlainMessage[]): void {
    this.entries[key] = { hash, messages };
    this.changed = true;
  }

  /** Write atomically (temp file, then rename) so a killed run never leaves half a cache. */
  save(): void {
    if (!this.changed) return;
    const temporary = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.tmp`);
    writeFileSync(temporary, JSON.stringify({ version: this.version, entries: this.entries } satisfies CacheFile));
    renameSync(temporary, this.path);
  }
}
