// Which files a folder walk takes for copy. Kept apart from the rest of the
// command line, with no dependency but fdir, so that the benchmark's floor
// script (scripts/floor.mjs) lists a corpus exactly the way `overclaim <dir>`
// does, at the same cost.
import { basename, extname } from 'node:path';
import { fdir, type FSLike } from 'fdir';
import { EXTENSIONS } from '../parse/formats.js';

export const LINTABLE = Object.values(EXTENSIONS).flat();
const LINTABLE_EXTENSIONS: ReadonlySet<string> = new Set(LINTABLE);

/** Never copy, and walking them is slow. */
export const ALWAYS_SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git']);

/** Whether a folder walk takes this file for copy: a lintable extension, not hidden. */
function isCopyFile(path: string): boolean {
  const name = basename(path);
  return LINTABLE_EXTENSIONS.has(extname(name)) && !name.startsWith('.');
}

/**
 * The copy files under a folder, as absolute paths, sorted: none hidden or
 * under a hidden folder, none under node_modules or .git, no symbolic link
 * (a link to a parent would loop). `fs` lets a caller see the folders that
 * could not be read (fdir passes them over in silence).
 */
export function walkCopyFolder(folder: string, fs?: FSLike): string[] {
  return new fdir({ excludeSymlinks: true, fs })
    .withFullPaths()
    .exclude((name) => name.startsWith('.') || ALWAYS_SKIPPED_FOLDERS.has(name))
    .filter(isCopyFile)
    .crawl(folder)
    .sync()
    .sort();
}
