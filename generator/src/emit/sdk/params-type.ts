/**
 * The `<Op>Params` declaration of an operation: its parameters grouped by location (OpenAPI 3.1
 * §4.8.12.1, Parameter Locations) plus the request body (§4.8.13), as the runtime's `call()` takes them.
 *
 * ```ts
 * export interface GetZooParams {
 *   path: { zId: number };
 *   query?: { expand?: boolean };
 *   body: components['schemas']['Zoo'];
 * }
 * ```
 *
 * A parameter is required iff the spec says so; a location is optional iff none of its parameters is;
 * `body` is optional iff the request body is not required. An operation with nothing to pass gets
 * `Record<string, never>`.
 *
 * @module
 */
import type { Operation, Parameter, ParameterLocation } from '../../model/types.ts'
import { commentText, propertyName } from '../code-text.ts'
import type { CodeWriter, StatementWriter } from '../code-writer.ts'
import type { SchemaDirections } from '../schema-types/directions.ts'
import { optionalMemberType } from '../schema-types/prototype-members.ts'
import { atom } from '../schema-types/type-text.ts'
import { typeAlias } from '../structures.ts'
import { requestBodyType } from './body-types.ts'
import { writeDocs } from './doc-comments.ts'
import type { ImportTracker } from './import-tracker.ts'
import { parameterType } from './param-types.ts'

/** The locations in the order their properties appear, with the doc of each. */
const LOCATIONS: readonly (readonly [ParameterLocation, string])[] = [
  ['path', 'Path parameters, substituted into the path template.'],
  ['query', 'Query parameters.'],
  ['header', 'Request headers.'],
  ['cookie', 'Cookies, sent in the `Cookie` header.'],
]

/** One property of the params type or of a location's object type. */
interface ParamsProperty {
  readonly name: string
  readonly optional: boolean
  readonly doc: string
  /** The type, or the properties of an inline object type. */
  readonly type: string | readonly ParamsProperty[]
}

/** The params declaration of an operation, and whether the `params` argument is required. */
export interface ParamsDeclaration {
  readonly statement: StatementWriter
  /** True when at least one location or the body is required. */
  readonly required: boolean
}

/** The doc of a parameter: its own text, and `@deprecated` when deprecated and not already said. */
function parameterDoc(param: Parameter): string {
  const deprecated = param.deprecated && !param.doc.includes('@deprecated') ? '@deprecated' : ''
  return [param.doc, deprecated].filter((part) => part !== '').join('\n\n')
}

/** The properties of an operation's params type: one per location that has parameters, then `body`. */
function paramsProperties(
  operation: Operation,
  imports: ImportTracker,
  directions: SchemaDirections,
): ParamsProperty[] {
  const properties: ParamsProperty[] = []
  for (const [location, doc] of LOCATIONS) {
    const params = operation.parameters.filter((param) => param.in === location)
    if (params.length === 0) continue
    properties.push({
      name: location,
      optional: !params.some((param) => param.required),
      doc,
      type: params.map((param) => {
        const type = parameterType(operation, param, imports, directions)
        return {
          name: propertyName(param.name),
          optional: !param.required,
          doc: parameterDoc(param),
          // An optional one named after a prototype member admits that member's type too
          // (`prototype-members.ts`); the runtime sends own properties only, so it is never sent.
          type: param.required ? type : optionalMemberType(param.name, atom(type)).text,
        }
      }),
    })
  }
  const body = operation.requestBody
  const bodyType = body === undefined ? undefined : requestBodyType(operation, body, imports, directions)
  if (body !== undefined && bodyType !== undefined) {
    const sentAs = `Sent as \`${commentText(body.contents[0]?.mediaType ?? '')}\`.`
    const doc = commentText(body.doc)
    properties.push({
      name: 'body',
      optional: !body.required,
      doc: doc === '' ? `The request body. ${sentAs}` : `${doc}\n\n${sentAs}`,
      type: bodyType,
    })
  }
  return properties
}

/** Writes properties, each with its doc; inline object types as indented blocks. */
function writeProperties(writer: CodeWriter, properties: readonly ParamsProperty[]): void {
  for (const property of properties) {
    writeDocs(writer, property.doc)
    writer.write(`${property.name}${property.optional ? '?' : ''}: `)
    if (typeof property.type === 'string') writer.write(property.type)
    else {
      const inner = property.type
      writer.inlineBlock(() => writeProperties(writer, inner))
    }
    writer.write(';').newLine()
  }
}

/**
 * Builds the `<Op>Params` declaration named `name`; `directions` tells which component schemas have a
 * distinct write type.
 */
export function paramsDeclaration(
  operation: Operation,
  name: string,
  imports: ImportTracker,
  directions: SchemaDirections,
): ParamsDeclaration {
  const properties = paramsProperties(operation, imports, directions)
  if (properties.length === 0) {
    return {
      statement: typeAlias({
        name,
        isExported: true,
        type: 'Record<string, never>',
        docs: [`\`${operation.name}\` takes no parameters.`],
      }),
      required: false,
    }
  }
  return {
    statement: (writer) => {
      writeDocs(writer, `Parameters of \`${operation.name}\`, grouped by where they are sent.`)
      writer.write(`export interface ${name} `).block(() => writeProperties(writer, properties))
    },
    required: properties.some((property) => !property.optional),
  }
}
