/**
 * `match()`: exhaustive dispatch on a member's response key.
 *
 * @module
 */

import { StatuslineError } from './errors.ts'
import type { AnyMember } from './result.ts'

/** One handler per response key of `R`, each receiving the members of that key. */
export type MatchHandlers<R extends AnyMember, T> = {
  readonly [K in R['key']]: (member: Extract<R, { readonly key: K }>) => T
}

/**
 * Calls the handler of the member's response key and returns its result. Every key of the union must
 * have a handler, and keys the union does not have are rejected, both at the type level; each handler
 * receives the members of its key, narrowed. The result type is the union of the handlers' results.
 *
 * @example
 * ```ts
 * const text = match(await api.getZoo({ path: { zId: 1 } }), {
 *   200: (m) => m.data.name,
 *   404: (m) => m.error.message,
 *   default: (m) => `failed with ${m.status}`,
 * })
 * ```
 */
export function match<R extends AnyMember, H extends MatchHandlers<R, unknown>>(
  result: R,
  // `NoInfer`: `R` comes from `result` alone, so the handlers are typed from it; the `never` record
  // rejects keys `R` does not have.
  handlers: H & NoInfer<MatchHandlers<R, unknown> & Record<Exclude<keyof H, R['key']>, never>>,
): ReturnType<H[keyof H]> {
  const handler = (handlers as Record<string, ((member: R) => ReturnType<H[keyof H]>) | undefined>)[
    result.key
  ]
  if (!handler) throw new StatuslineError(`[statusline] Failed to match: no handler for key ${result.key}`)
  return handler(result)
}
