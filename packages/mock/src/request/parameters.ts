/**
 * Parameters of a request (OpenAPI 3.1 §4.8.12 Parameter Object): every declared path, query, header
 * and cookie parameter read per its style (a JSON `content`-typed one parsed as JSON,
 * `content-param.ts`), coerced to its schema's types, checked for presence when
 * `required`, and validated against its schema.
 *
 * @module
 */
import type { MockOperation, MockParameter } from '../data.ts'
import type { SchemaView } from '../schema-view/schema-view.ts'
import { setOwn } from '../validate/keywords.ts'
import type { SchemaValidator } from '../validate/types.ts'
import { coerce } from './coerce.ts'
import { type ContentParamSource, isJsonParameter, readJsonParam } from './content-param.ts'
import {
  type ParamShape,
  type ParamStyleInfo,
  parseCookies,
  type ReadResult,
  readCookieParam,
  readHeaderParam,
  readPathParam,
  readQueryParam,
} from './deserialize.ts'
import { parameterIssues, type RequestIssue } from './issues.ts'

/** Parsed parameter values by location, keyed by the names the spec declares. */
export interface ParsedParameters {
  readonly path: Readonly<Record<string, unknown>>
  readonly query: Readonly<Record<string, unknown>>
  readonly headers: Readonly<Record<string, unknown>>
  readonly cookies: Readonly<Record<string, unknown>>
}

/** What parameters are read from. */
export interface ParameterSource {
  readonly url: URL
  /** Path parameters as the router matched them (URL-decoded), by template name. */
  readonly pathParams: Readonly<Record<string, string>>
  readonly headers: Headers
}

/** What reading needs: the schema view and a validator of the same document. */
export interface ParameterContext {
  readonly view: SchemaView
  readonly validator: SchemaValidator
}

function shapeOf(param: MockParameter, view: SchemaView): ParamShape {
  const types = view.types(param.schema)
  if (types === undefined) return 'primitive'
  if (types.has('array') && !types.has('string')) return 'array'
  if (types.has('object') && !types.has('string')) return 'object'
  return 'primitive'
}

/**
 * Whether an object schema takes properties it does not name: `additionalProperties` or
 * `patternProperties` of its own, or no named properties and no `additionalProperties: false`.
 */
function takesOtherNames(schema: unknown, view: SchemaView, named: number): boolean {
  const additional = view.keyword(schema, 'additionalProperties')
  if (additional === false) return false
  return additional !== undefined || view.keyword(schema, 'patternProperties') !== undefined || named === 0
}

/**
 * The query names the operation's parameters read as themselves: every query parameter's name, the
 * property names of exploded form objects, and the names its path key selects on.
 */
function claimedQueryNames(operation: MockOperation, view: SchemaView): Set<string> {
  const claimed = new Set<string>()
  for (const selector of operation.selectors ?? []) if (selector.in === 'query') claimed.add(selector.name)
  for (const param of operation.parameters) {
    if (param.in !== 'query') continue
    claimed.add(param.name)
    if (param.explode && param.style === 'form' && shapeOf(param, view) === 'object')
      for (const name of view.properties(param.schema).keys()) claimed.add(name)
  }
  return claimed
}

function styleInfo(
  param: MockParameter,
  view: SchemaView,
  claimed: () => ReadonlySet<string>,
): ParamStyleInfo {
  const shape = shapeOf(param, view)
  if (shape !== 'object') return { name: param.name, style: param.style, explode: param.explode, shape }
  const propertyNames = [...view.properties(param.schema).keys()]
  // An exploded form object of free names (`?name=x&labels.env=prod` for a map) takes every name the
  // query has that no other parameter reads.
  const free =
    param.in === 'query' &&
    param.explode &&
    param.style === 'form' &&
    takesOtherNames(param.schema, view, propertyNames.length)
  return {
    name: param.name,
    style: param.style,
    explode: param.explode,
    shape,
    propertyNames,
    ...(free ? { otherNamesExcept: claimed() } : {}),
  }
}

/** Reads a `schema`-typed parameter (or one of a non-JSON media type) per its location's style. */
function readStyled(
  param: MockParameter,
  source: ParameterSource,
  info: ParamStyleInfo,
  cookies: () => ReadonlyMap<string, readonly string[]>,
): ReadResult {
  switch (param.in) {
    case 'path':
      return readPathParam(
        Object.hasOwn(source.pathParams, param.name) ? source.pathParams[param.name] : undefined,
        info,
      )
    case 'query':
      return readQueryParam(source.url.searchParams, info)
    case 'header':
      return readHeaderParam(source.headers, info)
    case 'cookie':
      return readCookieParam(cookies(), info)
  }
}

/**
 * Reads, coerces and validates the declared parameters of `operation`. Undeclared parameters are
 * ignored, as servers do; header names match case-insensitively.
 *
 * @example
 * const { parsed, issues } = readParameters(listZoos, { url, pathParams: {}, headers }, context)
 * // parsed.query.limit === 10; issues: [{ in: 'query', name: 'order', message: 'must be equal to one of …' }]
 */
export function readParameters(
  operation: MockOperation,
  source: ParameterSource,
  context: ParameterContext,
): { readonly parsed: ParsedParameters; readonly issues: readonly RequestIssue[] } {
  const parsed = { path: {}, query: {}, headers: {}, cookies: {} } as Record<
    'path' | 'query' | 'headers' | 'cookies',
    Record<string, unknown>
  >
  const issues: RequestIssue[] = []
  let cookies: Map<string, string[]> | undefined
  const jsonSource: ContentParamSource = {
    query: source.url.searchParams,
    pathParams: source.pathParams,
    headers: source.headers,
    cookies: () => {
      cookies ??= parseCookies(source.headers.get('cookie'))
      return cookies
    },
  }
  let claimed: Set<string> | undefined
  const claimedNames = () => {
    claimed ??= claimedQueryNames(operation, context.view)
    return claimed
  }
  for (const param of operation.parameters) {
    const json = isJsonParameter(param)
    const read = json
      ? readJsonParam(param, jsonSource)
      : readStyled(param, source, styleInfo(param, context.view, claimedNames), jsonSource.cookies)
    if (!read.present) {
      if (param.required) issues.push({ in: param.in, name: param.name, message: 'is required' })
      continue
    }
    if ('error' in read) {
      issues.push({ in: param.in, name: param.name, message: read.error })
      continue
    }
    // JSON carries its own types; text read per style is coerced to the schema's.
    const value = json ? read.value : coerce(read.value, param.schema, context.view)
    const result = context.validator.validate(param.schema, value, { direction: 'request' })
    if (!result.valid) issues.push(...parameterIssues(param.in, param.name, result.errors))
    const bucket = param.in === 'header' ? 'headers' : param.in === 'cookie' ? 'cookies' : param.in
    setOwn(parsed[bucket], param.name, value)
  }
  return { parsed, issues }
}
