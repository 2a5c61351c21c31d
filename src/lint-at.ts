// Lint text as if it were a given file: with the config and capabilities that
// file would get. Apart from lint.ts so that linting alone (the lint worker,
// lintText) does not load config and capabilities handling.
import { VFile } from 'vfile';
import { fileResolver, type ResolveOptions } from './engine.js';
import { lintFile } from './lint.js';

/** Lint `text` as the file at `filePath`, with that file's config and capabilities. Throws FileProblemsError. */
export function lintAt(text: string, filePath: string, options: ResolveOptions = {}): VFile {
  const { options: lintOptions } = fileResolver(options)(filePath);
  return lintFile(new VFile({ value: text, path: filePath }), lintOptions);
}
