/**
 * Sorts disagreements into failures and the one kind this test lists without failing:
 *
 * - `undeclared`: the body has a property that its schema does not declare at that place, which the
 *   types (closed, in openapi-typescript's shape, where `additionalProperties` is absent) call excess.
 *   The body is schema-valid, so the schema admits it: a convention of the types, not a disagreement.
 *   An excess property the schema does declare there is a failure: the type lost it.
 *
 * @module
 */
import type { Disagreement } from './body-diagnostics.ts'

/** The kind of a disagreement; only `failure` fails the test. */
export type DisagreementKind = 'failure' | 'undeclared'

/** The property an excess-property message (its first line) names, unquoted; undefined for other messages. */
function excessName(message: string): string | undefined {
  const first = message.split('\n')[0] ?? ''
  const match =
    /^Object literal may only specify known properties, (?:and|but) '(.*?)' does not exist in type/.exec(
      first,
    )
  if (match === null) return undefined
  const name = match[1] as string
  try {
    return name.startsWith('"') ? (JSON.parse(name) as string) : name
  } catch {
    return name
  }
}

/**
 * The kind of `disagreement`, as the module describes; `declaredAt` gives the property names the body's
 * schema declares for the object at a path (`declared-properties.ts`).
 */
export function kindOf(
  disagreement: Disagreement,
  declaredAt: (segments: readonly (string | number)[]) => ReadonlySet<string>,
): DisagreementKind {
  const excess = excessName(disagreement.fullMessage)
  // The path of an excess-property error ends at the property.
  const parent = disagreement.segments.slice(0, -1)
  if (excess !== undefined && !declaredAt(parent).has(excess)) return 'undeclared'
  return 'failure'
}
