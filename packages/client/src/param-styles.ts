/**
 * Parameter serialisers for every style × explode combination of OpenAPI 3.1 §4.8.12.3 (Style Values)
 * and §4.8.12.4 (Style Examples) that is not a location's default, and `encodeReserved` for
 * `allowReserved`. Generated descriptors import the ones an operation uses by name:
 * `params: { tags: { in: 'query', style: pipeDelimited } }`; `call` itself writes scalars only.
 *
 * Combinations that serialise like the default are not here: `spaceDelimited` and `pipeDelimited` with
 * explode true write what exploded `form` writes.
 *
 * @module
 */

import { definedEntries, definedItems, isRecord, toText } from './default-styles.ts'
import type { Encode, ParamSerializer } from './operation.ts'

/**
 * RFC 6570 reserved expansion, for `allowReserved` parameters: keeps RFC 3986 reserved characters that
 * are safe inside a query value (`: / ? @ ! $ ' ( ) * , ; =`) and existing percent-encoded triples;
 * encodes everything else, including `# [ ] & +` whose meaning would change.
 *
 * @example
 * ```ts
 * encodeReserved('a/b c') // 'a/b%20c'
 * ```
 */
export const encodeReserved: Encode = (text) =>
  text.replace(/%[\dA-Fa-f]{2}|[^\w.~:/?@!$'()*,;=-]/gu, (c) => (c[2] ? c : encodeURIComponent(c)))

/**
 * The shared algorithm of the non-default styles, as the serialiser of one style × explode combination.
 * `prefix` leads each value (`;` matrix, `.` label), `named` writes `name=` (matrix and the query styles),
 * `delimiter` joins the items of an unexploded array or object. An empty array or object serialises to
 * `''` (RFC 6570: undefined); `undefined`/`null` items and properties are left out. Calls of it are
 * marked pure: a bundle keeps only the styles it references.
 */
const styled =
  (prefix: string, named: boolean, delimiter: string, explode: boolean): ParamSerializer =>
  (name, value, encode) => {
    const text = (item: unknown) => encode(toText(item))
    // One already-encoded value, as this style writes a single value: `;color` for an empty matrix value.
    const one = (item: string) =>
      prefix + (named ? encode(name) + (item || prefix !== ';' ? '=' : '') : '') + item
    if (!isRecord(value)) return one(text(value))
    const pairs = Array.isArray(value) ? undefined : definedEntries(value)
    const items: unknown[] = pairs ? pairs.flat() : definedItems(value as unknown[])
    return !items.length
      ? ''
      : explode
        ? (pairs
            ? pairs.map(([key, item]) => `${prefix}${encode(key)}=${text(item)}`)
            : items.map((item) => one(text(item)))
          ).join(prefix ? '' : named ? '&' : ',')
        : one(items.map(text).join(delimiter))
  }

/**
 * `matrix`, explode false: `;color=blue`, `;color=blue,black`, `;color=R,100,G,200`.
 *
 * @example
 * ```ts
 * matrix('color', ['blue', 'black'], encodeURIComponent) // ';color=blue,black'
 * ```
 */
export const matrix: ParamSerializer = /* @__PURE__ */ styled(';', true, ',', false)

/** `matrix`, explode true: `;color=blue;color=black`, `;R=100;G=200`. */
export const matrixExploded: ParamSerializer = /* @__PURE__ */ styled(';', true, ',', true)

/** `label`, explode false: `.blue`, `.blue,black`, `.R,100,G,200`. */
export const label: ParamSerializer = /* @__PURE__ */ styled('.', false, ',', false)

/** `label`, explode true: `.blue.black`, `.R=100.G=200`. */
export const labelExploded: ParamSerializer = /* @__PURE__ */ styled('.', false, ',', true)

/** `simple`, explode true: `blue,black`, `R=100,G=200`. */
export const simpleExploded: ParamSerializer = /* @__PURE__ */ styled('', false, ',', true)

/** `form`, explode false: `color=blue,black`, `color=R,100,G,200`. */
export const formUnexploded: ParamSerializer = /* @__PURE__ */ styled('', true, ',', false)

/** `spaceDelimited`, explode false: `color=blue%20black`. */
export const spaceDelimited: ParamSerializer = /* @__PURE__ */ styled('', true, '%20', false)

/** `pipeDelimited`, explode false: `color=blue%7Cblack`. */
export const pipeDelimited: ParamSerializer = /* @__PURE__ */ styled('', true, '%7C', false)

/**
 * Flattens a value into `[key, text]` pairs the deepObject way: object properties become `key[prop]`
 * (recursively), array items repeat the key, `undefined`/`null` are left out. Used for `deepObject`
 * query parameters and `application/x-www-form-urlencoded` bodies.
 *
 * @example
 * ```ts
 * flatten('a', { b: { c: 1 }, d: [1, 2] }) // [['a[b][c]', '1'], ['a[d]', '1'], ['a[d]', '2']]
 * ```
 */
export function flatten(key: string, value: unknown, out: [string, string][] = []): [string, string][] {
  if (isRecord(value))
    for (const [k, v] of Object.entries(value)) flatten(Array.isArray(value) ? key : `${key}[${k}]`, v, out)
  else if (value != null) out.push([key, toText(value)])
  return out
}

/** `deepObject`: `color[R]=100&color[G]=200`, nested objects as `a[b][c]`, arrays repeating the key. */
export const deepObject: ParamSerializer = (name, value, encode) =>
  flatten(name, value)
    .map(([key, item]) => `${encode(key)}=${encode(item)}`)
    .join('&')

/** A `content`-typed query or cookie parameter: the JSON text as one value, `where=%7B%22a%22%3A1%7D`. */
export const jsonForm: ParamSerializer = (name, value, encode) =>
  `${encode(name)}=${encode(JSON.stringify(value))}`

/** A `content`-typed path or header parameter: the JSON text as one value. */
export const jsonSimple: ParamSerializer = (_, value, encode) => encode(JSON.stringify(value))
