import { describe, expect, it } from 'vitest'
import { samplerFor, sampleValid } from './testing.ts'

describe('arrays', () => {
  const { sampler } = samplerFor({}, '3.1.0')

  it('draws 1–3 items by default', () => {
    const lengths = sampleValid(sampler, { type: 'array', items: { type: 'integer' } }, 40).map(
      (v) => (v as unknown[]).length,
    )
    expect(Math.min(...lengths)).toBe(1)
    expect(Math.max(...lengths)).toBe(3)
  })

  it.each([
    [{ minItems: 5 }],
    [{ maxItems: 0 }],
    [{ minItems: 2, maxItems: 2 }],
    [{ minItems: 0, maxItems: 1 }],
  ])('respects %j', (bounds) => {
    sampleValid(sampler, { type: 'array', items: { type: 'string' }, ...bounds })
  })

  it('draws unique items, up to the number of distinct values', () => {
    sampleValid(sampler, {
      type: 'array',
      uniqueItems: true,
      minItems: 3,
      items: { type: 'integer', minimum: 0, maximum: 3 },
    })
    sampleValid(sampler, {
      type: 'array',
      uniqueItems: true,
      minItems: 2,
      maxItems: 6,
      items: { enum: ['a', 'b'] },
    })
    sampleValid(sampler, {
      type: 'array',
      uniqueItems: true,
      minItems: 3,
      items: {
        type: 'object',
        required: ['k'],
        properties: { k: { type: 'boolean' }, n: { type: 'integer' } },
      },
    })
  })

  it('fills prefixItems, then items (3.1) and tuple items arrays (3.0)', () => {
    const [pair] = sampleValid(sampler, {
      type: 'array',
      prefixItems: [{ type: 'string' }, { type: 'integer' }],
      items: false,
    })
    expect(pair).toEqual([expect.any(String), expect.any(Number)])
    sampleValid(sampler, {
      type: 'array',
      prefixItems: [{ const: 1 }],
      items: { type: 'boolean' },
      minItems: 3,
    })
    const v30 = samplerFor({}, '3.0.3').sampler
    sampleValid(v30, {
      type: 'array',
      items: [{ type: 'string' }, { type: 'boolean' }],
      additionalItems: false,
    })
  })

  it('makes sure one item matches contains', () => {
    sampleValid(sampler, { type: 'array', items: { type: 'integer' }, contains: { const: 42 } })
  })
})
