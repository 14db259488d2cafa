/**
 * One full garbage collection, for `statusline mock` once a spec has become mock data. The spec's text and
 * parsed document are garbage by then (≈40 MB for GitHub's 13 MB description, ~5 times what the mock
 * keeps), but V8 holds on to that memory until its next full collection, which a server waiting for
 * requests may not reach for a long time. Collecting once returns it to the system (GitHub: resident
 * memory ≈195 → ≈160 MB) for ≈20–80 ms.
 *
 * @module
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

let gc: (() => void) | undefined

/** Runs a full, synchronous garbage collection. */
export function collectGarbage(): void {
  if (gc === undefined) {
    // `gc` is only given to contexts created while `--expose-gc` is set: set it, take it, unset it.
    setFlagsFromString('--expose-gc')
    gc = runInNewContext('gc') as () => void
    setFlagsFromString('--no-expose-gc')
  }
  gc()
}
