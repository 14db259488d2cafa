/**
 * `oneOf`, `anyOf` and `not` (JSON Schema 2020-12 Core §10.2.1), and the OpenAPI `discriminator`
 * (OAS 3.0.3 §4.7.25): a branch is drawn, merged with the schema's other keywords, and kept when the
 * value validates against the whole schema — for `oneOf`, against exactly one branch.
 *
 * @module
 */

import { type DISCRIMINATED, OAS_DISCRIMINATOR, tagsOf } from '../validate/discriminator.ts'
import { isRecord } from '../validate/keywords.ts'
import type { NormalizedSchema } from '../validate/walk.ts'
import { addIssue, type Frame, type Gen, hopFrame, isDeep, type Schema } from './context.ts'
import { mergeAllOf } from './merge.ts'
import { refOf, resolveRef } from './refs.ts'

/** A discriminator: the tag property and, optionally, tag value → schema ref. */
export interface Discriminator {
  readonly propertyName: string
  readonly mapping?: Readonly<Record<string, string>>
}

/** The keywords holding branches: `oneOf`, `anyOf`, and the branches of a rewritten discriminator. */
export type BranchKey = 'oneOf' | 'anyOf' | typeof DISCRIMINATED

const NOT_ATTEMPTS = 4
const branchCache = new WeakMap<object, Map<string, NormalizedSchema>>()
const withoutNotCache = new WeakMap<object, Schema>()

/** The schema's discriminator (enforced by ajv or kept as an annotation), if any. */
export function discriminatorOf(schema: Schema): Discriminator | undefined {
  const d = schema.discriminator ?? schema[OAS_DISCRIMINATOR]
  return isRecord(d) && typeof d.propertyName === 'string' ? (d as unknown as Discriminator) : undefined
}

/** Draws a value from one branch of `schema[key]` that validates against the whole schema. */
export function generateBranch(g: Gen, schema: Schema, key: BranchKey, frame: Frame): unknown {
  const branches = schema[key] as NormalizedSchema[]
  const discriminator = discriminatorOf(schema)
  const check = key !== 'anyOf' || discriminator !== undefined
  let first: { value: unknown } | undefined
  const order = branchOrder(g, branches, frame)
  // Two passes: a branch whose first value also matched another branch gets a second draw.
  for (const index of check ? [...order, ...order] : order) {
    const branch = branches[index] as NormalizedSchema
    const effective = branchSchema(g, schema, key, index)
    const raw = g.generate(effective, hopFrame(frame))
    const value =
      discriminator === undefined
        ? raw
        : tagged(g, schema, discriminator, tagOf(discriminator, refOf(branch)), raw)
    const candidates = value === raw ? [raw] : [value, raw]
    // An object with every optional property can match several branches; with only its required
    // ones (and the tag), it matches the branch it was drawn from more often than not.
    if (key !== 'anyOf' && isRecord(value))
      candidates.push(requiredOnly(g, effective, value, discriminator?.propertyName))
    // anyOf is checked only when the branch was merged with other keywords (they may conflict).
    const mustCheck = check || effective !== branch
    for (const candidate of candidates) if (!mustCheck || g.valid(schema, candidate)) return candidate
    first ??= { value: candidates[0] }
  }
  addIssue(g, frame, key, `no branch of ${key} gave a value that validates`)
  return first?.value
}

/** Draws a value for a schema with `not`: the rest of the schema, retried until `not` holds. */
export function generateNot(g: Gen, schema: Schema, frame: Frame): unknown {
  let rest = withoutNotCache.get(schema)
  if (rest === undefined) {
    rest = g.normalizer.adopt(Object.fromEntries(Object.entries(schema).filter(([k]) => k !== 'not')))
    withoutNotCache.set(schema, rest)
  }
  let value: unknown
  for (let attempt = 0; attempt < NOT_ATTEMPTS; attempt++) {
    value = g.generate(rest, hopFrame(frame))
    if (g.valid(schema, value)) return value
  }
  addIssue(g, frame, 'not', 'could not draw a value outside the `not` schema')
  return value
}

/**
 * The tag value of a branch: the `mapping` key that points to it, else its schema name (OAS: the
 * name of the schema is the implicit tag value).
 */
export function tagOf(discriminator: Discriminator, ref: string | undefined): string | undefined {
  return ref === undefined ? undefined : tagsOf(discriminator as unknown as Record<string, unknown>, ref)[0]
}

/** `value` with its discriminator property set to `tag`, when the property's schema accepts it. */
export function tagged(
  g: Gen,
  schema: Schema,
  d: Discriminator,
  tag: string | undefined,
  value: unknown,
): unknown {
  if (tag === undefined || !isRecord(value) || value[d.propertyName] === tag) return value
  const property = isRecord(schema.properties) ? schema.properties[d.propertyName] : undefined
  if (property !== undefined && !g.valid(property as NormalizedSchema, tag)) return value
  return { ...value, [d.propertyName]: tag }
}

/** `value` without the properties its schema does not require. */
function requiredOnly(
  g: Gen,
  schema: NormalizedSchema,
  value: Record<string, unknown>,
  tag: string | undefined,
): Record<string, unknown> {
  let node = schema
  for (let hops = 0; hops < 8 && isRecord(node) && typeof node.$ref === 'string'; hops++)
    node = resolveRef(g, node.$ref)
  if (isRecord(node) && Array.isArray(node.allOf)) node = mergeAllOf(g, node)
  const required = isRecord(node) && Array.isArray(node.required) ? (node.required as string[]) : []
  return Object.fromEntries(Object.entries(value).filter(([k]) => required.includes(k) || k === tag))
}

/** The schema of branch `index`: the branch merged with the parent's other keywords (cached). */
function branchSchema(g: Gen, schema: Schema, key: string, index: number): NormalizedSchema {
  let perSchema = branchCache.get(schema)
  if (perSchema === undefined) {
    perSchema = new Map()
    branchCache.set(schema, perSchema)
  }
  const id = `${key}/${index}`
  const hit = perSchema.get(id)
  if (hit !== undefined) return hit
  const branch = (schema[key] as NormalizedSchema[])[index] as NormalizedSchema
  const rest: Schema = {}
  for (const [k, v] of Object.entries(schema)) {
    if (![key, 'examples', 'default', 'discriminator', OAS_DISCRIMINATOR, 'description', 'title'].includes(k))
      rest[k] = v
  }
  const out =
    Object.keys(rest).length === 0 ? branch : mergeAllOf(g, g.normalizer.adopt({ allOf: [rest, branch] }))
  perSchema.set(id, out)
  return out
}

/** Branch indices in the order to try: shuffled; past the depth limit, the cheapest first. */
function branchOrder(g: Gen, branches: readonly NormalizedSchema[], frame: Frame): number[] {
  const indices = branches.map((_, i) => i)
  if (isDeep(g, frame)) return indices.sort((a, b) => cost(g, branches[a]) - cost(g, branches[b]))
  const order = g.faker.helpers.shuffle(indices)
  const nulls = order.filter((i) => cost(g, branches[i]) === 0)
  if (nulls.length === 0 || nulls.length === order.length) return order
  const others = order.filter((i) => !nulls.includes(i))
  return g.faker.datatype.boolean({ probability: 0.1 }) ? [...nulls, ...others] : [...others, ...nulls]
}

/** How deep a branch is likely to go: 0 for null, 1 for scalars, 2 for arrays, 3–4 for objects. */
function cost(g: Gen, branch: NormalizedSchema | undefined): number {
  const schema = isRecord(branch) && typeof branch.$ref === 'string' ? resolveRef(g, branch.$ref) : branch
  if (!isRecord(schema)) return 1
  const type = schema.type
  if (type === 'null') return 0
  if (type === 'string' || type === 'number' || type === 'integer' || type === 'boolean' || 'enum' in schema)
    return 1
  if (type === 'array') return 2
  if (type === 'object' && !Array.isArray(schema.required)) return 3
  return 4
}
