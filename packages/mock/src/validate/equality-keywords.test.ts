import { describe, expect, it } from 'vitest'
import { jsonEqual } from './equality-keywords.ts'
import { createValidator } from './validator.ts'

describe('JSON equality in const, enum and uniqueItems', () => {
  const validator = createValidator({ root: { components: { schemas: {} } }, openapi: '3.1.0' })
  const check = (schema: object, value: unknown) => validator.validate(schema, value)

  it('compares objects with own valueOf and toString keys instead of throwing', () => {
    expect(check({ const: { valueOf: null } }, { valueOf: null }).valid).toBe(true)
    expect(check({ const: { valueOf: null } }, { valueOf: 1 }).errors[0]?.keyword).toBe('const')
    expect(check({ enum: [{ toString: 'a' }, 'x'] }, { toString: 'a' }).valid).toBe(true)
    expect(check({ enum: [{ a: 1 }, 'x'] }, { toString: 2 }).errors[0]?.message).toBe(
      'must be equal to one of the allowed values: {"a":1}, "x"',
    )
    const duplicates = [
      { valueOf: 1, a: 2 },
      { a: 2, valueOf: 1 },
    ]
    expect(check({ type: 'array', uniqueItems: true }, duplicates).errors[0]?.keyword).toBe('uniqueItems')
  })

  it('keeps the paths and messages of ajv’s keywords', () => {
    const result = check({ properties: { p: { enum: [1, 2] } } }, { p: 3 })
    expect(result.errors).toEqual([
      {
        path: '/p',
        keyword: 'enum',
        message: 'must be equal to one of the allowed values: 1, 2',
        schemaPath: '#/properties/p/enum',
      },
    ])
    expect(check({ items: { const: [1, { b: true }] } }, [[1, { b: true }]]).valid).toBe(true)
    expect(check({ uniqueItems: true }, [1, 1.0]).valid).toBe(false)
    expect(check({ uniqueItems: true }, [[1], [1, 1]]).valid).toBe(true)
  })

  it('jsonEqual: by value, arrays in order, objects by own keys in any order', () => {
    expect(jsonEqual({ a: [1, { b: null }], c: 'x' }, { c: 'x', a: [1, { b: null }] })).toBe(true)
    expect(jsonEqual([1, 2], [2, 1])).toBe(false)
    expect(jsonEqual({ a: undefined }, { b: undefined })).toBe(false)
    expect(jsonEqual([], {})).toBe(false)
    expect(jsonEqual(null, {})).toBe(false)
  })
})
