import { describe, expect, it } from 'vitest'
import { createSampler, createValidator } from '../index.ts'
import { compilePattern, javaPattern, matchesPattern } from './patterns.ts'

describe('javaPattern', () => {
  it.each([
    ['\\p{XDigit}{8}-\\p{XDigit}{4}', { source: '[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}', flags: '' }],
    ['[\\p{Alnum}_-]+', { source: '[A-Za-z0-9_-]+', flags: '' }],
    ['\\P{ASCII}', { source: '[^\\x00-\\x7F]', flags: '' }],
    ['(?ms)\\A.*\\Z', { source: '^.*$', flags: 'ms' }],
    ['(?i)[a-z]\\z', { source: '[a-z]$', flags: 'i' }],
    ['[\\A\\Z]\\p{L}', { source: '[\\A\\Z]\\p{L}', flags: '' }],
  ])('%s', (pattern, want) => {
    expect(javaPattern(pattern)).toEqual(want)
  })
})

describe('compilePattern', () => {
  it('reads a pattern that is no ECMAScript regular expression as Java’s engine would', () => {
    expect(matchesPattern('^\\p{XDigit}{4}$', 'bEEf')).toBe(true)
    expect(matchesPattern('^\\p{XDigit}{4}$', 'p{XDigit}p{XDigit}')).toBe(false)
    expect(compilePattern('(?i)^abc$')?.test('ABC')).toBe(true)
    expect(matchesPattern('\\A[\\p{L}\\p{Punct}]+\\Z', 'Grüße!')).toBe(true)
  })

  it('keeps ECMAScript patterns as written, with u when they allow it and without when not', () => {
    expect(compilePattern('^\\p{L}+$')?.flags).toBe('u')
    expect(compilePattern('^[\\w-\\.]+$')?.test('a-b.c')).toBe(true)
    expect(compilePattern('(')).toBeNull()
  })

  it('lets the sampler and the validator agree on a Java pattern (the AWS UUID shape)', () => {
    const schema = {
      type: 'string',
      pattern: '\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}',
    }
    const root = { components: { schemas: { Id: schema } } }
    const validator = createValidator({ root, openapi: '3.0.0' })
    const sampler = createSampler({ root, openapi: '3.0.0', seed: 1, validator })
    for (let seed = 0; seed < 20; seed++) {
      const value = sampler.sample({ $ref: '#/components/schemas/Id' }, { seed })
      expect(value).toMatch(/^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/)
      expect(validator.validate({ $ref: '#/components/schemas/Id' }, value).valid).toBe(true)
    }
    expect(validator.validate({ $ref: '#/components/schemas/Id' }, 'p{XDigit}').valid).toBe(false)
  })
})
