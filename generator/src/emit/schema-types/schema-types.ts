/**
 * JSON Schema (OpenAPI 3.0 Schema Object §4.7.24, OpenAPI 3.1 §4.8.24 / JSON Schema 2020-12) to
 * TypeScript type text:
 *
 * - `$ref` → the node it finally resolves to (`components['schemas']['Zoo']`), via `ref-graph.ts`;
 * - `type` (a string, or a 3.1 array → union): `string`, `number` (also `integer`), `boolean`, `null`,
 *   objects (`object-type.ts`), arrays (`array-type.ts`); without `type`, `properties` implies an
 *   object and `items` an array;
 * - `enum` / `const` → literal unions (`literal-type.ts`);
 * - `allOf` → intersection; `oneOf` / `anyOf` → union, tagged by a `discriminator` mapping;
 * - `nullable: true` (3.0) and `null` in a type array → `| null`, also beside `allOf`/`oneOf` without
 *   `type`, and a lone `type: 'null'` beside a combinator, as vendors write "or null";
 * - `{}`, `true`, `not` and anything unrecognised → `unknown`; `false` → `never`.
 *
 * Nesting deeper than {@link MAX_DEPTH} is typed `unknown`, so hostile documents cannot overflow the
 * stack here or in TypeScript. Each type is written in a direction (`directions.ts`): a `$ref` to a
 * schema typed differently when written names its `write` node from request bodies and parameters.
 *
 * @module
 */
import { arrayType } from './array-type.ts'
import type { Direction, SchemaDirections } from './directions.ts'
import { memberTags, parentTags } from './discriminator.ts'
import { enumType } from './literal-type.ts'
import { objectType } from './object-type.ts'
import { combinedPosition, MAX_DEPTH, type Position, rootPosition, type TypeWriter } from './position.ts'
import { OccurrenceFlag, placeholderOf, type RefGraph } from './ref-graph.ts'
import { aliasRef, isSchemaObject, type RefTargets, type SchemaObject } from './ref-targets.ts'
import { atom, intersectionOf, NEVER, type TypeText, UNKNOWN, unionOf } from './type-text.ts'

/** `null`. */
const NULL = atom('null')

/** Primitive JSON types and their TypeScript types. */
const PRIMITIVES: ReadonlyMap<string, TypeText> = new Map([
  ['string', atom('string')],
  ['number', atom('number')],
  ['integer', atom('number')],
  ['boolean', atom('boolean')],
])

/** The JSON types a schema declares, or implies by its keywords; `null` included. */
function declaredTypes(schema: SchemaObject): string[] {
  const { type } = schema
  if (typeof type === 'string') return [type]
  if (Array.isArray(type)) return [...new Set(type.filter((item) => typeof item === 'string'))]
  if (!isBareObject(schema)) return ['object']
  if ('items' in schema || 'prefixItems' in schema) return ['array']
  return []
}

/**
 * Whether an object schema says nothing about its members (so `type: object` adds nothing beside a
 * combinator); a non-empty `required` says which members are there.
 */
function isBareObject(schema: SchemaObject): boolean {
  return !(
    'properties' in schema ||
    'additionalProperties' in schema ||
    'patternProperties' in schema ||
    (Array.isArray(schema.required) && schema.required.length > 0)
  )
}

/** Whether a schema has no keyword beyond `type` (and annotations) that shapes its type. */
function isPlain(schema: SchemaObject): boolean {
  return (
    schema.enum === undefined &&
    schema.const === undefined &&
    schema.$ref === undefined &&
    schema.allOf === undefined &&
    schema.oneOf === undefined &&
    schema.anyOf === undefined
  )
}

/** The members of a combinator keyword, or undefined when it is absent or not an array. */
function membersOf(schema: SchemaObject, keyword: 'allOf' | 'oneOf' | 'anyOf'): unknown[] | undefined {
  const members = schema[keyword]
  return Array.isArray(members) ? members : undefined
}

/** Writes schema types for one document; references become nodes and occurrences of `graph`. */
export class SchemaTypes implements TypeWriter {
  readonly #targets: RefTargets
  readonly #graph: RefGraph
  readonly #openapi31: boolean
  readonly #directions: SchemaDirections
  /** For an eager intersection occurrence that may be cut: the target's own properties, as an object type. */
  readonly baseObjects = new Map<number, string>()

  /** `openapi31` decides how keywords beside a `$ref` are read. */
  constructor(targets: RefTargets, graph: RefGraph, openapi31: boolean, directions: SchemaDirections) {
    this.#targets = targets
    this.#graph = graph
    this.#openapi31 = openapi31
    this.#directions = directions
  }

  /** Whether `required` does not bind `property` in `direction`. */
  exempt(property: unknown, direction: Direction): boolean {
    return this.#directions.exempt(property, direction)
  }

  /** The type of any schema, as the module describes. */
  typeOf(schema: unknown, at: Position): TypeText {
    if (at.depth > MAX_DEPTH) return UNKNOWN
    if (schema === false) return NEVER
    if (!isSchemaObject(schema)) return UNKNOWN
    const alias = aliasRef(schema, this.#openapi31)
    if (alias !== undefined) return this.refType(alias, at)
    return this.#composite(schema, at)
  }

  /**
   * The type a `$ref` names: the expression of its final target outside nodes, a placeholder inside
   * them; `unknown` when it resolves to nothing.
   */
  refType(ref: string, at: Position): TypeText {
    const target = this.#targets.resolve(ref)
    if (target === undefined) return UNKNOWN
    // Only what requests reach is asked about: a read reference always names the read node.
    const written = at.direction === 'write' && this.#directions.differs(target.pointer)
    const node = this.#graph.nodeOf(target, written ? 'write' : 'read')
    if (at.from < 0) return atom(this.#graph.nodes[node]?.expression ?? 'unknown')
    const occurrence = this.#graph.occurrence(at.from, node, at.flags, at.depth)
    const { Eager, Array: InArray, Intersection } = OccurrenceFlag
    if ((at.flags & (Eager | InArray | Intersection)) === (Eager | Intersection)) {
      this.#rememberBaseObject(occurrence, target.schema, at)
    }
    return atom(placeholderOf(occurrence))
  }

  /**
   * For an allOf reference to a schema that has properties beside a combinator (`Pet: { properties,
   * oneOf: [Dog, Cat] }`): what the reference is written as if it must be cut, the properties alone.
   */
  #rememberBaseObject(occurrence: number, schema: unknown, at: Position): void {
    if (!isSchemaObject(schema) || !isSchemaObject(schema.properties)) return
    if (!('oneOf' in schema || 'anyOf' in schema || 'allOf' in schema)) return
    const own = { properties: schema.properties, required: schema.required }
    this.baseObjects.set(occurrence, objectType(this, own, rootPosition(-1, at.pad, at.direction)).text)
  }

  /** A schema that is more than an alias. */
  #composite(schema: SchemaObject, at: Position): TypeText {
    const primitive = typeof schema.type === 'string' ? PRIMITIVES.get(schema.type) : undefined
    if (primitive !== undefined && isPlain(schema)) {
      return schema.nullable === true ? unionOf([primitive, NULL]) : primitive
    }
    const ref = typeof schema.$ref === 'string' ? schema.$ref : undefined
    let nullable = schema.nullable === true
    if (ref !== undefined && !this.#openapi31) {
      const type = this.refType(ref, at)
      return nullable ? unionOf([type, NULL]) : type
    }
    const types = declaredTypes(schema)
    if (types.includes('null')) nullable = true
    const nonNull = types.filter((type) => type !== 'null')
    const allOf = membersOf(schema, 'allOf')
    const oneOf = membersOf(schema, 'oneOf')
    const anyOf = membersOf(schema, 'anyOf')
    const combined = ref !== undefined || allOf !== undefined || oneOf !== undefined || anyOf !== undefined

    const literal = enumType(schema)
    let core: TypeText | undefined = literal
    if (literal === undefined && nonNull.length > 0) {
      const kept = combined && isBareObject(schema) ? nonNull.filter((type) => type !== 'object') : nonNull
      if (kept.length > 0) core = unionOf(kept.map((type) => this.#typeOfKind(type, schema, at)))
    } else if (literal === undefined && types.length > 0 && !combined) {
      core = NULL
    }

    const unions: TypeText[] = []
    for (const members of [oneOf, anyOf]) {
      if (members !== undefined) unions.push(this.#union(schema, members, at))
    }
    const many = (allOf?.length ?? 0) > 1 || ref !== undefined || core !== undefined || unions.length > 0
    const parts: TypeText[] = []
    if (ref !== undefined) parts.push(this.refType(ref, combinedPosition(at, true)))
    const inAllOf = combinedPosition(at, many)
    for (const member of allOf ?? []) parts.push(this.typeOf(member, inAllOf))
    if (at.depth === 0 && at.from >= 0 && allOf !== undefined) {
      const self = this.#graph.nodes[at.from]
      if (self !== undefined) parts.push(...parentTags(this.#targets, schema, self.pointer))
    }
    if (core !== undefined) parts.push(core)
    parts.push(...unions)
    const type = intersectionOf(parts)
    return nullable ? unionOf([type, NULL]) : type
  }

  /** The union of a `oneOf`/`anyOf`, its members tagged by the schema's discriminator. */
  #union(schema: SchemaObject, members: readonly unknown[], at: Position): TypeText {
    if (members.length === 0) return UNKNOWN
    const inUnion = combinedPosition(at, false)
    const tags = memberTags(this.#targets, schema, members)
    return unionOf(
      members.map((member, index) => {
        const type = this.typeOf(member, inUnion)
        const tag = tags[index]
        return tag === undefined ? type : intersectionOf([type, tag])
      }),
    )
  }

  /** The type of one declared JSON type of a schema. */
  #typeOfKind(type: string, schema: SchemaObject, at: Position): TypeText {
    if (type === 'object') return objectType(this, schema, at)
    if (type === 'array') return arrayType(this, schema, at)
    return PRIMITIVES.get(type) ?? UNKNOWN
  }
}
