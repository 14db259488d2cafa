/**
 * Parameter deserialisation (OpenAPI 3.1 §4.8.12.3 Style Values, §4.8.12.4 Style Examples): reads the
 * text of one parameter out of the path, the query string, a header or the Cookie header and splits it
 * per `style` × `explode` into a string, a list of strings or a record of strings — the inverse of the
 * SDK's `serializeParam`. Types are not touched here (see `coerce.ts`).
 *
 * | style          | primitive        | array                               | object                                     |
 * | -------------- | ---------------- | ----------------------------------- | ------------------------------------------ |
 * | simple         | `5`              | `3,4,5`                             | `R,100,G,200` / explode `R=100,G=200`      |
 * | label          | `.5`             | `.3,4,5` / explode `.3.4.5`         | `.R,100,G,200` / explode `.R=100.G=200`    |
 * | matrix         | `;id=5`          | `;id=3,4,5` / explode `;id=3;id=4`  | `;id=R,100,G,200` / explode `;R=100;G=200` |
 * | form           | `id=5`           | `id=3,4,5` / explode `id=3&id=4`    | `id=R,100,G,200` / explode `R=100&G=200`   |
 * | spaceDelimited |                  | `id=3%204%205`                      |                                            |
 * | pipeDelimited  |                  | `id=3%7C4%7C5`                      |                                            |
 * | deepObject     |                  |                                     | `id[R]=100&id[G]=200` (nested: `id[a][b]`) |
 *
 * @module
 */

/**
 * A deserialised parameter before type coercion: text, lists and records of text — or JSON values, for
 * parameters sent as JSON (`content`-typed parameters).
 */
export type RawValue =
  | string
  | number
  | boolean
  | null
  | readonly RawValue[]
  | { readonly [key: string]: RawValue }

/** The shape the parameter's schema asks for. */
export type ParamShape = 'primitive' | 'array' | 'object'

/** What one parameter read gives: absent, a value, or a reason the text does not fit the style. */
export type ReadResult =
  | { readonly present: false }
  | { readonly present: true; readonly value: RawValue }
  | { readonly present: true; readonly error: string }

/** The style-relevant description of one parameter. */
export interface ParamStyleInfo {
  readonly name: string
  readonly style: string
  readonly explode: boolean
  readonly shape: ParamShape
  /** For exploded form objects: the property names to collect from the query string. */
  readonly propertyNames?: readonly string[]
  /**
   * For exploded form objects that take free names (a map): the query names read by other parameters;
   * every other name of the query string is collected too.
   */
  readonly otherNamesExcept?: ReadonlySet<string>
}

const ABSENT: ReadResult = { present: false }
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

function present(value: RawValue): ReadResult {
  return { present: true, value }
}

/** A record without a prototype, so that no key (not even `__proto__`) can reach `Object.prototype`. */
function emptyRecord(): Record<string, RawValue> {
  return Object.create(null) as Record<string, RawValue>
}

/** Pairs `k,v,k2,v2` → `{ k: v, k2: v2 }`; an odd count is malformed. */
function fromPairs(items: readonly string[], what: string): ReadResult {
  if (items.length % 2 !== 0) return { present: true, error: `${what} must list key,value pairs` }
  const out = emptyRecord()
  for (let i = 0; i < items.length; i += 2) out[items[i] ?? ''] = items[i + 1] ?? ''
  return present(out)
}

/** Entries `k=v` → `{ k: v }`. */
function fromEntries(entries: readonly string[], what: string): ReadResult {
  const out = emptyRecord()
  for (const entry of entries) {
    const eq = entry.indexOf('=')
    if (eq < 0) return { present: true, error: `${what} must list key=value entries` }
    out[entry.slice(0, eq)] = entry.slice(eq + 1)
  }
  return present(out)
}

/** Splits a list, an empty text giving an empty list. */
function split(text: string, separator: string | RegExp): string[] {
  return text === '' ? [] : text.split(separator)
}

/**
 * An object or array parameter sent as JSON text (a `content`-typed parameter, OpenAPI 3.1 §4.8.12.1):
 * the parsed value when the text is JSON of the expected kind, else `undefined` (read per style).
 */
function jsonValue(text: string, info: ParamStyleInfo): ReadResult | undefined {
  if (info.shape === 'primitive') return undefined
  const trimmed = text.trim()
  if (!(info.shape === 'object' ? trimmed.startsWith('{') : trimmed.startsWith('['))) return undefined
  try {
    const value = JSON.parse(trimmed) as unknown
    const kind = Array.isArray(value)
      ? 'array'
      : value !== null && typeof value === 'object'
        ? 'object'
        : 'scalar'
    return kind === info.shape ? present(value as RawValue) : undefined
  } catch {
    return undefined
  }
}

/** Reads a `simple`-style value (path and header parameters). */
export function readSimple(text: string, info: ParamStyleInfo): ReadResult {
  const json = jsonValue(text, info)
  if (json !== undefined) return json
  switch (info.shape) {
    case 'primitive':
      return present(text)
    case 'array':
      return present(split(text, ','))
    case 'object':
      return info.explode
        ? fromEntries(split(text, ','), `${info.name} (simple, explode)`)
        : fromPairs(split(text, ','), `${info.name} (simple)`)
  }
}

function readLabel(text: string, info: ParamStyleInfo): ReadResult {
  if (!text.startsWith('.')) return { present: true, error: `${info.name} must start with "." (label style)` }
  const body = text.slice(1)
  switch (info.shape) {
    case 'primitive':
      return present(body)
    case 'array':
      return present(split(body, info.explode ? '.' : ','))
    case 'object':
      return info.explode
        ? fromEntries(split(body, '.'), `${info.name} (label, explode)`)
        : fromPairs(split(body, ','), `${info.name} (label)`)
  }
}

function readMatrix(text: string, info: ParamStyleInfo): ReadResult {
  if (!text.startsWith(';'))
    return { present: true, error: `${info.name} must start with ";" (matrix style)` }
  const segments = text.slice(1).split(';')
  const segmentValue = (segment: string): string | undefined => {
    if (segment === info.name) return ''
    return segment.startsWith(`${info.name}=`) ? segment.slice(info.name.length + 1) : undefined
  }
  if (info.shape === 'object' && info.explode) return fromEntries(segments, `${info.name} (matrix, explode)`)
  const values = segments.map(segmentValue)
  if (values.some((value) => value === undefined)) {
    return { present: true, error: `${info.name} must read ";${info.name}=…" (matrix style)` }
  }
  const texts = values as string[]
  switch (info.shape) {
    case 'primitive':
      return present(texts.join(','))
    case 'array':
      return present(info.explode ? texts : split(texts[0] ?? '', ','))
    case 'object':
      return fromPairs(split(texts[0] ?? '', ','), `${info.name} (matrix)`)
  }
}

/** Reads a path parameter from its (already URL-decoded) segment text. */
export function readPathParam(text: string | undefined, info: ParamStyleInfo): ReadResult {
  if (text === undefined) return ABSENT
  if (info.style === 'label') return readLabel(text, info)
  if (info.style === 'matrix') return readMatrix(text, info)
  return readSimple(text, info)
}

/** Sets `out[keys…] = value`, creating records on the way; repeated leaves become lists. */
function setDeep(out: Record<string, RawValue>, keys: readonly string[], value: string): boolean {
  let node = out
  for (let i = 0; i < keys.length - 1; i++) {
    const key = keys[i] ?? ''
    if (FORBIDDEN_KEYS.has(key)) return false
    const next = node[key]
    if (next === undefined) {
      const child = emptyRecord()
      node[key] = child
      node = child
    } else if (typeof next === 'object' && !Array.isArray(next)) {
      node = next as Record<string, RawValue>
    } else {
      return false
    }
  }
  const leaf = keys[keys.length - 1] ?? ''
  if (FORBIDDEN_KEYS.has(leaf)) return false
  const previous = node[leaf]
  if (previous === undefined) node[leaf] = value
  else if (typeof previous === 'string') node[leaf] = [previous, value]
  else if (Array.isArray(previous)) node[leaf] = [...previous, value]
  else return false
  return true
}

function readDeepObject(query: URLSearchParams, info: ParamStyleInfo): ReadResult {
  if (query.has(info.name)) {
    return { present: true, error: `must be written ${info.name}[key]=value (deepObject style)` }
  }
  const prefix = `${info.name}[`
  const out = emptyRecord()
  let found = false
  for (const [key, value] of query) {
    if (!key.startsWith(prefix)) continue
    const keys = [...key.slice(info.name.length).matchAll(/\[([^\]]*)\]/g)].map((match) => match[1] ?? '')
    const consumed = keys.reduce((length, k) => length + k.length + 2, info.name.length)
    if (keys.length === 0 || consumed !== key.length || !setDeep(out, keys, value)) {
      return { present: true, error: `${key} is not a valid deepObject key of ${info.name}` }
    }
    found = true
  }
  return found ? present(out) : ABSENT
}

/** Reads a query parameter from the query string. */
export function readQueryParam(query: URLSearchParams, info: ParamStyleInfo): ReadResult {
  if (info.style === 'deepObject') return readDeepObject(query, info)
  const named = query.getAll(info.name)
  const json = named.length === 1 ? jsonValue(named[0] ?? '', info) : undefined
  if (json !== undefined) return json
  if (info.shape === 'object' && info.explode && info.style === 'form') {
    const out = emptyRecord()
    let found = false
    const except = info.otherNamesExcept
    const free = except === undefined ? [] : [...new Set(query.keys())].filter((name) => !except.has(name))
    for (const name of [...(info.propertyNames ?? []), ...free]) {
      if (FORBIDDEN_KEYS.has(name) || !query.has(name)) continue
      const all = query.getAll(name)
      out[name] = all.length === 1 ? (all[0] ?? '') : all
      found = true
    }
    return found ? present(out) : ABSENT
  }
  if (!query.has(info.name)) return ABSENT
  const all = named
  const separator = info.style === 'spaceDelimited' ? ' ' : info.style === 'pipeDelimited' ? '|' : ','
  if (info.shape === 'array') {
    if (info.explode) return present(all)
    return present(all.flatMap((text) => split(text, separator)))
  }
  // Only an exploded array repeats its name (§4.8.12.4); a repeated scalar or object is ambiguous.
  if (all.length > 1) {
    return { present: true, error: `is given ${all.length} times; it takes one value (${info.style} style)` }
  }
  const text = all[0] ?? ''
  if (info.shape === 'object') return fromPairs(split(text, separator), `${info.name} (${info.style})`)
  return present(text)
}

/** Reads a header parameter (style simple; names are case-insensitive). */
export function readHeaderParam(headers: Headers, info: ParamStyleInfo): ReadResult {
  const text = headers.get(info.name)
  return text === null ? ABSENT : readSimple(text.trim(), info)
}

/** Parses a `Cookie` header into its values by name (a repeated name keeps every value). */
export function parseCookies(header: string | null): Map<string, string[]> {
  const out = new Map<string, string[]>()
  if (header === null) return out
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=')
    if (eq <= 0) continue
    const name = pair.slice(0, eq).trim()
    let value = pair.slice(eq + 1).trim()
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1)
    try {
      value = decodeURIComponent(value)
    } catch {
      // keep the value as sent
    }
    out.set(name, [...(out.get(name) ?? []), value])
  }
  return out
}

/** Reads a cookie parameter (style form). */
export function readCookieParam(
  cookies: ReadonlyMap<string, readonly string[]>,
  info: ParamStyleInfo,
): ReadResult {
  const values = cookies.get(info.name)
  if (values === undefined || values.length === 0) return ABSENT
  const json = values.length === 1 ? jsonValue(values[0] ?? '', info) : undefined
  if (json !== undefined) return json
  if (info.shape === 'array')
    return present(info.explode && values.length > 1 ? values : split(values[0] ?? '', ','))
  if (info.shape === 'object') return fromPairs(split(values[0] ?? '', ','), `${info.name} (form)`)
  return present(values[0] ?? '')
}
