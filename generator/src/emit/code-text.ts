/**
 * The only ways text from the spec enters generated code: string literals built with `JSON.stringify`,
 * property names that are quoted unless they are plain identifiers, data literals, and doc text kept
 * inside its comment. Emitters never concatenate a raw spec string into code.
 *
 * @module
 */

/** An IdentifierName (ECMA-262 §12.7), ASCII only: usable unquoted as a property name. */
const IDENTIFIER_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/** A canonical non-negative integer, usable unquoted as a numeric property name (`200`). */
const CANONICAL_INDEX = /^(?:0|[1-9][0-9]{0,14})$/

/** U+2028 and U+2029: legal in string literals since ES2019, but line terminators to every other tool. */
const LINE_SEPARATORS = /[\u2028\u2029]/g

/**
 * A single-quoted string literal for `value`. `JSON.stringify` does the escaping (backslashes, control
 * characters, quotes); its `\"` escapes are then swapped for a bare `"`, bare `'` are escaped, and
 * U+2028/U+2029 are written as escapes.
 *
 * @example
 * stringLiteral("it's") // `'it\'s'`
 */
export function stringLiteral(value: string): string {
  const json = JSON.stringify(value).replace(LINE_SEPARATORS, (char) =>
    char === '\u2028' ? '\\u2028' : '\\u2029',
  )
  return `'${json.slice(1, -1).replaceAll('\\"', '"').replaceAll("'", "\\'")}'`
}

/**
 * A property name as it must be written in an object literal or type: bare when it is an identifier
 * name or a canonical integer, quoted otherwise.
 *
 * @example
 * propertyName('zId') // 'zId'
 * propertyName('x-rate-limit') // "'x-rate-limit'"
 * propertyName('200') // '200'
 */
export function propertyName(name: string): string {
  return IDENTIFIER_NAME.test(name) || CANONICAL_INDEX.test(name) ? name : stringLiteral(name)
}

/**
 * A TypeScript expression for JSON-like data (strings, finite numbers, booleans, null, arrays, plain
 * objects), on one line: `{ a: 'x', 'b-c': [1, true] }`. Properties whose value is `undefined` are left
 * out; anything else that JSON cannot hold is an error.
 *
 * @example
 * literal({ bearerAuth: { type: 'http', scheme: 'bearer' } }) // "{ bearerAuth: { type: 'http', scheme: 'bearer' } }"
 */
export function literal(value: unknown): string {
  if (value === null) return 'null'
  if (typeof value === 'string') return stringLiteral(value)
  if (typeof value === 'boolean') return String(value)
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined)
    if (entries.length === 0) return '{}'
    return `{ ${entries.map(([key, item]) => `${literalKey(key)}: ${literal(item)}`).join(', ')} }`
  }
  throw new Error(`[statusline] Failed to write a literal: ${String(value)} is not JSON data`)
}

/**
 * The type TypeScript gives `literal(value)` under `as const`, on one line: literal types, `readonly`
 * tuples and `readonly` properties. A declaration file declares a constant with it, since it cannot
 * hold the literal.
 *
 * @example
 * constType({ bearerAuth: { type: 'http' } }) // "{ readonly bearerAuth: { readonly type: 'http' } }"
 * constType(['https://a.example']) // "readonly ['https://a.example']"
 */
export function constType(value: unknown): string {
  if (Array.isArray(value)) return `readonly [${value.map(constType).join(', ')}]`
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined)
    if (entries.length === 0) return '{}'
    return `{ ${entries.map(([key, item]) => `readonly ${propertyName(key)}: ${constType(item)}`).join('; ')} }`
  }
  return literal(value)
}

/**
 * A key of an object literal. `__proto__` is written computed, since `{ __proto__: x }` and
 * `{ '__proto__': x }` set the prototype instead of creating a property.
 */
export function literalKey(key: string): string {
  return key === '__proto__' ? `[${stringLiteral(key)}]` : propertyName(key)
}

/** Sequences that would end a block comment, and line terminators other than LF. */
const COMMENT_BREAKERS = /\*\/|\r\n?|[\u2028\u2029]/g

/**
 * Doc text made safe inside a `/** … *\/` block. The model already escapes doc text; this is applied
 * again to everything an emitter puts in a comment (it changes nothing in escaped text), so text that
 * did not come through the model, such as a path, cannot end the comment either.
 */
export function commentText(text: string): string {
  return text.replace(COMMENT_BREAKERS, (match) => (match === '*/' ? '*\\/' : '\n'))
}
