/**
 * Content-typed parameters (OpenAPI 3.1 §4.8.12.1, `content` instead of `schema`): the parameter's value
 * is a document of its media type, not text in a style. For a JSON media type (`application/json`,
 * `…/…+json`) the whole text of the parameter — one query value, the header, the cookie, the path
 * segment — is parsed as JSON, as the SDK's `jsonForm`/`jsonSimple` write it: `json=%7B%22lat%22%3A1%7D`.
 * Text that is not JSON is refused with the line and column of the error, as a JSON body is; a value
 * nested deeper than the mock reads too. Other media types are read as their location's style reads them.
 *
 * @module
 */
import type { MockParameter } from '../data.ts'
import { sanitize } from './coerce.ts'
import type { RawValue, ReadResult } from './deserialize.ts'
import { describeJsonError, locateJsonError } from './json-error.ts'
import { isJsonMediaType } from './media-types.ts'
import { tooDeep } from './nesting.ts'

/** Where a parameter's text is read from, cookies parsed only when a cookie parameter asks. */
export interface ContentParamSource {
  readonly query: URLSearchParams
  /** Path parameters as the router matched them (URL-decoded), by template name. */
  readonly pathParams: Readonly<Record<string, string>>
  readonly headers: Headers
  readonly cookies: () => ReadonlyMap<string, readonly string[]>
}

/**
 * Whether `param` is a content-typed parameter of a JSON media type (`application/json`, `*\/*+json`).
 *
 * @example
 * isJsonParameter({ ...param, mediaType: 'application/json' }) // true
 * isJsonParameter({ ...param }) // false (schema-typed)
 */
export function isJsonParameter(param: MockParameter): boolean {
  return isJsonMediaType(param.mediaType)
}

/** The texts the parameter was sent as: none when absent, one per repetition of a query or cookie name. */
function textsOf(param: MockParameter, source: ContentParamSource): readonly string[] {
  switch (param.in) {
    case 'path':
      return Object.hasOwn(source.pathParams, param.name) ? [source.pathParams[param.name] ?? ''] : []
    case 'query':
      return source.query.getAll(param.name)
    case 'header': {
      const text = source.headers.get(param.name)
      return text === null ? [] : [text.trim()]
    }
    case 'cookie':
      return source.cookies().get(param.name) ?? []
  }
}

/**
 * Reads a JSON content-typed parameter: absent, its parsed value, or why its text is not one JSON
 * document (`is not application/json: malformed JSON at line 1, column 2 (offset 1): …`). The value is
 * not coerced: JSON carries its types, and a value of the wrong one is the schema's to refuse.
 *
 * @example
 * readJsonParam(jsonQuery, { ...source, query: new URLSearchParams('json={"lat":1}') })
 * // { present: true, value: { lat: 1 } }
 */
export function readJsonParam(param: MockParameter, source: ContentParamSource): ReadResult {
  const texts = textsOf(param, source)
  if (texts.length === 0) return { present: false }
  const mediaType = param.mediaType ?? 'application/json'
  if (texts.length > 1) {
    return { present: true, error: `is given ${texts.length} times; it takes one ${mediaType} document` }
  }
  const text = texts[0] ?? ''
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    const located = locateJsonError(text)
    const reason =
      located === undefined
        ? `malformed JSON: ${error instanceof Error ? error.message : String(error)}`
        : describeJsonError(located)
    return { present: true, error: `is not ${mediaType}: ${reason}` }
  }
  const deep = tooDeep(parsed)
  if (deep !== undefined) return { present: true, error: deep }
  return { present: true, value: sanitize(parsed) as RawValue }
}
