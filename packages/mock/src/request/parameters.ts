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

function styleInfo(param: MockParameter, view: SchemaView): ParamStyleInfo {
  const shape = shapeOf(param, view)
  return {
    name: param.name,
    style: param.style,
    explode: param.explode,
    shape,
    ...(shape === 'object' ? { propertyNames: [...view.properties(param.schema).keys()] } : {}),
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
  for (const param of operation.parameters) {
    const json = isJsonParameter(param)
    const read = json
      ? readJsonParam(param, jsonSource)
      : readStyled(param, source, styleInfo(param, context.view), jsonSource.cookies)
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
