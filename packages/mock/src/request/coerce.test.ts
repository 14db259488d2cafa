import { describe, expect, it } from 'vitest'
import { createSchemaView } from '../schema-view/schema-view.ts'
import { coerce, sanitize } from './coerce.ts'

const view = createSchemaView({
  schemas: {
    Id: { type: 'integer' },
    Point: { type: 'object', properties: { x: { type: 'number' }, on: { type: 'boolean' } } },
  },
})

describe('coerce', () => {
  it.each([
    ['an integer', '42', { type: 'integer' }, 42],
    ['a negative integer', '-7', { $ref: '#/components/schemas/Id' }, -7],
    ['an unsafe integer stays text', '12345678901234567890', { type: 'integer' }, '12345678901234567890'],
    ['a number', '2.5e1', { type: 'number' }, 25],
    ['an integer-looking number', '3', { type: 'number' }, 3],
    ['a boolean', 'true', { type: 'boolean' }, true],
    ['a bad boolean stays text', 'yes', { type: 'boolean' }, 'yes'],
    ['null for a nullable', 'null', { type: ['integer', 'null'] }, null],
    ['a string stays a string', '42', { type: 'string' }, '42'],
    ['no schema keeps text', '42', {}, '42'],
    ['a single value for an array', '5', { type: 'array', items: { type: 'integer' } }, [5]],
    ['JSON text for an object', '{"x":"1"}', { type: 'object' }, { x: '1' }],
    ['JSON text for an array', '[1,2]', { type: 'array', items: { type: 'integer' } }, [1, 2]],
    ['bad JSON stays text', '{x', { type: 'object' }, '{x'],
  ])('%s', (_, value, schema, want) => {
    expect(coerce(value, schema, view)).toEqual(want)
  })

  it('coerces list items and record properties by their schemas', () => {
    expect(coerce(['1', 'x'], { type: 'array', items: { type: 'integer' } }, view)).toEqual([1, 'x'])
    expect(
      coerce({ x: '1.5', on: 'false', extra: '3' }, { $ref: '#/components/schemas/Point' }, view),
    ).toEqual({
      x: 1.5,
      on: false,
      extra: '3',
    })
    expect(coerce({ a: '1' }, { type: 'object', additionalProperties: { type: 'integer' } }, view)).toEqual({
      a: 1,
    })
  })

  it('keeps a repeated scalar as a list so that validation reports it', () => {
    expect(coerce(['1', '2'], { type: 'integer' }, view)).toEqual([1, 2])
  })

  it('passes files and typed values through', () => {
    const file = new File(['x'], 'a.txt')
    expect(coerce(file, { type: 'string' }, view)).toBe(file)
    expect(coerce(3, { type: 'integer' }, view)).toBe(3)
  })

  it('drops __proto__, constructor and prototype keys, deeply', () => {
    const parsed = JSON.parse(
      '{"a":{"__proto__":{"polluted":1},"constructor":{"prototype":{"p":1}},"ok":1},"prototype":2}',
    )
    const clean = sanitize(parsed) as Record<string, Record<string, unknown>>
    expect(clean).toEqual({ a: { ok: 1 } })
    expect(Object.getPrototypeOf(clean.a)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    const coerced = coerce(parsed, { type: 'object' }, view) as Record<string, unknown>
    expect(Object.keys(coerced)).toEqual(['a'])
  })
})
