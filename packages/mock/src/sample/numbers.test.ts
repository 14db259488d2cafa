import { describe, expect, it } from 'vitest'
import { samplerFor, sampleValid } from './testing.ts'

describe('numbers', () => {
  const v30 = samplerFor({}, '3.0.3').sampler
  const v31 = samplerFor({}, '3.1.0').sampler

  it.each([
    ['inclusive bounds', { type: 'integer', minimum: 5, maximum: 7 }],
    ['one-sided minimum', { type: 'integer', minimum: 1_000_000 }],
    ['one-sided negative maximum', { type: 'number', maximum: -50 }],
    ['3.1 exclusive bounds', { type: 'integer', exclusiveMinimum: 1, exclusiveMaximum: 3 }],
    ['tight number range', { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 0.001 }],
    ['multipleOf 0.01', { type: 'number', minimum: 0, maximum: 100, multipleOf: 0.01 }],
    [
      'multipleOf 0.1 with exclusive bounds',
      { type: 'number', exclusiveMinimum: 0.1, exclusiveMaximum: 0.5, multipleOf: 0.1 },
    ],
    ['integer with fractional multipleOf', { type: 'integer', multipleOf: 0.5, minimum: -3, maximum: 3 }],
    ['integer multipleOf', { type: 'integer', multipleOf: 7, minimum: 100 }],
    ['int32 without bounds', { type: 'integer', format: 'int32' }],
    // Azure's `numberOfTopQueries`: only integers match the formats, whatever the type says.
    ['a number of format int32', { type: 'number', format: 'int32', minimum: -5.5 }],
    ['a number of format int64', { type: 'number', format: 'int64', maximum: 9.5 }],
  ])('%s (3.1)', (_, schema) => {
    sampleValid(v31, schema)
  })

  it('honours 3.0 boolean exclusive bounds', () => {
    const schema = { type: 'integer', minimum: 1, exclusiveMinimum: true, maximum: 3, exclusiveMaximum: true }
    expect(new Set(sampleValid(v30, schema))).toEqual(new Set([2]))
  })

  it('keeps integers integral and numbers to the decimals of multipleOf', () => {
    const ints = sampleValid(v31, { type: 'integer', minimum: -10, maximum: 10 })
    expect(ints.every((v) => Number.isInteger(v))).toBe(true)
    const cents = sampleValid(v31, { type: 'number', multipleOf: 0.01, minimum: 0, maximum: 10 }) as number[]
    expect(cents.every((v) => Math.round(v * 100) / 100 === v)).toBe(true)
  })

  it('reports a range with no multiple in it', () => {
    const { sampler, issues } = samplerFor({}, '3.1.0')
    sampler.sample({ type: 'integer', minimum: 1, maximum: 4, multipleOf: 5 }, { seed: 1 })
    expect(issues.map((i) => i.keyword)).toContain('multipleOf')
  })
})
