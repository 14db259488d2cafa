/**
 * Sorts disagreements into failures and the two kinds this test lists without failing:
 *
 * - `writeOnly`: a response leaves out a `writeOnly` property (OAS 3.0.3 §4.7.24: it MAY be sent in
 *   requests only), so a type that keeps it required rejects the mock's body. How the types treat
 *   readOnly/writeOnly is being changed elsewhere; until then these are counted, not failed.
 * - `undeclared`: the body has a property that its schema does not declare at that place, which the
 *   types (closed, in openapi-typescript's shape, where `additionalProperties` is absent) call excess.
 *   The body is schema-valid, so the schema admits it: a convention of the types, not a disagreement.
 *   An excess property the schema does declare there is a failure: the type lost it.
 *
 * @module
 */
import type { MockData } from '@statusline/mock'
import type { Disagreement } from './body-diagnostics.ts'

/** The kind of a disagreement; only `failure` fails the test. */
export type DisagreementKind = 'failure' | 'writeOnly' | 'undeclared'

/** Names of every property declared `writeOnly: true` anywhere in the document's schemas. */
export function writeOnlyNames(data: MockData): Set<string> {
  const writeOnly = new Set<string>()
  const seen = new Set<unknown>()
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return
    seen.add(node)
    const record = node as Record<string, unknown>
    const declared = record.properties
    if (typeof declared === 'object' && declared !== null && !Array.isArray(declared)) {
      for (const [name, schema] of Object.entries(declared))
        if ((schema as { writeOnly?: unknown } | null)?.writeOnly === true) writeOnly.add(name)
    }
    for (const value of Object.values(record)) visit(value)
  }
  visit(data.components)
  visit(data.operations)
  return writeOnly
}

/** The property names a compiler message says are missing. */
function missingNames(message: string): string[] {
  const names = [...message.matchAll(/Property '([^']+)' is missing in type/g)].map((m) => m[1] as string)
  for (const m of message.matchAll(/is missing the following properties from type '[^']*': ([^\n]+)/g))
    names.push(
      ...(m[1] as string)
        .replace(/,? and \d+ more\.?$/, '')
        .replace(/\.$/, '')
        .split(', '),
    )
  return names
}

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
  writeOnly: ReadonlySet<string>,
  declaredAt: (segments: readonly (string | number)[]) => ReadonlySet<string>,
): DisagreementKind {
  const missing = missingNames(disagreement.fullMessage)
  if (missing.length > 0 && missing.every((name) => writeOnly.has(name))) return 'writeOnly'
  const excess = excessName(disagreement.fullMessage)
  // The path of an excess-property error ends at the property.
  const parent = disagreement.segments.slice(0, -1)
  if (excess !== undefined && !declaredAt(parent).has(excess)) return 'undeclared'
  return 'failure'
}
