// Find the nearest of some file names in a folder or its parents, caching
// per folder (including every folder passed on the way up).
import { statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';

export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export class FileFinder {
  private readonly found = new Map<string, string | undefined>();

  /** `names` in order of preference within one folder; `accept` can refuse a file that exists. */
  constructor(
    private readonly names: readonly string[],
    private readonly accept: (path: string) => boolean = () => true,
  ) {}

  find(startDir: string): string | undefined {
    // An absolute folder asked about before, as given: no path work (a run
    // asks once per file). A relative one is resolved each time: the working
    // folder may have changed since.
    if (isAbsolute(startDir) && this.found.has(startDir)) return this.found.get(startDir);
    const visited: string[] = [];
    let dir = resolve(startDir);
    let result: string | undefined;
    for (;;) {
      if (this.found.has(dir)) {
        result = this.found.get(dir);
        break;
      }
      visited.push(dir);
      result = this.names.map((name) => join(dir, name)).find((path) => isFile(path) && this.accept(path));
      if (result) break;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    for (const folder of visited) this.found.set(folder, result);
    if (isAbsolute(startDir)) this.found.set(startDir, result);
    return result;
  }

  clear(): void {
    this.found.clear();
  }
}
