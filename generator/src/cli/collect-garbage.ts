/**
 * One full garbage collection, for `statusline mock` once a spec has become mock data. The spec's text and
 * what reading, bundling and modelling it allocated on the way are garbage by then (GitHub's 13 MB
 * description: a heap of ≈65 MB of which the mock keeps ≈28 MB, the parsed document and its model, from
 * which bodies are converted as requests need them), but V8 holds on to that memory until its next full
 * collection, which a server waiting for requests may not reach for a long time. Collecting once returns
 * it to the system for ≈20–80 ms.
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
