import { describe, expect, it } from 'vitest'
import { samplerFor, sampleValid } from './testing.ts'

const STRING_FORMATS = [
  'uuid',
  'date',
  'date-time',
  'time',
  'email',
  'idn-email',
  'uri',
  'url',
  'uri-reference',
  'iri',
  'iri-reference',
  'uri-template',
  'hostname',
  'idn-hostname',
  'ipv4',
  'ipv6',
  'byte',
  'binary',
  'password',
  'duration',
  'regex',
  'json-pointer',
  'relative-json-pointer',
  'int32',
  'int64',
  'float',
  'double',
]

describe('formats', () => {
  const { sampler } = samplerFor({}, '3.0.3')

  it.each(STRING_FORMATS)('%s strings validate', (format) => {
    const values = sampleValid(sampler, { type: 'string', format }, 15)
    expect(values.every((v) => typeof v === 'string' && v.length > 0)).toBe(true)
  })

  it.each([
    ['int32', 'integer'],
    ['int64', 'integer'],
    ['float', 'number'],
    ['double', 'number'],
  ])('%s %ss validate', (format, type) => {
    sampleValid(sampler, { type, format }, 15)
  })

  it('gives date-times in ISO 8601 with a time zone, independent of the clock', () => {
    const value = sampler.sample({ type: 'string', format: 'date-time' }, { seed: 3 })
    expect(value).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/)
    expect(String(value) < '2025-06-02').toBe(true)
  })

  it('falls back to constraints when a format value would break maxLength', () => {
    const values = sampleValid(sampler, { type: 'string', format: 'email', maxLength: 8 }, 10)
    expect(values.every((v) => String(v).includes('@'))).toBe(true)
  })
})
