/**
 * The TypeScript type of one parameter's value (OpenAPI 3.1 §4.8.12, Parameter Object). Simple schemas
 * (a primitive type, an enum of primitives, an array of those) are written directly, so the params
 * interface reads well in an editor; a component schema is named; anything else indexes
 * `schema.d.ts`'s `paths[path][method]['parameters'][in][name]`.
 *
 * @module
 */

import type { SchemaObject } from '../../model/schema-refs.ts'
import type { JsonSchema, Operation, Parameter } from '../../model/types.ts'
import { literal, stringLiteral } from '../code-text.ts'
import type { SchemaDirections } from '../schema-types/directions.ts'
import { unionOf } from './body-types.ts'
import type { ImportTracker } from './import-tracker.ts'
import {
  componentName,
  componentType,
  operationType,
  schemaRefName,
  writtenSchemaType,
} from './openapi-types.ts'
import { isNullable, schemaTypes } from './schema-lookup.ts'

/** Keywords that make a schema more than a primitive: its type is left to `schema.d.ts`. */
const COMPOUND_KEYWORDS = [
  '$ref',
  'oneOf',
  'anyOf',
  'allOf',
  'not',
  'if',
  'properties',
  'additionalProperties',
]

/** The TypeScript type of each primitive JSON Schema type. */
const PRIMITIVE_TYPES: Readonly<Record<string, string>> = {
  string: 'string',
  integer: 'number',
  number: 'number',
  boolean: 'boolean',
}

/** Whether a value is a JSON primitive that `literal()` can write. */
function isPrimitive(value: unknown): value is string | number | boolean | null {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  )
}

/** The type of a schema written directly, or undefined when it is not simple enough. */
export function simpleSchemaType(schema: JsonSchema | undefined): string | undefined {
  if (schema === undefined || schema === true) return 'unknown'
  if (schema === false) return 'never'
  if (COMPOUND_KEYWORDS.some((keyword) => keyword in schema)) return undefined
  const object: SchemaObject = schema
  const nullable = isNullable(object) ? ['null'] : []
  if ('const' in object) return isPrimitive(object.const) ? literal(object.const) : undefined
  if (Array.isArray(object.enum)) {
    if (!object.enum.every(isPrimitive)) return undefined
    return unionOf([...object.enum.map((value) => literal(value)), ...nullable])
  }
  const types = schemaTypes(object)
  if (types.length === 0) return undefined
  const written: string[] = []
  for (const type of types) {
    const primitive = PRIMITIVE_TYPES[type]
    if (primitive !== undefined) {
      written.push(primitive)
      continue
    }
    if (type !== 'array') return undefined
    const items = simpleSchemaType(object.items as JsonSchema | undefined)
    if (items === undefined) return undefined
    written.push(items.includes(' ') ? `(${items})[]` : `${items}[]`)
  }
  return unionOf([...written, ...nullable])
}

/**
 * The type of a parameter's value. Content-typed parameters (`content: { 'application/json': … }`) are
 * not indexed into openapi-typescript, which types them as strings; a complex one is `unknown`. A
 * parameter is written: a component schema's write type is named (`directions.ts`).
 */
export function parameterType(
  operation: Operation,
  param: Parameter,
  imports: ImportTracker,
  directions: SchemaDirections,
): string {
  const component = schemaRefName(param.schema)
  if (component !== undefined) return writtenSchemaType(imports, component, directions)
  const simple = simpleSchemaType(param.schema)
  if (simple !== undefined) return simple
  if (param.contentType !== undefined) return 'unknown'
  const parameterComponent = componentName(param.pointer, 'parameters')
  if (parameterComponent !== undefined) return componentType(imports, 'parameters', parameterComponent)
  const location = `NonNullable<${operationType(imports, operation)}['parameters'][${stringLiteral(param.in)}]>`
  return `${location}[${stringLiteral(param.name)}]`
}
