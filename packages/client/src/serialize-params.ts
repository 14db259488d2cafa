/**
 * Parameter serialisation (OpenAPI 3.1 §4.8.12.3 Style Values, §4.8.12.4 Style Examples): turns one
 * parameter value into the text that goes into the path, the query string, a header or the Cookie
 * header, for every `style` × `explode` combination, percent-encoded as the Style Examples table shows.
 *
 * @module
 */

import type { ParamStyle } from './operation.ts'

/** Encodes one name or value of a URL component. */
export type Encode = (text: string) => string

/**
 * RFC 6570 reserved expansion, for `allowReserved` parameters: keeps RFC 3986 reserved characters that
 * are safe inside a query value (`: / ? @ ! $ ' ( ) * , ; =`) and existing percent-encoded triples;
 * encodes everything else, including `# [ ] & +` whose meaning would change.
 */
export const encodeReserved: Encode = (text) =>
  text.replace(/%[\dA-Fa-f]{2}|[^\w.~:/?@!$'()*,;=-]/gu, (c) => (c[2] ? c : encodeURIComponent(c)))

/** Text of a scalar: Dates as ISO 8601, nested objects as JSON, the rest with `String()`. */
export const toText = (value: unknown): string =>
  value instanceof Date
    ? value.toISOString()
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value)

const isRecord = (value: unknown): value is object =>
  !!value && typeof value === 'object' && !(value instanceof Date)

/**
 * Flattens a value into `[key, text]` pairs the deepObject way: object properties become `key[prop]`
 * (recursively), array items repeat the key, `undefined`/`null` are left out. Used for `deepObject`
 * query parameters and `application/x-www-form-urlencoded` bodies.
 */
export function flatten(key: string, value: unknown, out: [string, string][] = []): [string, string][] {
  if (isRecord(value))
    for (const [k, v] of Object.entries(value)) flatten(Array.isArray(value) ? key : `${key}[${k}]`, v, out)
  else if (value != null) out.push([key, toText(value)])
  return out
}

/**
 * Serialises one parameter. Returns the text to splice in: for path styles the segment (`;color=blue`,
 * `.blue`, `blue`), for query styles the `name=value` pairs joined with `&`. `undefined`/`null` object
 * properties are skipped; an empty array or object serialises to `''` (RFC 6570: undefined).
 *
 * @param json - true for `content`-typed parameters: the value is JSON-encoded and used as one string.
 *
 * @example
 * ```ts
 * serializeParam('color', ['blue', 'black'], 'form', true, encodeURIComponent) // 'color=blue&color=black'
 * serializeParam('color', { R: 100 }, 'deepObject', true, encodeURIComponent) // 'color%5BR%5D=100'
 * ```
 */
export function serializeParam(
  name: string,
  value: unknown,
  style: ParamStyle,
  explode: boolean,
  encode: Encode,
  json?: unknown,
): string {
  const n = encode(name)
  const prefix = style === 'matrix' ? ';' : style === 'label' ? '.' : ''
  const text = (v: unknown) => encode(toText(v))
  // One already-encoded value, as this style writes a single value.
  const one = (v: string) =>
    prefix === ';' ? `;${n}${v && '='}${v}` : prefix ? prefix + v : style === 'simple' ? v : `${n}=${v}`
  if (json || !isRecord(value)) return one(text(json ? JSON.stringify(value) : value))
  if (style === 'deepObject')
    return flatten(name, value)
      .map(([k, v]) => `${encode(k)}=${encode(v)}`)
      .join('&')
  const pairs = Array.isArray(value) ? 0 : Object.entries(value).filter((entry) => entry[1] != null)
  const list: unknown[] = pairs ? pairs.flat() : (value as unknown[])
  return !list.length
    ? ''
    : explode
      ? (pairs
          ? pairs.map(([k, v]) => `${prefix}${encode(k)}=${text(v)}`)
          : list.map((v) => one(text(v)))
        ).join(style === 'simple' ? ',' : prefix ? '' : '&')
      : one(list.map(text).join(style === 'spaceDelimited' ? '%20' : style === 'pipeDelimited' ? '%7C' : ','))
}
