/**
 * `additionalProperties: false` and compositions, as vendors write them: a schema closed by
 * `additionalProperties: false` sees only the properties declared beside it, never those of its
 * `allOf`/`anyOf`/`oneOf` members, so as written
 * - `{ additionalProperties: false, allOf: [{ $ref: Page }] }` refuses every property of `Page`, and
 * - `{ allOf: [{ $ref: Closed }, { properties: { extra } }] }` refuses `extra` (and so accepts nothing
 *   when `extra` is required);
 *
 * both accept nothing when a refused property is required. Documents mean one object closed over all the
 * properties its parts declare (Azure's, codat's and ShipEngine's do it dozens of times), and are read
 * so, with a warning at the schema. An `additionalProperties` schema (Azure's `DirectoryObject` takes
 * `{ type: object }`) is read the same way: it constrains the properties no part declares.
 *
 * @module
 */

import { DISCRIMINATED, schemaNameOf, settleDiscriminator } from './discriminator.ts'
import { isRecord, setOwn } from './keywords.ts'
import { type NormalizedSchema, type Walk, warn } from './walk-state.ts'

/** The keywords that compose a schema of others. */
export const COMPOSITIONS = ['allOf', 'anyOf', 'oneOf'] as const

/** Where composed members are found: the compositions, and the branches a discriminator moved. */
const MEMBER_KEYS = [...COMPOSITIONS, DISCRIMINATED] as const

/** A schema with an `allOf`, or with `additionalProperties: false` beside a composition, and where it was met. */
export interface Composition {
  readonly node: Record<string, unknown>
  readonly walk: Walk
  readonly at: readonly string[]
}

/** Whether an `additionalProperties` value constrains anything: `false`, or a schema other than `{}`. */
const constrains = (additional: unknown): boolean =>
  additional === false || (isRecord(additional) && Object.keys(additional).length > 0)

/** Whether a normalised schema needs {@link settleComposition}. */
export const isComposition = (node: Record<string, unknown>): boolean =>
  'allOf' in node || (constrains(node.additionalProperties) && COMPOSITIONS.some((key) => key in node))

/** How a warning names an `additionalProperties` value, and what it does to the properties it meets. */
const described = (additional: unknown): [keyword: string, verb: string] =>
  additional === false
    ? ['additionalProperties: false', 'refuses']
    : [`additionalProperties ${JSON.stringify(additional)}`, 'constrains']

/** Resolves canonical refs of the normalised root. */
type Lookup = (ref: string) => NormalizedSchema | undefined

/** The names of the properties `schema` declares, beside it and in its members (through refs). */
function declaredProperties(schema: unknown, lookup: Lookup): Set<string> {
  const declared = new Set<string>()
  const seen = new Set<object>()
  const collect = (node: unknown): void => {
    if (!isRecord(node) || seen.has(node)) return
    seen.add(node)
    if (typeof node.$ref === 'string') collect(lookup(node.$ref))
    if (isRecord(node.properties)) for (const name of Object.keys(node.properties)) declared.add(name)
    for (const key of MEMBER_KEYS)
      if (Array.isArray(node[key])) for (const member of node[key]) collect(member)
  }
  collect(schema)
  return declared
}

/** What an `allOf` member is: itself, or what its `$ref` points to. */
function targetOf(member: unknown, lookup: Lookup): Record<string, unknown> | undefined {
  const target = isRecord(member) && typeof member.$ref === 'string' ? lookup(member.$ref) : member
  return isRecord(target) ? target : undefined
}

/**
 * Opens the `allOf` members of `node` whose `additionalProperties` (`false`, or a schema such as Azure's
 * `{ type: object }`) meets properties the node or its other members declare (each becomes a copy
 * without it; components stay as they are for other uses), moves that `additionalProperties` to `node`
 * when it sets none, and declares beside a node so constrained (as `{}`) the properties its members
 * declare. `adopt` marks the copies as normalised.
 */
export function settleComposition(
  entry: Composition,
  lookup: Lookup,
  adopt: <T extends object>(schema: T) => T,
): void {
  const { node } = entry
  const changes: string[] = []
  const members = Array.isArray(node.allOf) ? (node.allOf as unknown[]) : []
  if (members.length > 0) {
    const allowed = declaredProperties(node, lookup)
    const closings: unknown[] = []
    members.forEach((member, index) => {
      const target = targetOf(member, lookup)
      if (target === undefined || !constrains(target.additionalProperties)) return
      const own = declaredProperties(target, lookup)
      if ([...allowed].every((name) => own.has(name))) return
      // The copy must carry the discriminator as settled, not as written (ajv refuses a `mapping`).
      settleDiscriminator(target, lookup)
      const { additionalProperties: _closed, ...opened } = target
      const ref = isRecord(member) && typeof member.$ref === 'string' ? member.$ref : undefined
      // A `$ref` with siblings (OpenAPI 3.1) keeps them beside the opened copy.
      const { $ref: _ref, ...siblings } = isRecord(member) ? member : {}
      members[index] =
        ref === undefined || Object.keys(siblings).length === 0
          ? adopt(opened)
          : adopt({ ...siblings, allOf: [adopt(opened)] })
      changes.push(ref === undefined ? `allOf/${index}` : (schemaNameOf(ref) ?? ref))
      closings.push(target.additionalProperties)
    })
    // The parts' closing moves to the node: `false` if one closes, else the first schema.
    if (closings.length > 0) node.additionalProperties ??= closings.includes(false) ? false : closings[0]
  }
  if (!constrains(node.additionalProperties)) return
  const own = isRecord(node.properties) ? node.properties : {}
  const missing = [
    ...declaredProperties({ allOf: MEMBER_KEYS.flatMap((key) => node[key] ?? []) }, lookup),
  ].filter((name) => !Object.hasOwn(own, name))
  if (missing.length === 0 && changes.length === 0) return
  for (const name of missing) setOwn(own, name, adopt({}))
  node.properties = own
  const shown = missing.length > 5 ? `${missing.slice(0, 5).join(', ')}, …` : missing.join(', ')
  const parts = COMPOSITIONS.filter((key) => key in node).join(', ')
  const [keyword, verb] = described(node.additionalProperties)
  warn(
    entry.walk,
    entry.at,
    changes.length > 0
      ? `${keyword} of ${changes.join(', ')} ${verb} properties the other parts of this allOf declare; read as applying to the properties none of its parts declare`
      : `${keyword} ${verb} the ${missing.length} properties its ${parts} declare (${shown}); read as applying to the others`,
  )
}
