// Memory that stays flat however many files a run lints. Each file's trees
// are garbage once it is linted, but V8 promotes what is in flight at each
// young-generation collection and, when allocation is fast, lets the old
// generation grow to several times its live size before it collects: peak
// memory then grows with the corpus though nothing is kept. So a full
// collection is forced once the heap passes a fixed ceiling, and past that
// whenever it has grown by a small slack since the last one. A slack alone
// (48 MiB) let the peak ride up with the reports a large run keeps: 1.5
// times the 1x peak for 4 times the files. The ceiling held it to 1.14
// times in one bench run, at a price in time on the 4x run (4.4 times the
// 1x time, against 2.8 before).
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const MIB = 1024 * 1024;
/** The heap may grow to this size before any collection is forced... */
const CEILING_BYTES = 80 * MIB;
/** ...and past it, this far beyond what was live at the last collection. */
const SLACK_BYTES = 16 * MIB;

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

/** Call after each file: collects once the heap is past the ceiling and has grown by the slack since the last collection. */
export function heapKeeper(): () => void {
  const gc = collector();
  if (!gc) return () => {};
  const nextLimit = () => Math.max(CEILING_BYTES, getHeapStatistics().used_heap_size + SLACK_BYTES);
  let limit = nextLimit();
  return () => {
    if (getHeapStatistics().used_heap_size < limit) return;
    gc();
    limit = nextLimit();
  };
}
