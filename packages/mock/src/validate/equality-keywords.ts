/**
 * `const`, `enum` and `uniqueItems` with JSON equality of our own. ajv compares with fast-deep-equal,
 * which calls an object's own `valueOf`/`toString` when the object has one: a request body
 * `{ "valueOf": null }` checked against an enum of objects, or two such items under `uniqueItems`,
 * threw a TypeError out of the validator. Here every object is compared by its own keys only, so any
 * JSON value compares, whatever its keys are called. Error objects keep ajv's keyword, message and
 * params, so messages read as before.
 *
 * @module
 */

import type { ErrorObject, KeywordDefinition, SchemaValidateFunction } from 'ajv'
import type AjvCore from 'ajv/dist/core.js'

/** Whether two JSON values are equal: numbers by value, arrays in order, objects by own keys. */
export function jsonEqual(left: unknown, right: unknown): boolean {
  if (left === right) return true
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) return false
  if (Array.isArray(left)) {
    if (!Array.isArray(right) || left.length !== right.length) return false
    for (let i = 0; i < left.length; i++) if (!jsonEqual(left[i], right[i])) return false
    return true
  }
  if (Array.isArray(right)) return false
  const keys = Object.keys(left)
  if (keys.length !== Object.keys(right).length) return false
  for (const key of keys) {
    if (!Object.hasOwn(right, key)) return false
    if (!jsonEqual((left as Record<string, unknown>)[key], (right as Record<string, unknown>)[key]))
      return false
  }
  return true
}

/**
 * A key equal for equal JSON values (object keys sorted), as {@link jsonEqual} compares them: what
 * `uniqueItems` compares, here and in the sampler's drawing of distinct items.
 */
export function canonicalKey(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalKey).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort()
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalKey((value as Record<string, unknown>)[k])}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'undefined'
}

/** A keyword whose function reports one error shaped as ajv's own keyword would. */
function equalityKeyword(
  keyword: string,
  check: (
    schema: unknown,
    data: unknown,
  ) => Omit<ErrorObject, 'keyword' | 'instancePath' | 'schemaPath'> | undefined,
): KeywordDefinition {
  const validate: SchemaValidateFunction = (schema, data, _parent, context) => {
    const failure = check(schema, data)
    if (failure === undefined) return true
    validate.errors = [{ keyword, instancePath: context?.instancePath ?? '', ...failure }]
    return false
  }
  return { keyword, errors: true, validate }
}

const constKeyword = equalityKeyword('const', (schema, data) =>
  jsonEqual(schema, data)
    ? undefined
    : { params: { allowedValue: schema }, message: 'must be equal to constant' },
)

const enumKeyword = equalityKeyword('enum', (schema, data) => {
  const allowed = Array.isArray(schema) ? schema : []
  if (allowed.some((value) => jsonEqual(value, data))) return undefined
  return { params: { allowedValues: allowed }, message: 'must be equal to one of the allowed values' }
})

const uniqueItemsKeyword = equalityKeyword('uniqueItems', (schema, data) => {
  if (schema !== true || !Array.isArray(data)) return undefined
  const seen = new Map<string, number>()
  for (let j = 0; j < data.length; j++) {
    const key = canonicalKey(data[j])
    const i = seen.get(key)
    if (i !== undefined)
      return {
        params: { i, j },
        message: `must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      }
    seen.set(key, j)
  }
  return undefined
})

/** Replaces ajv's `const`, `enum` and `uniqueItems` with the JSON-equality ones of this module. */
export function useJsonEquality(ajv: AjvCore): void {
  for (const definition of [constKeyword, enumKeyword, uniqueItemsKeyword]) {
    ajv.removeKeyword(definition.keyword as string)
    ajv.addKeyword(definition)
  }
}
