/**
 * `enum` and `const` (JSON Schema 2020-12 Validation §6.1.2, §6.1.3) as literal types: `'a' | 'b'`,
 * `1 | 2`, `true`, `null`. Strings are written as escaped string literals; integers that a JavaScript
 * number cannot hold exactly (beyond ±2^53 − 1) are typed `number`, since their literal would name a
 * different value. Objects and arrays have no literal type: such an `enum` or `const` is ignored and
 * the schema's other keywords decide.
 *
 * @module
 */
import { stringLiteral } from '../code-text.ts'
import { atom, type TypeText, unionOf } from './type-text.ts'

/**
 * Text that `stringLiteral` would write between its quotes unchanged: no single quote, backslash,
 * control character, line separator or surrogate. Most enum values are such text, and skip the escaping.
 */
const PLAIN_TEXT = /^[^'\\\p{Cc}\u2028\u2029\ud800-\udfff]*$/u

/** `stringLiteral(value)`, with a fast path for plain text. */
function stringType(value: string): string {
  return PLAIN_TEXT.test(value) ? `'${value}'` : stringLiteral(value)
}

/** The literal type of one JSON value, or undefined for objects and arrays. */
export function literalType(value: unknown): TypeText | undefined {
  if (value === null) return atom('null')
  if (typeof value === 'string') return atom(stringType(value))
  if (typeof value === 'boolean') return atom(String(value))
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) return atom('number')
    // `-0` prints as `0`; a negative literal type is a valid type (`-1`).
    return atom(String(value))
  }
  return undefined
}

/**
 * The literal union of a schema's `const`, else of its `enum`; undefined when it has neither or when a
 * value has no literal type.
 *
 * @example
 * enumType({ enum: ['a', 1, null] })?.text // "'a' | 1 | null"
 */
export function enumType(schema: { readonly [key: string]: unknown }): TypeText | undefined {
  if ('const' in schema) return literalType(schema.const)
  const values = schema.enum
  if (!Array.isArray(values) || values.length === 0) return undefined
  const literals: TypeText[] = []
  for (const value of values) {
    const literal = literalType(value)
    if (literal === undefined) return undefined
    literals.push(literal)
  }
  return unionOf(literals)
}
