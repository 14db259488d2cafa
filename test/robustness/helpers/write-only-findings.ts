/**
 * Which disagreements come from `writeOnly`: a response leaves out a `writeOnly` property (OAS 3.0.3
 * §4.7.24: it MAY be sent in requests only), so a type that keeps it required rejects the mock's body.
 * How the types treat readOnly/writeOnly is being changed elsewhere; until then these are counted and
 * reported apart instead of failing.
 *
 * @module
 */
import type { MockData } from '@statusline/mock'
import type { Disagreement } from './body-diagnostics.ts'

/** Names of every property declared `writeOnly: true` anywhere in the document's schemas. */
export function writeOnlyNames(data: MockData): Set<string> {
  const names = new Set<string>()
  const seen = new Set<unknown>()
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return
    seen.add(node)
    const record = node as Record<string, unknown>
    const properties = record.properties
    if (typeof properties === 'object' && properties !== null)
      for (const [name, schema] of Object.entries(properties))
        if (
          typeof schema === 'object' &&
          schema !== null &&
          (schema as { writeOnly?: unknown }).writeOnly === true
        )
          names.add(name)
    for (const value of Object.values(record)) visit(value)
  }
  visit(data.components)
  visit(data.operations)
  return names
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

/** Whether every property the message calls missing is a `writeOnly` one (and it names at least one). */
export function isWriteOnlyFinding(disagreement: Disagreement, names: ReadonlySet<string>): boolean {
  const missing = missingNames(disagreement.fullMessage)
  return missing.length > 0 && missing.every((name) => names.has(name))
}
