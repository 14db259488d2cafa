/**
 * A valid request for an operation of mock data, without a generated SDK: sampled parameter values
 * serialised per style and explode (OpenAPI 3.1 §4.8.12.4), the body encoded per its media type, and
 * credentials for the operation's first security alternative.
 */
import type { MockData, MockOperation, MockParameter, Sampler } from '@statusline/mock'
import { sentMediaType } from '../../../generator/src/emit/sdk/operation-spec.ts'
import { isJsonMediaType } from '../../../packages/mock/src/request/media-types.ts'

const enc = encodeURIComponent

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Blob)
}

function text(value: unknown): string {
  return typeof value === 'string'
    ? value
    : value === null
      ? 'null'
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value)
}

/** A path parameter value: simple, label or matrix. */
function pathValue(p: MockParameter, value: unknown): string {
  const prefix = p.style === 'label' ? '.' : p.style === 'matrix' ? `;${enc(p.name)}=` : ''
  const join = p.explode ? (p.style === 'label' ? '.' : p.style === 'matrix' ? `;${enc(p.name)}=` : ',') : ','
  if (Array.isArray(value)) return prefix + value.map((v) => enc(text(v))).join(join)
  if (isObject(value)) {
    const pairs = Object.entries(value).map(([k, v]) =>
      p.explode ? `${enc(k)}=${enc(text(v))}` : `${enc(k)},${enc(text(v))}`,
    )
    return (
      (p.style === 'matrix' && p.explode ? ';' : prefix) +
      pairs.join(p.explode && p.style === 'matrix' ? ';' : join)
    )
  }
  return prefix + enc(text(value))
}

/** Query pairs of one parameter. */
function queryPairs(p: MockParameter, value: unknown): string[] {
  const name = enc(p.name)
  if (Array.isArray(value)) {
    const items = value.map((v) => enc(text(v)))
    if (p.style === 'spaceDelimited' && !p.explode) return [`${name}=${items.join('%20')}`]
    if (p.style === 'pipeDelimited' && !p.explode) return [`${name}=${items.join('|')}`]
    return p.explode ? items.map((item) => `${name}=${item}`) : [`${name}=${items.join(',')}`]
  }
  if (isObject(value)) {
    const entries = Object.entries(value)
    if (p.style === 'deepObject') return entries.map(([k, v]) => `${name}[${enc(k)}]=${enc(text(v))}`)
    if (p.explode) return entries.map(([k, v]) => `${enc(k)}=${enc(text(v))}`)
    return [`${name}=${entries.map(([k, v]) => `${enc(k)},${enc(text(v))}`).join(',')}`]
  }
  return [`${name}=${enc(text(value))}`]
}

/** A header or cookie value. */
function plainValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(text).join(',')
  if (isObject(value))
    return Object.entries(value)
      .map(([k, v]) => `${k},${text(v)}`)
      .join(',')
  return text(value)
}

/** Credentials for the first security alternative (anonymous when it is `{}`). */
function credentials(
  data: MockData,
  operation: MockOperation,
  headers: Headers,
  query: string[],
  cookies: string[],
): void {
  const alternative = operation.security[0] ?? {}
  for (const name of Object.keys(alternative)) {
    const scheme = data.securitySchemes[name]
    if (scheme === undefined) continue
    if (scheme.type === 'apiKey') {
      if (scheme.in === 'header') headers.set(scheme.name, 'key')
      else if (scheme.in === 'query') query.push(`${enc(scheme.name)}=key`)
      else cookies.push(`${scheme.name}=key`)
    } else if (scheme.type === 'http' && scheme.scheme.toLowerCase() === 'basic') {
      headers.set('authorization', `Basic ${btoa('user:password')}`)
    } else if (scheme.type === 'http') {
      headers.set(
        'authorization',
        `${scheme.scheme.toLowerCase() === 'bearer' ? 'Bearer' : scheme.scheme} token`,
      )
    } else if (scheme.type !== 'mutualTLS') {
      headers.set('authorization', 'Bearer token')
    }
  }
}

/**
 * A form field as form decoders (and Stripe) read nested values: objects as `name[key]`, arrays of
 * primitives as repeated names, arrays of objects as `name[index][key]`, an empty array or object as
 * `name=`.
 */
function appendField(form: URLSearchParams, name: string, value: unknown): void {
  if ((Array.isArray(value) || isObject(value)) && Object.keys(value).length === 0) form.append(name, '')
  else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      if (isObject(item) || Array.isArray(item)) appendField(form, `${name}[${index}]`, item)
      else form.append(name, text(item))
    })
  } else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) appendField(form, `${name}[${key}]`, item)
  } else {
    form.append(name, text(value))
  }
}

/** The encoded body of the operation's first request media type, with its Content-Type. */
function body(
  operation: MockOperation,
  sampler: Sampler,
  seed: number,
): { body?: BodyInit; type?: string | undefined } {
  const content = operation.requestBody?.contents[0]
  if (content === undefined) return {}
  // Sent as the SDK sends it (`application/*+json` as JSON, binary data of a range as fetch does).
  const type = sentMediaType(content)
  if (content.kind === 'binary') return { body: new Blob(['statusline']), type }
  const value =
    content.schema === undefined
      ? content.kind === 'json'
        ? {}
        : 'text'
      : sampler.sample(content.schema, { seed, direction: 'request' })
  if (content.kind === 'json') return { body: JSON.stringify(value), type }
  if (content.kind === 'text') return { body: text(value), type }
  const fields = isObject(value) ? Object.entries(value) : []
  if (content.kind === 'form') {
    const form = new URLSearchParams()
    for (const [k, v] of fields) appendField(form, k, v)
    return { body: form.toString(), type }
  }
  const form = new FormData()
  for (const [k, v] of fields)
    for (const item of Array.isArray(v) ? v : [v]) form.append(k, item instanceof Blob ? item : text(item))
  return { body: form }
}

/**
 * A request for `operation` under `baseUrl`, with every path parameter and every required query, header
 * and cookie parameter sampled from its schema, the body sampled, and credentials; the query values its
 * path key names (`MockOperation.selectors`) and the path parameters the key sends in the query, there.
 */
export function validRequest(
  data: MockData,
  operation: MockOperation,
  sampler: Sampler,
  baseUrl: string,
  seed = 1,
): Request {
  const headers = new Headers()
  const query: string[] = []
  const cookies: string[] = []
  let path = operation.path
  // Path parameters a path key sends in its query (`/alerts?lat={lat}`), by parameter name.
  const inQuery = new Map(Object.entries(operation.queryPathParams ?? {}).map(([q, param]) => [param, q]))
  // A selector of a required query parameter comes with that parameter (its enum is the value).
  const sampled = (name: string) =>
    operation.parameters.some((p) => p.in === 'query' && p.required && p.name === name)
  for (const selector of operation.selectors ?? [])
    if (selector.in === 'query' && !sampled(selector.name))
      query.push(`${enc(selector.name)}=${enc(selector.value)}`)
  for (const p of operation.parameters) {
    if (!p.required && p.in !== 'path') continue
    let value = sampler.sample(p.schema, { seed, direction: 'request', propertyName: p.name })
    // A path segment cannot be empty (the SDK refuses one): an `example: ""` is not a path value.
    if (p.in === 'path' && value === '')
      value = sampler.sample(
        { allOf: [p.schema, { minLength: 1 }] },
        { seed, direction: 'request', propertyName: p.name },
      )
    // Exploded, an empty object sends no name at all: a required one needs a property to be present.
    if (p.in === 'query' && p.explode && isObject(value) && Object.keys(value).length === 0)
      value = sampler.sample(
        { allOf: [p.schema, { minProperties: 1 }] },
        { seed, direction: 'request', propertyName: p.name },
      )
    // A JSON content-typed parameter is one JSON document, written in its location as text.
    if (isJsonMediaType(p.mediaType)) value = JSON.stringify(value)
    const queryName = p.in === 'path' ? inQuery.get(p.name) : undefined
    if (queryName !== undefined) query.push(`${enc(queryName)}=${enc(plainValue(value))}`)
    else if (p.in === 'path') path = path.replace(`{${p.name}}`, pathValue(p, value))
    else if (p.in === 'query') query.push(...queryPairs(p, value))
    else if (p.in === 'header') headers.set(p.name, plainValue(value))
    else cookies.push(`${p.name}=${enc(plainValue(value))}`)
  }
  credentials(data, operation, headers, query, cookies)
  if (cookies.length > 0) headers.set('cookie', cookies.join('; '))
  // fetch cannot send a body with GET or HEAD (Stripe declares optional bodies on some GETs).
  const encoded =
    operation.method === 'GET' || operation.method === 'HEAD' ? {} : body(operation, sampler, seed)
  if (encoded.type !== undefined) headers.set('content-type', encoded.type)
  const url = `${baseUrl.replace(/\/+$/, '')}${path}${query.length > 0 ? `?${query.join('&')}` : ''}`
  return new Request(url, {
    method: operation.method,
    headers,
    ...(encoded.body === undefined ? {} : { body: encoded.body }),
  })
}
