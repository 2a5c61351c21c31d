// overclaim as a unified plugin, for any retext pipeline (or remark/rehype
// through remark-retext / rehype-retext): messages land on the file like
// retext-intensify's or retext-equality's.
import type { Root as NlcstRoot } from 'nlcst';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { Capabilities } from './capabilities/types.js';
import { checkTree, type CheckOptions } from './check/index.js';

export type RetextOverclaimOptions = Omit<CheckOptions, 'directives' | 'capabilities'> & {
  /** Declared capabilities (see loadCapabilities); without them every objective promise is unsubstantiated. */
  capabilities?: Capabilities;
};

const retextOverclaim: Plugin<[RetextOverclaimOptions?], NlcstRoot> = function (options = {}) {
  return (tree: NlcstRoot, file: VFile) => {
    checkTree(tree, file, options);
  };
};

export default retextOverclaim;
