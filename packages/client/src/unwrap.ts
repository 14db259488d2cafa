/**
 * `unwrap()`: the data of a 2xx member, or a thrown `StatusError` carrying the member.
 *
 * @module
 */

import { StatusError } from './errors.ts'
import type { AnyMember, DataOf } from './result.ts'

/**
 * Returns the member's `data` when it is 2xx; otherwise throws a `StatusError` whose `.result` is the
 * member. Accepts the call's promise too, and then returns a promise.
 *
 * @example
 * ```ts
 * const zoo = await unwrap(api.getZoo({ path: { zId: 1 } }))   // Zoo, or throws StatusError
 * ```
 */
export function unwrap<R extends AnyMember>(result: Promise<R>): Promise<DataOf<R>>
export function unwrap<R extends AnyMember>(result: R): DataOf<R>
export function unwrap<R extends AnyMember>(result: R | Promise<R>): DataOf<R> | Promise<DataOf<R>> {
  if (result instanceof Promise) return result.then((member) => unwrap(member))
  if (result.ok) return result.data
  throw new StatusError(
    `[statusline] Failed to unwrap: ${result.response.url || 'the request'} answered ${result.status}`,
    result,
  )
}
