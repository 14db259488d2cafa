/**
 * Runs an async task one at a time: a trigger while it runs is remembered, and the task runs once more
 * when it ends (however many triggers came). Watch mode uses it so that saves arriving while a spec is
 * regenerated or reloaded neither overlap (two runs writing the same output) nor report twice.
 *
 * @module
 */

/**
 * Wraps `task` into a trigger that never runs it concurrently; triggers during a run coalesce into one
 * more run after it. `task` must not reject (it reports its own failures).
 *
 * @example
 * const regenerate = oneAtATime(async () => { await generate() })
 * watchFiles(files, regenerate)
 */
export function oneAtATime(task: () => Promise<void>): () => void {
  let running = false
  let again = false
  const trigger = (): void => {
    if (running) {
      again = true
      return
    }
    running = true
    void task().finally(() => {
      running = false
      if (again) {
        again = false
        trigger()
      }
    })
  }
  return trigger
}
