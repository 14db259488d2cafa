/**
 * Parameter Objects (OpenAPI 3.1 §4.8.12) of one operation, with the Path Item's parameters merged in
 * (§4.8.9: "the list MUST NOT include duplicated parameters. A unique parameter is defined by a
 * combination of a name and location"; an operation's parameter overrides the path item's).
 *
 * - `$ref`ed parameters are followed into `#/components/parameters`.
 * - Header parameters named `Accept`, `Content-Type` or `Authorization` are ignored (§4.8.12.1).
 *   Header names compare case-insensitively, as HTTP does. Header and cookie parameters whose names
 *   are not HTTP tokens (`header-names.ts`) cannot be sent: they are left out with a warning (SL015).
 * - `style` defaults per location (`form` for query and cookie, `simple` for path and header) and
 *   `explode` to `style === 'form'` (§4.8.12.2). Path parameters are always required.
 * - A `content`-typed parameter takes the schema of its (single) media type and records its type.
 * - A `{name}` of the path template (§4.8.2) without a declared path parameter is reported
 *   (SL009) and synthesised as a required string, so the operation stays callable.
 *
 * Order: path-item parameters first, then the operation's; an override takes the place of the
 * parameter it replaces; synthesised parameters come last, in template order.
 *
 * @module
 */

import type { ModelContext } from './context.ts'
import { buildDocText } from './doc-text.ts'
import { isHttpToken } from './header-names.ts'
import { buildContents, isSchema } from './media-types.ts'
import { splitPathKey } from './path-key.ts'
import { childPointer } from './pointer.ts'
import { asString, type JsonRecord } from './record.ts'
import { type Resolved, resolveObject } from './refs.ts'
import type { Parameter, ParameterLocation, ParameterStyle } from './types.ts'

/** Valid values of `in`. */
const LOCATIONS: ReadonlySet<string> = new Set<ParameterLocation>(['path', 'query', 'header', 'cookie'])

/** Valid values of `style`. */
const STYLES: ReadonlySet<string> = new Set<ParameterStyle>([
  'matrix',
  'label',
  'simple',
  'form',
  'spaceDelimited',
  'pipeDelimited',
  'deepObject',
])

/** Header parameters the spec says to ignore, lower-cased (§4.8.12.1, `name`). */
const IGNORED_HEADERS: ReadonlySet<string> = new Set(['accept', 'content-type', 'authorization'])

/** A path template variable, `{zId}` (§4.8.2). */
const TEMPLATE_VARIABLE = /\{([^{}]+)\}/g

/** The merge key of a parameter: its location and name (header names case-insensitive). */
function keyOf(location: ParameterLocation, name: string): string {
  return `${location}:${location === 'header' ? name.toLowerCase() : name}`
}

/** The default style of a location (§4.8.12.2, `style`). */
function defaultStyle(location: ParameterLocation): ParameterStyle {
  return location === 'query' || location === 'cookie' ? 'form' : 'simple'
}

/** Builds one resolved Parameter Object; undefined when the spec says to ignore it. */
function buildParameter(context: ModelContext, resolved: Resolved): Parameter | undefined {
  const { value, pointer } = resolved
  const name = asString(value.name)
  const location = asString(value.in)
  if (name === undefined) {
    return context.fail('SL007', pointer, `The parameter at ${pointer} has no name.`)
  }
  if (location === undefined || !LOCATIONS.has(location)) {
    return context.fail(
      'SL007',
      pointer,
      `The parameter "${name}" at ${pointer} has in: ${JSON.stringify(value.in)}; expected path, query, header or cookie.`,
    )
  }
  const where = location as ParameterLocation
  if (name === '') {
    // Documents converted from collections of requests carry these (`{ in: header, name: '' }`).
    context.warn(
      'SL007',
      pointer,
      `The ${where} parameter at ${pointer} has an empty name; it is left out, as no request can carry it.`,
    )
    return undefined
  }
  if (where === 'header' && IGNORED_HEADERS.has(name.toLowerCase())) return undefined
  if ((where === 'header' || where === 'cookie') && !isHttpToken(name)) {
    context.warn(
      'SL015',
      pointer,
      `The ${where} parameter ${JSON.stringify(name)} at ${pointer} is not a valid ${where} name; it is left out.`,
    )
    return undefined
  }
  const style =
    typeof value.style === 'string' && STYLES.has(value.style)
      ? (value.style as ParameterStyle)
      : defaultStyle(where)
  const base = {
    name,
    in: where,
    required: where === 'path' || value.required === true,
    style,
    explode: typeof value.explode === 'boolean' ? value.explode : style === 'form',
    allowReserved: value.allowReserved === true,
    deprecated: value.deprecated === true,
    doc: buildDocText({
      description: resolved.overrides.description ?? value.description,
      deprecated: value.deprecated,
    }),
    pointer,
  }
  if (isSchema(value.schema)) return { ...base, schema: value.schema }
  const [media] = buildContents(context, value.content, childPointer(pointer, 'content'))
  if (media === undefined) return { ...base, schema: {} }
  return { ...base, schema: media.schema ?? {}, contentType: media.mediaType }
}

/** Resolves and builds a `parameters` list found at `pointer`; undefined lists are empty. */
function buildList(context: ModelContext, list: unknown, pointer: string): Parameter[] {
  if (list === undefined) return []
  if (!Array.isArray(list)) {
    return context.fail('SL007', pointer, `The parameters at ${pointer} are not an array.`)
  }
  const parameters: Parameter[] = []
  list.forEach((entry, index) => {
    const resolved = resolveObject(context, entry, childPointer(pointer, index), 'parameter')
    const parameter = buildParameter(context, resolved)
    if (parameter !== undefined) parameters.push(parameter)
  })
  return parameters
}

/** A required string path parameter standing in for an undeclared template variable. */
function synthesise(name: string, pointer: string): Parameter {
  return {
    name,
    in: 'path',
    required: true,
    style: 'simple',
    explode: false,
    allowReserved: false,
    deprecated: false,
    schema: { type: 'string' },
    doc: '',
    pointer,
  }
}

/** Where an operation sits, for merging its parameters with its path item's. */
export interface ParameterScope {
  /** The path template, e.g. `/zoos/{zId}`. */
  readonly path: string
  readonly pathItem: JsonRecord
  readonly pathItemPointer: string
  readonly operation: JsonRecord
  readonly operationPointer: string
}

/**
 * The merged, resolved parameters of one operation, as the module describes.
 *
 * @example
 * // path item: [{ name: 'zId', in: 'path' }], operation: [{ name: 'q', in: 'query' }]
 * buildParameters(context, scope).map((p) => `${p.in}:${p.name}`) // ['path:zId', 'query:q']
 */
export function buildParameters(context: ModelContext, scope: ParameterScope): Parameter[] {
  const merged: Parameter[] = []
  const positions = new Map<string, number>()
  const inherited = buildList(
    context,
    scope.pathItem.parameters,
    childPointer(scope.pathItemPointer, 'parameters'),
  )
  const own = buildList(
    context,
    scope.operation.parameters,
    childPointer(scope.operationPointer, 'parameters'),
  )
  for (const parameter of [...inherited, ...own]) {
    const key = keyOf(parameter.in, parameter.name)
    const position = positions.get(key)
    if (position === undefined) {
      positions.set(key, merged.length)
      merged.push(parameter)
    } else {
      merged[position] = parameter
    }
  }
  const seen = new Set<string>()
  // A path key's query may name a query parameter (`/search?query={query}`); a fragment names nothing.
  const { path, query = '' } = splitPathKey(scope.path)
  const variables = [
    ...[...path.matchAll(TEMPLATE_VARIABLE)].map((match) => match[1] ?? ''),
    ...[...query.matchAll(TEMPLATE_VARIABLE)]
      .map((match) => match[1] ?? '')
      .filter((name) => !positions.has(keyOf('query', name))),
  ]
  for (const name of variables) {
    if (seen.has(name) || positions.has(keyOf('path', name))) continue
    seen.add(name)
    context.warn(
      'SL009',
      scope.operationPointer,
      `The path ${scope.path} uses {${name}}, but the operation declares no path parameter "${name}"; it is treated as a required string.`,
      `Declare { name: ${name}, in: path, required: true, schema: { type: string } } in the path item's or the operation's parameters.`,
    )
    merged.push(synthesise(name, scope.operationPointer))
  }
  return merged
}
