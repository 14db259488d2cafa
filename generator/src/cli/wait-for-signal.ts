/**
 * Waits for Ctrl+C (SIGINT) or SIGTERM, for the long-running commands (`mock`, `generate --watch`).
 *
 * @module
 */

/** Resolves with the signal's name on the first SIGINT or SIGTERM, or when `abort` fires. */
export function waitForSignal(abort?: AbortSignal): Promise<string> {
  return new Promise((resolve) => {
    const done = (name: string) => {
      process.off('SIGINT', onInt)
      process.off('SIGTERM', onTerm)
      abort?.removeEventListener('abort', onAbort)
      resolve(name)
    }
    const onInt = () => done('SIGINT')
    const onTerm = () => done('SIGTERM')
    const onAbort = () => done('abort')
    process.on('SIGINT', onInt)
    process.on('SIGTERM', onTerm)
    if (abort?.aborted === true) done('abort')
    else abort?.addEventListener('abort', onAbort)
  })
}
