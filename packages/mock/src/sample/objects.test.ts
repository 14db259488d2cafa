import { describe, expect, it } from 'vitest'
import { samplerFor, sampleValid } from './testing.ts'

describe('objects', () => {
  const { sampler } = samplerFor({}, '3.1.0')
  const person = {
    type: 'object',
    required: ['id'],
    properties: {
      id: { type: 'integer' },
      a: { type: 'string' },
      b: { type: 'string' },
      c: { type: 'string' },
      d: { type: 'string' },
    },
    additionalProperties: false,
  }

  it('always has the required properties and most optional ones', () => {
    const values = sampleValid(sampler, person, 30) as Record<string, unknown>[]
    expect(values.every((v) => 'id' in v)).toBe(true)
    const optional = values.map((v) => Object.keys(v).length - 1)
    const mean = optional.reduce((a, b) => a + b, 0) / optional.length
    expect(mean).toBeGreaterThan(2.5)
    expect(Math.min(...optional)).toBeLessThan(4)
  })

  it('never writes a property declared false', () => {
    // codat's DataConnection declares `properties: { additionalProperties: false, … }`.
    const schema = { type: 'object', properties: { additionalProperties: false, id: { type: 'string' } } }
    const values = sampleValid(sampler, schema, 30) as Record<string, unknown>[]
    expect(values.some((v) => 'additionalProperties' in v)).toBe(false)
    sampleValid(sampler, { ...schema, minProperties: 1 }, 30)
  })

  it('respects minProperties and maxProperties', () => {
    const few = sampleValid(sampler, { ...person, maxProperties: 2 }) as object[]
    expect(few.every((v) => Object.keys(v).length <= 2)).toBe(true)
    sampleValid(sampler, { ...person, minProperties: 5 })
    sampleValid(sampler, { type: 'object', minProperties: 3, additionalProperties: { type: 'integer' } })
  })

  it('adds extra keys for additionalProperties schemas only', () => {
    const maps = sampleValid(
      sampler,
      { type: 'object', additionalProperties: { type: 'integer' } },
      30,
    ) as object[]
    expect(maps.some((v) => Object.keys(v).length > 0)).toBe(true)
    const closed = sampleValid(sampler, { ...person, additionalProperties: false }, 30) as object[]
    expect(closed.every((v) => Object.keys(v).every((k) => k in person.properties))).toBe(true)
  })

  it('honours patternProperties and propertyNames', () => {
    const values = sampleValid(sampler, {
      type: 'object',
      patternProperties: { '^x-[a-z]+$': { type: 'boolean' } },
      additionalProperties: false,
    }) as object[]
    expect(values.some((v) => Object.keys(v).length > 0)).toBe(true)
    sampleValid(sampler, {
      type: 'object',
      propertyNames: { pattern: '^[A-Z]{3}$' },
      additionalProperties: { type: 'number' },
      minProperties: 1,
    })
  })

  it('adds dependentRequired properties', () => {
    sampleValid(sampler, {
      type: 'object',
      required: ['card'],
      properties: { card: { type: 'string' } },
      dependentRequired: { card: ['billing'] },
    })
  })

  it('leaves out readOnly properties in requests and writeOnly ones in responses', () => {
    const user = {
      type: 'object',
      required: ['id', 'password', 'name'],
      properties: {
        id: { type: 'integer', readOnly: true },
        password: { type: 'string', writeOnly: true },
        name: { type: 'string' },
        created: { type: 'string', format: 'date-time', readOnly: true },
        token: { type: 'string', writeOnly: true },
      },
    }
    const requests = sampleValid(sampler, user, 20, { direction: 'request' }) as object[]
    const responses = sampleValid(sampler, user, 20, { direction: 'response' }) as object[]
    expect(requests.every((v) => !('id' in v) && !('created' in v) && 'password' in v)).toBe(true)
    expect(responses.every((v) => 'id' in v && !('password' in v) && !('token' in v))).toBe(true)
  })

  it('sees readOnly through $refs and 3.0 nullable wrappers', () => {
    const own = samplerFor({ Stamp: { type: 'string', readOnly: true, nullable: true } }, '3.0.3').sampler
    const schema = {
      type: 'object',
      properties: { at: { $ref: '#/components/schemas/Stamp' }, note: { type: 'string' } },
      required: ['at', 'note'],
    }
    const values = sampleValid(own, schema, 10, { direction: 'request' }) as object[]
    expect(values.every((v) => !('at' in v))).toBe(true)
  })
})
