/**
 * `readOnly` and `writeOnly` (OpenAPI 3.0 §4.7.25 Schema Object fixed fields; JSON Schema 2020-12
 * Validation §9.4): a required readOnly property is required in responses only, a required writeOnly
 * one in requests only. So a schema is typed in one of two directions: `read` (response bodies and
 * headers, and `components['schemas']`) and `write` (request bodies and parameters), and in each, a
 * required property marked for the other direction is optional. The mock applies the same rule when it
 * samples and validates (`packages/mock/src/validate/repairs.ts`).
 *
 * Only schemas whose type differs by direction get a second, `write` type: those that reach, through
 * inline subschemas and `$ref`s, an object with a required readOnly or writeOnly property. Everything
 * else is written once and referenced from both directions.
 *
 * @module
 */
import { refPointer, valueAt } from '../../model/pointer.ts'
import { isSchemaObject, RefTargets, type SchemaObject } from './ref-targets.ts'

/** Which way a schema's data travels: `read` from the server, `write` to it. */
export type Direction = 'read' | 'write'

/** The flag that takes a required property out of each direction. */
const EXEMPTING_FLAG: Readonly<Record<Direction, 'readOnly' | 'writeOnly'>> = {
  read: 'writeOnly',
  write: 'readOnly',
}

/** How many `$ref`s and single-member `allOf`s a property's flag is looked for through. */
const MAX_HOPS = 8

/** Keywords whose value is a subschema or a map of them, as the types emitter reads them. */
const SCHEMA_KEYWORDS = ['additionalProperties', 'items'] as const
const SCHEMA_MAP_KEYWORDS = ['properties', 'patternProperties'] as const
const SCHEMA_ARRAY_KEYWORDS = ['items', 'prefixItems', 'allOf', 'oneOf', 'anyOf'] as const

/** What one schema node holds by itself: whether it has a one-way required property, and its `$ref`s. */
interface NodeFacts {
  readonly oneWay: boolean
  readonly refs: readonly string[]
}

/** Answers, per document, which schemas are typed differently in each direction. */
export class SchemaDirections {
  readonly #document: unknown
  readonly #openapi31: boolean
  /** The document's reference resolver, which the types emitter shares (one memo per document). */
  readonly targets: RefTargets
  readonly #facts = new Map<string, NodeFacts>()
  readonly #differs = new Map<string, boolean>()

  /** Reads `document`; `openapi31` decides whether keywords beside a `$ref` count (see `aliasRef`). */
  constructor(document: unknown, openapi31: boolean) {
    this.#document = document
    this.#openapi31 = openapi31
    this.targets = new RefTargets(document, openapi31)
  }

  /**
   * Whether `required` does not bind `property` in `direction`: it is `writeOnly` and read, or
   * `readOnly` and written. The flag counts on the property, beside a `$ref`, or on what the property
   * refers to or wraps in a single-member `allOf`.
   */
  exempt(property: unknown, direction: Direction): boolean {
    const flag = EXEMPTING_FLAG[direction]
    let node = property
    for (let hops = 0; hops < MAX_HOPS && isSchemaObject(node); hops++) {
      if (node[flag] === true) return true
      if (typeof node.$ref === 'string') {
        const parsed = refPointer(node.$ref)
        node = parsed === undefined ? undefined : valueAt(this.#document, parsed.tokens)
      } else if (Array.isArray(node.allOf) && node.allOf.length === 1) node = node.allOf[0]
      else return false
    }
    return false
  }

  /**
   * Whether the schema at canonical pointer `pointer` (a reference target) is typed differently when
   * read and when written: whether it reaches an object with a required readOnly or writeOnly property.
   */
  differs(pointer: string): boolean {
    const known = this.#differs.get(pointer)
    if (known !== undefined) return known
    // Every schema reachable from here whose answer is not known yet, with its references; each one's
    // reach lies inside this set (or at known answers), so one backward pass answers them all.
    const reached = [pointer]
    const seen = new Set(reached)
    const answers = new Set<string>()
    const referrers = new Map<string, string[]>()
    for (let index = 0; index < reached.length; index++) {
      const at = reached[index] as string
      const facts = this.#factsOf(at)
      if (facts.oneWay) answers.add(at)
      for (const to of facts.refs) {
        const list = referrers.get(to)
        if (list === undefined) referrers.set(to, [at])
        else list.push(at)
        const answer = this.#differs.get(to)
        if (answer === true) answers.add(at)
        if (answer !== undefined || seen.has(to)) continue
        seen.add(to)
        reached.push(to)
      }
    }
    const queue = [...answers]
    for (let index = 0; index < queue.length; index++) {
      for (const from of referrers.get(queue[index] as string) ?? []) {
        if (answers.has(from)) continue
        answers.add(from)
        queue.push(from)
      }
    }
    for (const at of reached) this.#differs.set(at, answers.has(at))
    return answers.has(pointer)
  }

  /** The facts of the schema at `pointer`: a walk of its inline subschemas, stopping at `$ref`s. */
  #factsOf(pointer: string): NodeFacts {
    const cached = this.#facts.get(pointer)
    if (cached !== undefined) return cached
    const parsed = refPointer(pointer)
    const stack: unknown[] = [parsed === undefined ? undefined : valueAt(this.#document, parsed.tokens)]
    const refs = new Set<string>()
    let oneWay = false
    while (stack.length > 0) {
      const schema = stack.pop()
      if (!isSchemaObject(schema)) continue
      if (typeof schema.$ref === 'string') {
        const target = this.targets.resolve(schema.$ref)
        if (target !== undefined) refs.add(target.pointer)
        // In 3.0, keywords beside a `$ref` are ignored.
        if (!this.#openapi31) continue
      }
      oneWay ||= this.#hasOneWayRequired(schema)
      pushSubschemas(schema, stack)
    }
    const facts = { oneWay, refs: [...refs] }
    this.#facts.set(pointer, facts)
    return facts
  }

  /** Whether an object schema requires a property that one direction exempts. */
  #hasOneWayRequired(schema: SchemaObject): boolean {
    const { properties, required } = schema
    if (!isSchemaObject(properties) || !Array.isArray(required)) return false
    return required.some(
      (name) =>
        typeof name === 'string' &&
        Object.hasOwn(properties, name) &&
        (this.exempt(properties[name], 'read') || this.exempt(properties[name], 'write')),
    )
  }
}

/** Pushes the subschemas of `schema` that shape its type onto `stack`. */
function pushSubschemas(schema: SchemaObject, stack: unknown[]): void {
  for (const keyword of SCHEMA_KEYWORDS) {
    if (isSchemaObject(schema[keyword])) stack.push(schema[keyword])
  }
  for (const keyword of SCHEMA_MAP_KEYWORDS) {
    const map = schema[keyword]
    if (isSchemaObject(map)) stack.push(...Object.values(map))
  }
  for (const keyword of SCHEMA_ARRAY_KEYWORDS) {
    const list = schema[keyword]
    if (Array.isArray(list)) stack.push(...list)
  }
}

/** One {@link SchemaDirections} per document: the schema types and the SDK emitter ask the same one. */
const byDocument = new WeakMap<object, SchemaDirections>()

/** The {@link SchemaDirections} of `document`, made on first use. */
export function schemaDirections(document: object, openapi31: boolean): SchemaDirections {
  let directions = byDocument.get(document)
  if (directions === undefined) {
    directions = new SchemaDirections(document, openapi31)
    byDocument.set(document, directions)
  }
  return directions
}
