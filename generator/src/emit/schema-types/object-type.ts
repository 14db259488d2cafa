/**
 * Object schemas (JSON Schema 2020-12 Core §10.3.2: `properties`, `patternProperties`,
 * `additionalProperties`; Validation §6.5.3 `required`) as object types:
 *
 * ```ts
 * {
 *   /** The zoo's name. *\/
 *   name: string;
 *   city?: string;
 *   [key: string]: number | string | undefined;
 * }
 * ```
 *
 * A property is optional unless `required` names it, and a required one marked for the other direction
 * (`readOnly` when written, `writeOnly` when read; `directions.ts`) is optional too; a required name without a property schema is a
 * member all the same (typed by the index signature, else `{} | null`, any value), so that `allOf: [Base,
 * { required: [name] }]` makes `name` required. `additionalProperties: true` or a schema, and
 * `patternProperties`, add an index signature, and so does a `minProperties` above the number of named
 * properties (valid objects then have undeclared ones); its value type also admits every declared
 * property's type (and `undefined` when one is optional), since TypeScript checks declared properties
 * against it.
 * Without properties and index signature the type is `Record<string, unknown>`, or
 * `Record<string, never>` for `additionalProperties: false`.
 *
 * @module
 */
import { propertyName } from '../code-text.ts'
import { docComment, schemaDocText } from './doc-comment.ts'
import { memberPosition, type Position, type TypeWriter } from './position.ts'
import { optionalMemberType } from './prototype-members.ts'
import { isSchemaObject, type SchemaObject } from './ref-targets.ts'
import { atom, type TypeText, UNKNOWN, unionOf } from './type-text.ts'

/** The type of a member that must be present, whatever its value: any JSON value, `undefined` excluded. */
const PRESENT = atom('{} | null')

/** Options of {@link objectType}. */
export interface ObjectTypeOptions {
  /**
   * Type binary properties (`type: string, format: binary`, and arrays of them) as `Blob | string`:
   * the parts of a multipart body, which the runtime appends as they are.
   */
  readonly binaryParts?: boolean
}

/** `Blob | string` for a binary part, `(Blob | string)[]` for an array of them, else undefined. */
function binaryPartType(schema: unknown): TypeText | undefined {
  if (!isSchemaObject(schema)) return undefined
  if (schema.type === 'string' && schema.format === 'binary') return atom('Blob | string')
  if (schema.type === 'array' && binaryPartType(schema.items) !== undefined) return atom('(Blob | string)[]')
  return undefined
}

/** The names `required` lists. */
function requiredNames(schema: SchemaObject): Set<string> {
  const { required } = schema
  return new Set(Array.isArray(required) ? required.filter((name) => typeof name === 'string') : [])
}

/**
 * The value types of the index signature: `additionalProperties` (`unknown` also when `minProperties`
 * needs undeclared members; `required` holds the names `required` lists) and each `patternProperties`
 * schema.
 */
function indexValueTypes(
  writer: TypeWriter,
  schema: SchemaObject,
  required: ReadonlySet<string>,
  inner: Position,
): TypeText[] {
  const types: TypeText[] = []
  const additional = schema.additionalProperties
  if (additional === true || (additional === undefined && needsUndeclared(schema, required)))
    types.push(UNKNOWN)
  else if (isSchemaObject(additional)) types.push(writer.typeOf(additional, inner))
  const patterns = schema.patternProperties
  if (isSchemaObject(patterns)) {
    for (const pattern of Object.values(patterns)) types.push(writer.typeOf(pattern, inner))
  }
  return types
}

/**
 * Whether `minProperties` asks for more properties than `properties` and `required` name: then every
 * valid object has undeclared ones, which a closed type would refuse (no literal could be both).
 */
function needsUndeclared(schema: SchemaObject, required: ReadonlySet<string>): boolean {
  const { minProperties } = schema
  if (typeof minProperties !== 'number' || isSchemaObject(schema.patternProperties)) return false
  const named = new Set([
    ...Object.keys(isSchemaObject(schema.properties) ? schema.properties : {}),
    ...required,
  ])
  // No names at all: the type is `Record<string, unknown>`, open already.
  return named.size > 0 && minProperties > named.size
}

/** The object type of a schema, as the module describes; written across lines indented from `at.pad`. */
export function objectType(
  writer: TypeWriter,
  schema: SchemaObject,
  at: Position,
  options: ObjectTypeOptions = {},
): TypeText {
  const inner = memberPosition(at)
  const required = requiredNames(schema)
  const properties = isSchemaObject(schema.properties) ? schema.properties : {}
  const lines: string[] = []
  const memberTypes: TypeText[] = []
  let someOptional = false
  for (const [name, property] of Object.entries(properties)) {
    const optional = !required.has(name) || writer.exempt(property, at.direction)
    const declared =
      (options.binaryParts === true ? binaryPartType(property) : undefined) ?? writer.typeOf(property, inner)
    const type = optional ? optionalMemberType(name, declared) : declared
    const doc = docComment(schemaDocText(property), inner.pad)
    lines.push(`${doc}${inner.pad}${propertyName(name)}${optional ? '?' : ''}: ${type.text};`)
    memberTypes.push(type)
    someOptional ||= optional
  }
  const indexTypes = indexValueTypes(writer, schema, required, inner)
  // A required name `properties` leaves out (`allOf: [Base, { required: [name] }]`) must be present all
  // the same: typed by the index signature when there is one, else as any JSON value (`{} | null`, not
  // `unknown`, so that it takes `undefined` out of an optional property it is intersected with).
  for (const name of required) {
    if (Object.hasOwn(properties, name)) continue
    const type = indexTypes.length > 0 ? unionOf(indexTypes) : PRESENT
    lines.push(`${inner.pad}${propertyName(name)}: ${type.text};`)
  }
  if (indexTypes.length > 0) {
    const admitted = someOptional ? [...memberTypes, atom('undefined')] : memberTypes
    lines.push(`${inner.pad}[key: string]: ${unionOf([...indexTypes, ...admitted]).text};`)
  }
  if (lines.length === 0) {
    return atom(schema.additionalProperties === false ? 'Record<string, never>' : 'Record<string, unknown>')
  }
  return atom(`{\n${lines.join('\n')}\n${at.pad}}`)
}
