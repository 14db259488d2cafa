/**
 * Type expressions that point into `schema.d.ts` (written in openapi-typescript's shape) (`schema.d.ts`): `components['schemas']`,
 * `components['responses']`, `components['requestBodies']`, `components['parameters']`, and
 * `paths[path][method]` for everything declared inline. The SDK never re-derives a schema's type; it
 * names openapi-typescript's.
 *
 * Where a model object came from a component (its `pointer` is `/components/<kind>/<name>`), the
 * shorter component expression is used; openapi-typescript writes a `$ref`ed object as exactly that.
 *
 * @module
 */
import { pointerOf } from '../../load/json-pointer.ts'
import type { JsonSchema, Operation } from '../../model/types.ts'
import { stringLiteral } from '../code-text.ts'
import type { SchemaDirections } from '../schema-types/directions.ts'
import type { ImportTracker } from './import-tracker.ts'

/** The reference tokens of a JSON pointer (RFC 6901), unescaped; `#` prefix allowed. */
export function pointerTokens(pointer: string): string[] {
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer
  if (body === '') return []
  return body
    .slice(1)
    .split('/')
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'))
}

/** The name of `#/components/<kind>/<name>` when `pointer` is exactly that, else undefined. */
export function componentName(pointer: string | undefined, kind: string): string | undefined {
  if (pointer === undefined) return undefined
  const tokens = pointerTokens(pointer)
  return tokens.length === 3 && tokens[0] === 'components' && tokens[1] === kind ? tokens[2] : undefined
}

/**
 * The component schema a schema is exactly a reference to (`{ $ref: '#/components/schemas/Zoo' }` →
 * `Zoo`), or undefined for any other schema, including a `$ref` with sibling keywords.
 */
export function schemaRefName(schema: JsonSchema | undefined): string | undefined {
  if (typeof schema !== 'object' || schema === null) return undefined
  const keys = Object.keys(schema)
  const ref = schema.$ref
  if (keys.length !== 1 || typeof ref !== 'string' || !ref.startsWith('#/')) return undefined
  return componentName(ref, 'schemas')
}

/** `components['<kind>']['<name>']`, recording the import of `components`. */
export function componentType(imports: ImportTracker, kind: string, name: string): string {
  return `${imports.schema('components')}[${stringLiteral(kind)}][${stringLiteral(name)}]`
}

/**
 * The type of component schema `name` as a request writes it: `writableComponents['schemas'][name]`
 * when it is typed differently when written (a required `readOnly` property; `directions.ts`), else
 * `components['schemas'][name]`.
 */
export function writtenSchemaType(
  imports: ImportTracker,
  name: string,
  directions: SchemaDirections,
): string {
  if (!directions.differs(`#${pointerOf(['components', 'schemas', name])}`))
    return componentType(imports, 'schemas', name)
  return `${imports.schema('writableComponents')}['schemas'][${stringLiteral(name)}]`
}

/** `paths['<path>']['<method>']`: openapi-typescript's type of the operation. */
export function operationType(imports: ImportTracker, operation: Operation): string {
  return `${imports.schema('paths')}[${stringLiteral(operation.path)}][${stringLiteral(operation.method)}]`
}

/** An index for a status key as openapi-typescript writes it: `200` bare, `'4XX'` and `'default'` quoted. */
export function responseKeyIndex(key: string): string {
  return /^[1-5][0-9][0-9]$/.test(key) ? key : stringLiteral(key)
}
