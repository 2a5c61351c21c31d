// Memory that stays flat however many files a run lints. Each file's trees
// are garbage once it is linted, but V8 promotes what is in flight at each
// young-generation collection and, when allocation is fast, lets the old
// generation grow to several times its live size before it collects: peak
// memory then grows with the corpus though nothing is kept. Collecting
// whenever the heap has grown by a fixed slack since the last collection
// bounds it at "live + slack", for a few milliseconds per collection.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** How far the heap may grow past what was live at the last collection. */
const SLACK_BYTES = 48 * 1024 * 1024;

/** A full collection, or undefined where the runtime does not allow one. */
function collector(): (() => void) | undefined {
  try {
    // The gc function exists only with --expose-gc; setting that flag now
    // makes it available to contexts created from here on.
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? () => gc() : undefined;
  } catch {
    return undefined;
  }
}

/** Call after each file: collects when the heap has grown by the slack since the last collection. */
export function heapKeeper(): () => void {
  const gc = collector();
  if (!gc) return () => {};
  let limit = getHeapStatistics().used_heap_size + SLACK_BYTES;
  return () => {
    if (getHeapStatistics().used_heap_size < limit) return;
    gc();
    limit = getHeapStatistics().used_heap_size + SLACK_BYTES;
  };
}
