/**
 * The OpenAPI `discriminator` (OAS 3.0.3 §4.7.25, 3.1.0 §4.8.25) in validation. ajv's own
 * `discriminator` keyword covers tags declared with `const`/`enum` and no `mapping`; the usual OpenAPI
 * forms (a `mapping`, or schema names as implicit tag values) are rewritten: the branches move to
 * {@link DISCRIMINATED}, which validates like ajv's keyword — the tag picks the branch, which must
 * match — instead of demanding that exactly one branch match (overlapping `allOf` subtypes never do).
 *
 * @module
 */

import type { MacroKeywordDefinition } from 'ajv'
import { isRecord } from './keywords.ts'
import { canonicalRef, parseFragment, ROOT_ID } from './pointer.ts'
import type { NormalizedSchema } from './walk.ts'

/** Where a discriminator ajv cannot enforce is kept (an annotation for ajv; the sampler reads it). */
export const OAS_DISCRIMINATOR = 'x-statusline-discriminator'

/** Where the `oneOf`/`anyOf` branches of a rewritten discriminator go; validated by {@link discriminatedKeyword}. */
export const DISCRIMINATED = 'x-statusline-discriminated'

/** The `components.schemas` name a ref points to (`…/schemas/Pet~1Cat` → `Pet/Cat`), if it points to one. */
export function schemaNameOf(ref: string): string | undefined {
  const tokens = parseFragment(ref)
  if (tokens?.length === 3 && tokens[0] === 'components' && tokens[1] === 'schemas') return tokens[2]
  return undefined
}

/** The canonical ref of a `mapping` value: a ref (`#/components/schemas/Cat`) or a bare schema name (`Cat`). */
export function mappingRef(value: string): string {
  if (value.startsWith('#') || value.startsWith(`${ROOT_ID}#`))
    return canonicalRef(parseFragment(value) ?? [])
  return canonicalRef(['components', 'schemas', value])
}

/**
 * The tag values that select the branch at `ref`: the mapping keys pointing to it, else its schema name
 * (the implicit value, OAS 3.1 §4.8.25.2.1). That fallback is for schemas the generator did not write
 * (`createValidator`, `createSampler` and `createMock` take any document): generated mock data has
 * every implicit value written into its mappings already (the generator's `model/explicit-mappings.ts`),
 * which its types read too, so for it the mapping alone decides.
 */
export function tagsOf(discriminator: Record<string, unknown>, ref: string): string[] {
  const tags: string[] = []
  const mapping = isRecord(discriminator.mapping) ? discriminator.mapping : {}
  for (const [tag, target] of Object.entries(mapping))
    if (typeof target === 'string' && mappingRef(target) === ref) tags.push(tag)
  if (tags.length > 0) return tags
  const name = schemaNameOf(ref)
  return name === undefined || Object.hasOwn(mapping, name) ? [] : [name]
}

/**
 * Settles a node's `discriminator` once its refs resolve: kept when ajv can enforce it; its branches
 * moved to {@link DISCRIMINATED} when they are all refs (so tags are known); else an annotation.
 */
export function settleDiscriminator(
  node: Record<string, unknown>,
  resolve: (ref: string) => NormalizedSchema | undefined,
): void {
  if (DISCRIMINATED in node || OAS_DISCRIMINATOR in node) return
  if (!('discriminator' in node)) {
    const inherited = inheritedDiscriminator(node, resolve)
    if (inherited === undefined) return
    node.discriminator = inherited
  }
  if (ajvSupportsDiscriminator(node, resolve)) return
  const key = Array.isArray(node.oneOf) ? 'oneOf' : Array.isArray(node.anyOf) ? 'anyOf' : undefined
  const branches = key === undefined ? undefined : (node[key] as unknown[])
  if (key !== undefined && branches?.every((b) => isRecord(b) && typeof b.$ref === 'string')) {
    node[DISCRIMINATED] = branches
    delete node[key]
  }
  node[OAS_DISCRIMINATOR] = node.discriminator
  delete node.discriminator
}

/** The discriminator a schema declares (or declared, before it was settled), if any. */
function declaredDiscriminator(schema: Record<string, unknown>): Record<string, unknown> | undefined {
  const d = schema.discriminator ?? schema[OAS_DISCRIMINATOR]
  return isRecord(d) && typeof d.propertyName === 'string' ? d : undefined
}

/**
 * The discriminator every branch of a `oneOf`/`anyOf` inherits through `allOf` from one parent (OAS
 * 3.0.3 §4.7.25.3: `Cat` and `Dog` are `allOf: [Pet, …]` and `Pet` declares the discriminator), when
 * the union itself declares none: `oneOf: [Cat, Dog]` of open objects would otherwise never match
 * exactly one branch. `undefined` unless every branch is a `$ref` with the same inherited discriminator.
 */
function inheritedDiscriminator(
  node: Record<string, unknown>,
  resolve: (ref: string) => NormalizedSchema | undefined,
): Record<string, unknown> | undefined {
  const branches = Array.isArray(node.oneOf) ? node.oneOf : Array.isArray(node.anyOf) ? node.anyOf : []
  let found: Record<string, unknown> | undefined
  for (const branch of branches) {
    if (!isRecord(branch) || typeof branch.$ref !== 'string') return undefined
    const target = resolve(branch.$ref)
    if (!isRecord(target) || !Array.isArray(target.allOf)) return undefined
    const parents = target.allOf
      .map((part) => (isRecord(part) && typeof part.$ref === 'string' ? resolve(part.$ref) : undefined))
      .filter(isRecord)
      .map(declaredDiscriminator)
      .filter((d) => d !== undefined)
    const [parent] = parents
    if (parents.length !== 1 || parent === undefined) return undefined
    if (found !== undefined && found !== parent) return undefined
    found = parent
  }
  if (found === undefined) return undefined
  return isRecord(found.mapping)
    ? { propertyName: found.propertyName, mapping: found.mapping }
    : { propertyName: found.propertyName }
}

/** The ajv keyword of {@link DISCRIMINATED}: the tag must be known, and the branch it selects must match. */
export const discriminatedKeyword: MacroKeywordDefinition = {
  keyword: DISCRIMINATED,
  macro: (branches: unknown, parent: Record<string, unknown>) => {
    const d = parent[OAS_DISCRIMINATOR] as Record<string, unknown>
    const tag = d.propertyName as string
    const selectors = (branches as { $ref: string }[]).flatMap((branch) =>
      tagsOf(d, branch.$ref).map((value) => ({ value, branch })),
    )
    return {
      type: 'object',
      required: [tag],
      properties: { [tag]: { enum: selectors.map((s) => s.value) } },
      allOf: selectors.map(({ value, branch }) => ({
        if: { properties: { [tag]: { const: value } } },
        // biome-ignore lint/suspicious/noThenProperty: the JSON Schema keyword `then`
        then: branch,
      })),
    }
  },
}

/**
 * Whether ajv's `discriminator` keyword can enforce this discriminator: `oneOf` branches whose tag
 * property has a string `const` or `enum`, is required, and no `mapping`.
 */
function ajvSupportsDiscriminator(
  node: Record<string, unknown>,
  resolve: (ref: string) => NormalizedSchema | undefined,
): boolean {
  const d = node.discriminator
  if (!isRecord(d) || d.mapping !== undefined || typeof d.propertyName !== 'string') return false
  const tag = d.propertyName
  if (!Array.isArray(node.oneOf)) return false
  const topRequired = Array.isArray(node.required) && node.required.includes(tag)
  const seen = new Set<unknown>()
  for (const raw of node.oneOf) {
    const branch = isRecord(raw) && typeof raw.$ref === 'string' ? resolve(raw.$ref) : raw
    if (!isRecord(branch)) return false
    const prop = isRecord(branch.properties) ? branch.properties[tag] : undefined
    if (!isRecord(prop) || '$ref' in prop) return false
    const values = typeof prop.const === 'string' ? [prop.const] : Array.isArray(prop.enum) ? prop.enum : []
    if (values.length === 0) return false
    for (const v of values) {
      if (typeof v !== 'string' || seen.has(v)) return false
      seen.add(v)
    }
    if (!topRequired && !(Array.isArray(branch.required) && branch.required.includes(tag))) return false
  }
  return true
}
