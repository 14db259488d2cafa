/**
 * Where a schema `$ref` (OpenAPI 3.1 §4.8.23, Reference Object; JSON Schema 2020-12 Core §8.2.3.1) leads,
 * with alias chains collapsed: a schema that is nothing but a reference (`A: { $ref: B }`, or a single
 * `allOf`/`oneOf`/`anyOf` member that is one) is followed to the end of the chain, so the emitted type
 * names the final target and TypeScript never walks a long chain. A chain that loops, leaves the
 * document or ends nowhere resolves to nothing (the emitter writes `unknown`).
 *
 * The walk is a loop, and every pointer it passes is remembered, so a chain of any length is followed
 * once, without recursion.
 *
 * @module
 */
import { refPointer, valueAt } from '../../model/pointer.ts'

/** A schema object (not a boolean schema). */
export type SchemaObject = { readonly [key: string]: unknown }

/** Whether a value is a schema object. */
export function isSchemaObject(value: unknown): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Keywords that shape a schema's type; a `$ref` beside any of them is more than an alias. */
const TYPE_KEYWORDS = [
  'type',
  'enum',
  'const',
  'properties',
  'additionalProperties',
  'patternProperties',
  'items',
  'prefixItems',
  'allOf',
  'oneOf',
  'anyOf',
  'nullable',
  'discriminator',
] as const

/** Combinators whose single member a schema may merely wrap. */
const COMBINATORS = new Set(['allOf', 'oneOf', 'anyOf'])

/** How many single-member combinators an alias may be nested in before it stops counting as one. */
const MAX_WRAPPERS = 64

/**
 * The `$ref` that a schema merely aliases, or undefined. In OpenAPI 3.0 keywords beside a `$ref` are
 * ignored (§4.7.23: "any properties added SHALL be ignored"), except `nullable: true`, which vendors
 * write meaning "or null"; in 3.1 they apply, so only annotations (`description`, `title`, `example`…)
 * may sit beside an alias.
 *
 * @example
 * aliasRef({ allOf: [{ $ref: '#/components/schemas/Zoo' }], description: 'A zoo.' }, true)
 * // '#/components/schemas/Zoo'
 */
export function aliasRef(schema: unknown, openapi31: boolean): string | undefined {
  let current = schema
  for (let wrappers = 0; wrappers <= MAX_WRAPPERS; wrappers++) {
    if (!isSchemaObject(current)) return undefined
    const schema = current
    const ref = schema.$ref
    if (typeof ref === 'string') {
      if (!openapi31) return schema.nullable === true ? undefined : ref
      return TYPE_KEYWORDS.some((keyword) => keyword in schema) ? undefined : ref
    }
    if (schema.allOf === undefined && schema.oneOf === undefined && schema.anyOf === undefined)
      return undefined
    let member: unknown
    for (const keyword of TYPE_KEYWORDS) {
      if (!(keyword in schema)) continue
      const members = schema[keyword]
      if (member !== undefined || !COMBINATORS.has(keyword) || !Array.isArray(members)) return undefined
      if (members.length !== 1) return undefined
      member = members[0]
    }
    if (member === undefined) return undefined
    current = member
  }
  return undefined
}

/** The end of a reference chain: the pointer (`#/…`, canonical escapes) and the schema found there. */
export interface RefTarget {
  readonly pointer: string
  readonly schema: unknown
}

/** Resolves schema references inside one document, remembering every answer. */
export class RefTargets {
  readonly #document: unknown
  readonly #openapi31: boolean
  /** Answers by `$ref` text and by canonical pointer; `null` for "resolves to nothing". */
  readonly #memo = new Map<string, RefTarget | null>()

  /** `openapi31` decides how keywords beside a `$ref` are read (see {@link aliasRef}). */
  constructor(document: unknown, openapi31: boolean) {
    this.#document = document
    this.#openapi31 = openapi31
  }

  /** The final target of `ref`, or undefined when it is external, missing, or part of an alias loop. */
  resolve(ref: string): RefTarget | undefined {
    const known = this.#memo.get(ref)
    if (known !== undefined) return known ?? undefined
    const passed = [ref]
    const seen = new Set<string>()
    let result: RefTarget | null = null
    let current = ref
    for (;;) {
      const parsed = refPointer(current)
      if (parsed === undefined) break
      const pointer = `#${parsed.pointer}`
      const cached = this.#memo.get(pointer)
      if (cached !== undefined) {
        result = cached
        break
      }
      if (seen.has(pointer)) break
      seen.add(pointer)
      passed.push(pointer)
      const schema = valueAt(this.#document, parsed.tokens)
      if (schema === undefined) break
      const next = aliasRef(schema, this.#openapi31)
      if (next === undefined) {
        result = { pointer, schema }
        break
      }
      current = next
    }
    for (const key of passed) this.#memo.set(key, result)
    return result ?? undefined
  }
}
